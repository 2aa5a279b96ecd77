package dev.serenity.rest.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;

import dev.serenity.rest.Route;
import reactor.core.publisher.MonoSink;

/**
 * One rate-limit bucket of a {@link LocalRateLimiter}: a route (or a Discord bucket id) with one major parameter.
 * Guarded by the limiter's lock.
 *
 * <p>States: the limit is unknown (a new bucket, or a window that ended) and one request at a time probes it; or the
 * last answer said how many requests remain in the window, and up to that many go at once; or the window is used up
 * (or a 429 said to wait) and requests wait until {@link #resetAt}. A bucket whose answers carry no rate-limit headers
 * is {@link #unlimited}: only the global limit applies.
 */
final class Bucket {

	/** {@link #remaining} while the window's count is unknown. */
	static final int UNKNOWN = -1;

	/** Returned by {@link #readyAt(Instant)} when the bucket waits for an answer rather than for a time. */
	static final Instant WAIT_FOR_ANSWER = Instant.MAX;

	/** How far two window ends computed from {@code Reset-After} may differ and still be the same window. */
	static final Duration TOLERANCE = Duration.ofMillis(50);

	final ArrayDeque<Waiter> queue = new ArrayDeque<>();

	String key;

	String discordBucket;

	boolean unlimited;

	int limit = UNKNOWN;

	int remaining = UNKNOWN;

	boolean probing;

	int inFlight;

	/** When the window (or a 429's wait) ends, on the limiter's clock. */
	Instant resetAt;

	/** Identity of the current window: Discord's {@code X-RateLimit-Reset}, or one computed from Reset-After. */
	Instant windowEnd;

	/** Until when a 429 holds the bucket, whatever later answers report. */
	Instant blockedUntil;

	/** When a drain of this bucket is scheduled. */
	Instant drainAt;

	/** Until when the current wait was published. */
	Instant announcedUntil;

	Bucket(String key, String discordBucket) {
		this.key = key;
		this.discordBucket = discordBucket;
	}

	/**
	 * Decide whether a request may go now.
	 * @param now the current time
	 * @return {@code null} when it may, {@link #WAIT_FOR_ANSWER} when an answer must arrive first, otherwise the time
	 * to wait for
	 */
	Instant readyAt(Instant now) {
		if (this.blockedUntil != null) {
			if (now.isBefore(this.blockedUntil)) {
				return this.blockedUntil;
			}
			this.blockedUntil = null;
		}
		if (this.resetAt != null && !now.isBefore(this.resetAt)) {
			this.remaining = UNKNOWN;
			this.resetAt = null;
		}
		if (this.unlimited || this.remaining > 0) {
			return null;
		}
		if (this.resetAt != null) {
			return this.resetAt;
		}
		boolean busy = this.probing || (this.remaining == 0 && this.inFlight > 0);
		return busy ? WAIT_FOR_ANSWER : null;
	}

	/**
	 * Count a request that goes now.
	 * @return whether it probes an unknown window
	 */
	boolean take() {
		this.inFlight++;
		if (this.unlimited) {
			return false;
		}
		if (this.remaining > 0) {
			this.remaining--;
			return false;
		}
		this.probing = true;
		return true;
	}

	/**
	 * Learn from the rate-limit headers of an answer.
	 * @param headers the headers
	 * @param now the current time
	 */
	void update(RateLimitHeaders headers, Instant now) {
		if (!headers.hasBucketLimits()) {
			if (headers.status() < 400 && this.windowEnd == null && this.remaining == UNKNOWN) {
				this.unlimited = true;
			}
			return;
		}
		Duration tolerance = (headers.reset() != null) ? Duration.ZERO : TOLERANCE;
		Instant end = (headers.reset() != null) ? headers.reset()
				: (headers.resetAfter() != null) ? now.plus(headers.resetAfter()) : null;
		Instant wake = (headers.resetAfter() != null) ? now.plus(ceilMillis(headers.resetAfter())) : headers.reset();
		if (this.windowEnd != null && end != null) {
			boolean expired = this.remaining == UNKNOWN;
			boolean stale = expired ? !end.isAfter(this.windowEnd.plus(tolerance))
					: end.isBefore(this.windowEnd.minus(tolerance));
			if (stale) {
				return;
			}
		}
		this.unlimited = false;
		if (headers.limit() != null) {
			this.limit = headers.limit();
		}
		boolean newWindow = this.windowEnd == null || end == null || end.isAfter(this.windowEnd.plus(tolerance));
		if (newWindow || this.remaining == UNKNOWN) {
			// Every request still out may yet be counted in this window.
			this.remaining = Math.max(0, headers.remaining() - this.inFlight);
			this.windowEnd = (end != null) ? end : this.windowEnd;
			this.resetAt = wake;
		}
		else {
			this.remaining = Math.min(this.remaining, headers.remaining());
			if (wake != null && (this.resetAt == null || wake.isAfter(this.resetAt))) {
				this.resetAt = wake;
			}
		}
	}

	/**
	 * Hold every request until a 429's wait has passed, then probe. The 429 is Discord's latest word on the bucket,
	 * so its wait replaces what the bucket knew, as Discord documents ("rely on retry_after").
	 * @param wait the wait
	 * @param shared whether the 429 is a shared resource's, which says nothing about this bucket's own window
	 * @param now the current time
	 */
	void block(Duration wait, boolean shared, Instant now) {
		this.unlimited = false;
		this.remaining = 0;
		this.resetAt = now.plus(ceilMillis(wait));
		if (this.blockedUntil == null || this.resetAt.isAfter(this.blockedUntil)) {
			this.blockedUntil = this.resetAt;
		}
		if (!shared) {
			// The window the bucket knew was wrong: accept whatever window the next answer reports.
			this.windowEnd = null;
		}
	}

	/**
	 * Return whether the bucket holds nothing worth keeping.
	 * @param now the current time
	 * @return whether it can be forgotten
	 */
	boolean idle(Instant now) {
		return this.queue.isEmpty() && this.inFlight == 0 && !this.probing
				&& (this.resetAt == null || !now.isBefore(this.resetAt))
				&& (this.blockedUntil == null || !now.isBefore(this.blockedUntil));
	}

	static Duration ceilMillis(Duration duration) {
		long millis = duration.toMillis();
		return Duration.ofMillis(duration.equals(Duration.ofMillis(millis)) ? millis : millis + 1);
	}

	/**
	 * A request waiting for its permit.
	 */
	static final class Waiter {

		static final int WAITING = 0;

		static final int GRANTED = 1;

		static final int CANCELLED = 2;

		final Route route;

		final MonoSink<Permit> sink;

		final AtomicInteger state = new AtomicInteger(WAITING);

		Bucket bucket;

		Permit permit;

		Waiter(Route route, MonoSink<Permit> sink) {
			this.route = route;
			this.sink = sink;
		}

	}

}
