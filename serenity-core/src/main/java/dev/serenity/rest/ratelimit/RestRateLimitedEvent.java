package dev.serenity.rest.ratelimit;

import java.time.Duration;

/**
 * A REST request waits for a rate limit (serenity's {@code ratelimit} callback). Published to the listeners given to
 * {@link LocalRateLimiter} once for each wait: when a bucket runs out and holds requests until it resets, when the
 * global limit holds requests back, and at once for every 429 (with {@link #rateLimitResponse()} set).
 *
 * <p>Named {@code RestRateLimitedEvent} to keep it apart from the gateway's
 * {@link dev.serenity.event.RateLimitedEvent} (the {@code RATE_LIMITED} dispatch), since both reach the same
 * listeners. It carries the route <em>template</em>, never ids or tokens, so it can tag metrics directly.
 *
 * @param route the route template, e.g. {@code /channels/{channel.id}/messages}
 * @param method the HTTP method
 * @param bucket Discord's bucket id ({@code X-RateLimit-Bucket}), or {@code null} while unknown or for global waits
 * @param waitTime how long requests wait
 * @param scope which limit: a bucket ({@link RateLimitScope#USER}), the global limit or a shared resource
 * @param rateLimitResponse whether Discord answered 429 (otherwise the wait was foreseen from the headers)
 */
public record RestRateLimitedEvent(String route, String method, String bucket, Duration waitTime, RateLimitScope scope,
		boolean rateLimitResponse) {

	/**
	 * Return whether the global limit caused the wait.
	 * @return whether the scope is {@link RateLimitScope#GLOBAL}
	 */
	public boolean global() {
		return this.scope == RateLimitScope.GLOBAL;
	}

}
