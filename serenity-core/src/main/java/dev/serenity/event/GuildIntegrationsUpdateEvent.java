package dev.serenity.event;

import dev.serenity.model.Snowflake;

/**
 * GUILD_INTEGRATIONS_UPDATE: a guild's integrations changed.
 *
 * @param guildId the guild
 */
public record GuildIntegrationsUpdateEvent(Snowflake guildId) implements DiscordEvent {

}
