package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Subscription;

/**
 * SUBSCRIPTION_CREATE: a user subscribed to one of the application's SKUs.
 *
 * @param subscription the new subscription
 */
public record SubscriptionCreateEvent(@JsonValue Subscription subscription) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code subscription} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public SubscriptionCreateEvent {
		Objects.requireNonNull(subscription, "'subscription' must not be null");
	}

}
