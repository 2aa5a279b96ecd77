package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Integration;

/**
 * INTEGRATION_UPDATE: an integration was changed.
 *
 * @param integration the integration, without {@code user}, with {@code guild_id}
 */
public record IntegrationUpdateEvent(@JsonValue Integration integration) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code integration} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public IntegrationUpdateEvent {
		Objects.requireNonNull(integration, "'integration' must not be null");
	}

}
