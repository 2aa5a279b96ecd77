package dev.serenity.boot.listener;

import io.micrometer.common.KeyValues;

/**
 * The default {@link DiscordListenerObservationConvention}: observations named {@value #NAME} with the
 * low-cardinality key values {@code listener} (the listener's id), {@code event} (the event's type) and
 * {@code outcome} ({@code SUCCESS} or {@code ERROR}). With Micrometer's meter handler this is a timer of the same
 * name and tags.
 */
public class DefaultDiscordListenerObservationConvention implements DiscordListenerObservationConvention {

	/** The observation's name. */
	public static final String NAME = "discord.listener";

	/** The shared instance. */
	public static final DefaultDiscordListenerObservationConvention INSTANCE = new DefaultDiscordListenerObservationConvention();

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(DiscordListenerObservationContext context) {
		return "discord listener " + context.getListenerId();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(DiscordListenerObservationContext context) {
		return KeyValues.of("listener", context.getListenerId(), "event", context.getEventType(), "outcome",
				context.getOutcome().name());
	}

}
