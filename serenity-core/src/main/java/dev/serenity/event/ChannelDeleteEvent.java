package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Channel;

/**
 * CHANNEL_DELETE: a guild channel was deleted.
 *
 * @param channel the deleted channel
 */
public record ChannelDeleteEvent(@JsonValue Channel channel) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code channel} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ChannelDeleteEvent {
		Objects.requireNonNull(channel, "'channel' must not be null");
	}

}
