package dev.serenity.event;

import dev.serenity.model.Role;
import dev.serenity.model.Snowflake;

/**
 * GUILD_ROLE_CREATE: a role was created.
 *
 * @param guildId the guild
 * @param role the new role
 */
public record GuildRoleCreateEvent(Snowflake guildId, Role role) implements DiscordEvent {

}
