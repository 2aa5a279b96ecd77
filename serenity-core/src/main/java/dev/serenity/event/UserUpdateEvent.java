package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.User;

/**
 * USER_UPDATE: the bot's own user was changed.
 *
 * @param user the user as it is now
 */
public record UserUpdateEvent(@JsonValue User user) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code user} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public UserUpdateEvent {
		Objects.requireNonNull(user, "'user' must not be null");
	}

}
