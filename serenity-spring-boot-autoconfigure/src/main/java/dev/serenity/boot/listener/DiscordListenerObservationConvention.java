package dev.serenity.boot.listener;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and key values of {@code discord.listener} observations; a bean of this type replaces
 * {@link DefaultDiscordListenerObservationConvention}.
 */
public interface DiscordListenerObservationConvention extends ObservationConvention<DiscordListenerObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof DiscordListenerObservationContext;
	}

}
