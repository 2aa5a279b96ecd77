package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Message;

/**
 * MESSAGE_CREATE: a message was sent.
 *
 * @param message the message, with {@code guild_id}, {@code member} and mentioned members in guilds
 */
public record MessageCreateEvent(@JsonValue Message message) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code message} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public MessageCreateEvent {
		Objects.requireNonNull(message, "'message' must not be null");
	}

}
