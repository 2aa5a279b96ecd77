package dev.serenity.event;

import dev.serenity.model.Snowflake;
import dev.serenity.model.User;

/**
 * GUILD_BAN_ADD: a user was banned from a guild.
 *
 * @param guildId the guild
 * @param user the banned user
 */
public record GuildBanAddEvent(Snowflake guildId, User user) implements DiscordEvent {

}
