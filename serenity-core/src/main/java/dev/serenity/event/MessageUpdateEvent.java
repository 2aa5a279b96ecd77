package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Message;

/**
 * MESSAGE_UPDATE: a message was edited; Discord sends the full message.
 *
 * @param message the message as it is now
 */
public record MessageUpdateEvent(@JsonValue Message message) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code message} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public MessageUpdateEvent {
		Objects.requireNonNull(message, "'message' must not be null");
	}

}
