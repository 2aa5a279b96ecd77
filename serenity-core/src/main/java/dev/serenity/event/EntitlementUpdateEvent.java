package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Entitlement;

/**
 * ENTITLEMENT_UPDATE: an entitlement was renewed, cancelled or ended.
 *
 * @param entitlement the entitlement as it is now
 */
public record EntitlementUpdateEvent(@JsonValue Entitlement entitlement) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code entitlement} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public EntitlementUpdateEvent {
		Objects.requireNonNull(entitlement, "'entitlement' must not be null");
	}

}
