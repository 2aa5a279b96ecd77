package dev.serenity.rest.ratelimit;

import dev.serenity.rest.Route;
import reactor.core.publisher.Mono;

/**
 * Decides when a REST request may be sent (twilight's {@code Ratelimiter}): the client asks for a {@link Permit} per
 * attempt, sends the request once it has one, and reports the answer through the permit.
 *
 * <p>Contract for implementations:
 * <ul>
 * <li>{@link #acquire(Route)} completes with a permit when the request may go, at once or after a wait; it must not
 * block the calling thread. Cancelling the returned {@code Mono} before it completes withdraws the request.</li>
 * <li>Every permit is settled exactly once, by {@link Permit#complete(RateLimitHeaders)} when an answer arrived or by
 * {@link Permit#cancel()} when none did (connection failure, timeout, cancellation).</li>
 * <li>After a permit completes with a 429, no permit for the same bucket (or, for a global 429, for any route but
 * interaction routes) is handed out before {@link RateLimitHeaders#retryAfter()} has passed: the client retries a 429
 * by acquiring again, so the wait is the limiter's job.</li>
 * </ul>
 *
 * <p>{@link LocalRateLimiter} keeps its state in memory; an implementation shared between processes (for example in
 * Redis) plugs in through {@code DiscordRest.builder(...).rateLimiter(...)}.
 */
@FunctionalInterface
public interface RateLimiter {

	/**
	 * Wait for the right to send one request on a route.
	 * @param route the route, with its path values (the major parameter decides the bucket)
	 * @return completes with a permit when the request may be sent
	 */
	Mono<Permit> acquire(Route route);

}
