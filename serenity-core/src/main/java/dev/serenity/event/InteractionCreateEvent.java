package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Interaction;

/**
 * INTERACTION_CREATE: a user used a command, a component or a modal. Answer it over HTTP within 3 seconds.
 *
 * @param interaction the interaction
 */
public record InteractionCreateEvent(@JsonValue Interaction interaction) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code interaction} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public InteractionCreateEvent {
		Objects.requireNonNull(interaction, "'interaction' must not be null");
	}

}
