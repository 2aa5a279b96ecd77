package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Subscription;

/**
 * SUBSCRIPTION_UPDATE: a subscription was renewed or cancelled.
 *
 * @param subscription the subscription as it is now
 */
public record SubscriptionUpdateEvent(@JsonValue Subscription subscription) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code subscription} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public SubscriptionUpdateEvent {
		Objects.requireNonNull(subscription, "'subscription' must not be null");
	}

}
