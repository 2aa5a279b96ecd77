package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Channel;

/**
 * CHANNEL_UPDATE: a channel was changed. Not sent when only {@code last_message_id} changes.
 *
 * @param channel the channel as it is now
 */
public record ChannelUpdateEvent(@JsonValue Channel channel) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code channel} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ChannelUpdateEvent {
		Objects.requireNonNull(channel, "'channel' must not be null");
	}

}
