package dev.serenity.event;

import dev.serenity.model.Snowflake;
import dev.serenity.model.User;

/**
 * GUILD_MEMBER_REMOVE: a user left or was removed from a guild.
 *
 * @param guildId the guild
 * @param user the user
 */
public record GuildMemberRemoveEvent(Snowflake guildId, User user) implements DiscordEvent {

}
