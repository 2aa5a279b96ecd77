package dev.serenity.event;

import dev.serenity.model.Snowflake;

/**
 * GUILD_ROLE_DELETE: a role was deleted.
 *
 * @param guildId the guild
 * @param roleId the deleted role
 */
public record GuildRoleDeleteEvent(Snowflake guildId, Snowflake roleId) implements DiscordEvent {

}
