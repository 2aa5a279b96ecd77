package dev.serenity.event;

import dev.serenity.model.Snowflake;

/**
 * WEBHOOKS_UPDATE: a channel's webhooks changed.
 *
 * @param guildId the guild
 * @param channelId the channel
 */
public record WebhooksUpdateEvent(Snowflake guildId, Snowflake channelId) implements DiscordEvent {

}
