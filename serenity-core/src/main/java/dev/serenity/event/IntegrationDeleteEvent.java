package dev.serenity.event;

import dev.serenity.model.Snowflake;

/**
 * INTEGRATION_DELETE: an integration was removed from a guild.
 *
 * @param id the integration
 * @param guildId the guild
 * @param applicationId the bot or OAuth2 application of the integration
 */
public record IntegrationDeleteEvent(Snowflake id, Snowflake guildId, Snowflake applicationId) implements DiscordEvent {

}
