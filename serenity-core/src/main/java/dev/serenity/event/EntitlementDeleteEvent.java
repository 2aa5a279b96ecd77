package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Entitlement;

/**
 * ENTITLEMENT_DELETE: an entitlement was refunded or deleted.
 *
 * @param entitlement the deleted entitlement
 */
public record EntitlementDeleteEvent(@JsonValue Entitlement entitlement) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code entitlement} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public EntitlementDeleteEvent {
		Objects.requireNonNull(entitlement, "'entitlement' must not be null");
	}

}
