package dev.serenity.model;

/**
 * An announcement channel followed into another channel.
 *
 * @param channelId the announcement channel
 * @param webhookId the webhook created in the target channel
 */
public record FollowedChannel(Snowflake channelId, Snowflake webhookId) {
}
