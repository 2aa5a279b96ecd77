package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Entitlement;

/**
 * ENTITLEMENT_CREATE: a user subscribed or bought something from the application.
 *
 * @param entitlement the new entitlement
 */
public record EntitlementCreateEvent(@JsonValue Entitlement entitlement) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code entitlement} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public EntitlementCreateEvent {
		Objects.requireNonNull(entitlement, "'entitlement' must not be null");
	}

}
