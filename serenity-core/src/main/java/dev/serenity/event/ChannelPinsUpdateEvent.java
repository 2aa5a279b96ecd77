package dev.serenity.event;

import java.time.Instant;

import dev.serenity.model.Snowflake;

/**
 * CHANNEL_PINS_UPDATE: a message was pinned or unpinned. Not sent when a pinned message is deleted.
 *
 * @param guildId the guild, absent in DMs
 * @param channelId the channel
 * @param lastPinTimestamp when the latest pinned message was pinned
 */
public record ChannelPinsUpdateEvent(Snowflake guildId, Snowflake channelId,
		Instant lastPinTimestamp) implements DiscordEvent {

}
