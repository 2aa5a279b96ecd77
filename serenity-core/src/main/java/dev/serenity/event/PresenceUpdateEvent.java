package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Presence;

/**
 * PRESENCE_UPDATE: a member's status or activities changed.
 *
 * @param presence the presence; only the user's {@code id} is guaranteed
 */
public record PresenceUpdateEvent(@JsonValue Presence presence) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code presence} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public PresenceUpdateEvent {
		Objects.requireNonNull(presence, "'presence' must not be null");
	}

}
