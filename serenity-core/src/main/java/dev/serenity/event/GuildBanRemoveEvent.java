package dev.serenity.event;

import dev.serenity.model.Snowflake;
import dev.serenity.model.User;

/**
 * GUILD_BAN_REMOVE: a user was unbanned from a guild.
 *
 * @param guildId the guild
 * @param user the unbanned user
 */
public record GuildBanRemoveEvent(Snowflake guildId, User user) implements DiscordEvent {

}
