package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Subscription;

/**
 * SUBSCRIPTION_DELETE: a subscription was deleted.
 *
 * @param subscription the deleted subscription
 */
public record SubscriptionDeleteEvent(@JsonValue Subscription subscription) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code subscription} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public SubscriptionDeleteEvent {
		Objects.requireNonNull(subscription, "'subscription' must not be null");
	}

}
