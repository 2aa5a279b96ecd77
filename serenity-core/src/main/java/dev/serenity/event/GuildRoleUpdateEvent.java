package dev.serenity.event;

import dev.serenity.model.Role;
import dev.serenity.model.Snowflake;

/**
 * GUILD_ROLE_UPDATE: a role was changed.
 *
 * @param guildId the guild
 * @param role the role as it is now
 */
public record GuildRoleUpdateEvent(Snowflake guildId, Role role) implements DiscordEvent {

}
