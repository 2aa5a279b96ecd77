package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Integration;

/**
 * INTEGRATION_CREATE: an integration was added to a guild.
 *
 * @param integration the integration, without {@code user}, with {@code guild_id}
 */
public record IntegrationCreateEvent(@JsonValue Integration integration) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code integration} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public IntegrationCreateEvent {
		Objects.requireNonNull(integration, "'integration' must not be null");
	}

}
