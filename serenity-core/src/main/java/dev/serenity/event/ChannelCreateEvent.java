package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Channel;

/**
 * CHANNEL_CREATE: a guild channel was created.
 *
 * @param channel the new channel
 */
public record ChannelCreateEvent(@JsonValue Channel channel) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code channel} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ChannelCreateEvent {
		Objects.requireNonNull(channel, "'channel' must not be null");
	}

}
