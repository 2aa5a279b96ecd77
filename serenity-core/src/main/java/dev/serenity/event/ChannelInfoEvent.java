package dev.serenity.event;

import java.util.List;

import dev.serenity.model.Copies;
import dev.serenity.model.Snowflake;

/**
 * CHANNEL_INFO: the answer to a request channel info command (op 43). Lists are never {@code null}.
 *
 * @param guildId the guild
 * @param channels the channels with the requested fields, never {@code null}
 */
public record ChannelInfoEvent(Snowflake guildId, List<ChannelInfo> channels) implements DiscordEvent {

	/**
	 * Create the event.
	 */
	public ChannelInfoEvent {
		channels = Copies.list(channels);
	}

	/**
	 * The requested fields of a channel.
	 *
	 * @param id the channel
	 * @param status the voice channel status
	 * @param voiceStartTime when the voice session started, in Unix seconds
	 */
	public record ChannelInfo(Snowflake id, String status, Long voiceStartTime) {
	}

}
