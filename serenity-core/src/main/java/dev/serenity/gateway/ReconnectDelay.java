package dev.serenity.gateway;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long a shard waits before its next connection attempt, in the manner of Lettuce's {@code Delay}.
 * <p>
 * {@link #exponential(Duration, Duration, RandomGenerator)} is exponential backoff with full jitter, capped: attempt
 * 1 (the first reconnect after a connection that was up) goes at once, because a single drop is normal (Discord asks
 * for reconnects); each further failed attempt doubles the upper bound, and the actual delay is drawn uniformly from
 * zero to that bound so that many shards dropped together do not reconnect together. Twilight instead waits
 * {@code 2^(attempt-1)} seconds without jitter.
 */
@FunctionalInterface
public interface ReconnectDelay {

	/** Default upper bound of the first delayed attempt (attempt 2): 1 second. */
	Duration DEFAULT_BASE = Duration.ofSeconds(1);

	/** Default cap of every delay: 60 seconds. */
	Duration DEFAULT_MAX = Duration.ofSeconds(60);

	/**
	 * Return the delay before an attempt.
	 * @param attempt the attempt number, counted from 1 since the last connection that was up
	 * @return the delay, never negative
	 * @throws IllegalArgumentException if {@code attempt} is less than 1
	 */
	Duration delay(int attempt);

	/**
	 * Exponential backoff with full jitter: attempt 1 waits nothing; attempt {@code n >= 2} waits a random duration
	 * in {@code [0, min(max, base * 2^(n-2))]}, with nanosecond resolution. Huge attempt numbers stay at the cap.
	 * @param base the upper bound for attempt 2; see {@link #DEFAULT_BASE}
	 * @param max the cap; see {@link #DEFAULT_MAX}
	 * @param random the source of jitter; it must be thread-safe if shards reconnect concurrently (for example
	 * {@link java.util.Random}), and seeded in tests
	 * @return the policy
	 * @throws IllegalArgumentException if {@code base} is not positive, {@code max} is less than {@code base}, or
	 * {@code max} is longer than about 292 years
	 */
	static ReconnectDelay exponential(Duration base, Duration max, RandomGenerator random) {
		return new ExponentialReconnectDelay(base, max, random);
	}

}
