package dev.serenity.boot.metrics;

import java.util.function.Consumer;

import dev.serenity.rest.RestConfig;
import dev.serenity.rest.RestObservation;
import dev.serenity.rest.RestObserver;
import dev.serenity.rest.ratelimit.RestRateLimitedEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * REST meters of a client: one timer sample per finished call ({@value #REQUESTS}, tagged {@code route} (the route
 * template, never ids), {@code method}, {@code status} and {@code outcome}) and one per rate-limit wait
 * ({@value #RATE_LIMIT}, tagged {@code route}, {@code method} and {@code scope}, recording the announced wait). Add it
 * to a client's REST settings with {@link #applyTo(RestConfig.Builder)}. Recording never blocks, as the client
 * requires of observers.
 */
public class DiscordRestMetrics implements RestObserver, Consumer<RestRateLimitedEvent> {

	/** REST calls, from the start to the end, rate-limit waits and retries included. */
	public static final String REQUESTS = "discord.rest.requests";

	/** Rate-limit waits: each one the client foresaw from the headers or Discord announced with a 429. */
	public static final String RATE_LIMIT = "discord.rest.ratelimit";

	/** The {@code status} tag of calls that received no answer. */
	public static final String NO_STATUS = "NONE";

	private final MeterRegistry registry;

	private final Iterable<Tag> tags;

	/**
	 * Create the observer.
	 * @param registry where the timers are registered
	 * @param tags tags added to every meter; may be {@code null}
	 */
	public DiscordRestMetrics(MeterRegistry registry, Iterable<Tag> tags) {
		if (registry == null) {
			throw new IllegalArgumentException("'registry' must not be null");
		}
		this.registry = registry;
		this.tags = (tags != null) ? tags : Tags.empty();
	}

	/**
	 * Observe every call and every rate-limit wait of a REST client.
	 * @param config the REST client's settings
	 * @return the settings
	 */
	public RestConfig.Builder applyTo(RestConfig.Builder config) {
		return config.observer(this).rateLimitListener(this);
	}

	@Override
	public void onRequest(RestObservation observation) {
		Timer.builder(REQUESTS)
			.tags(this.tags)
			.tag("route", valueOf(observation.route()))
			.tag("method", valueOf(observation.method()))
			.tag("status", (observation.status() > 0) ? Integer.toString(observation.status()) : NO_STATUS)
			.tag("outcome", (observation.outcome() != null) ? observation.outcome().name() : "UNKNOWN")
			.description("Discord REST calls")
			.register(this.registry)
			.record(observation.duration());
	}

	@Override
	public void accept(RestRateLimitedEvent event) {
		Timer.builder(RATE_LIMIT)
			.tags(this.tags)
			.tag("route", valueOf(event.route()))
			.tag("method", valueOf(event.method()))
			.tag("scope", (event.scope() != null) ? event.scope().name() : "UNKNOWN")
			.description("Discord REST rate-limit waits")
			.register(this.registry)
			.record(event.waitTime());
	}

	private static String valueOf(String value) {
		return (value != null) ? value : "UNKNOWN";
	}

}
