package dev.serenity.rest.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;

import dev.serenity.rest.RestRequestRefusedException;
import dev.serenity.rest.Route;

/**
 * Keeps a bot away from Discord's invalid request limit: an IP that gets {@value #DISCORD_LIMIT} answers with status
 * 401, 403 or 429 within {@link #WINDOW} is banned for a while (the "Cloudflare ban"). 429s with scope
 * {@code shared} do not count; they are counted apart ({@link #sharedRateLimits()}).
 *
 * <p>The guard counts those answers over a sliding window on the injected clock and, once the count reaches the
 * threshold (below Discord's limit), refuses to send: {@link #check(Route)} throws a
 * {@link RestRequestRefusedException} that says why and when sending resumes. A 401 anywhere means the token is no
 * longer valid, so every later request is refused at once, as Discord asks ("stop further requests after a token
 * becomes invalid").
 *
 * <p>The count is per guard, so per client; processes that share an IP share Discord's limit but not this count.
 * Thread-safe.
 */
public final class InvalidRequestGuard {

	/** Invalid requests per window at which Discord bans the IP. */
	public static final int DISCORD_LIMIT = 10_000;

	/** Discord's window for invalid requests. */
	public static final Duration WINDOW = Duration.ofMinutes(10);

	/** Invalid requests per window at which the guard stops sending: {@value}. */
	public static final int DEFAULT_THRESHOLD = 9_000;

	private final int threshold;

	private final InstantSource clock;

	private final ArrayDeque<Instant> invalid = new ArrayDeque<>();

	private long sharedRateLimits;

	private long totalInvalid;

	private volatile boolean tokenInvalid;

	/**
	 * Create a guard.
	 * @param threshold invalid requests per window at which to stop sending, 1 to {@value #DISCORD_LIMIT}; see
	 * {@link #DEFAULT_THRESHOLD}
	 * @param clock the clock of the window
	 */
	public InvalidRequestGuard(int threshold, InstantSource clock) {
		if (threshold < 1 || threshold > DISCORD_LIMIT) {
			throw new IllegalArgumentException("'invalidRequestThreshold' must be between 1 and " + DISCORD_LIMIT
					+ " but was " + threshold);
		}
		this.threshold = threshold;
		this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
	}

	/**
	 * Check that a request may be sent.
	 * @param route the request's route, for the message
	 * @throws RestRequestRefusedException when the token was rejected, or the invalid requests of the window reached
	 * the threshold
	 */
	public void check(Route route) {
		if (this.tokenInvalid) {
			throw RestRequestRefusedException.tokenInvalid(route);
		}
		Instant resumeAt;
		int count;
		synchronized (this) {
			Instant now = this.clock.instant();
			expire(now);
			count = this.invalid.size();
			if (count < this.threshold) {
				return;
			}
			// Sending resumes when the count falls below the threshold: when this entry leaves the window.
			Iterator<Instant> oldest = this.invalid.iterator();
			Instant entry = oldest.next();
			for (int i = 0; i < count - this.threshold; i++) {
				entry = oldest.next();
			}
			resumeAt = entry.plus(WINDOW);
		}
		throw RestRequestRefusedException.invalidRequestLimit(route, count, this.threshold, resumeAt,
				this.clock.instant());
	}

	/**
	 * Count an answer.
	 * @param status its HTTP status
	 * @param scope the {@code X-RateLimit-Scope} of a 429, or {@code null}
	 */
	public void record(int status, RateLimitScope scope) {
		record(status, scope, false);
	}

	/**
	 * Count an answer.
	 * @param status its HTTP status
	 * @param scope the {@code X-RateLimit-Scope} of a 429, or {@code null}
	 * @param ownToken whether the request was authorized by a token in its path (a webhook's or an interaction's)
	 * rather than the bot token: its 401 says that token is wrong, not the bot's
	 */
	public void record(int status, RateLimitScope scope, boolean ownToken) {
		if (status == 401 && !ownToken) {
			this.tokenInvalid = true;
		}
		boolean shared = status == 429 && scope == RateLimitScope.SHARED;
		if (status != 401 && status != 403 && (status != 429 || shared)) {
			if (shared) {
				synchronized (this) {
					this.sharedRateLimits++;
				}
			}
			return;
		}
		synchronized (this) {
			Instant now = this.clock.instant();
			expire(now);
			this.invalid.addLast(now);
			this.totalInvalid++;
			if (this.invalid.size() > 2 * DISCORD_LIMIT) {
				this.invalid.pollFirst();
			}
		}
	}

	private void expire(Instant now) {
		Instant start = now.minus(WINDOW);
		while (!this.invalid.isEmpty() && !this.invalid.peekFirst().isAfter(start)) {
			this.invalid.pollFirst();
		}
	}

	/**
	 * Return the invalid requests within the current window.
	 * @return the count
	 */
	public synchronized int invalidRequests() {
		expire(this.clock.instant());
		return this.invalid.size();
	}

	/**
	 * Return every invalid request counted so far.
	 * @return the count since the guard was created
	 */
	public synchronized long totalInvalidRequests() {
		return this.totalInvalid;
	}

	/**
	 * Return the 429s with scope {@code shared}, which Discord does not count as invalid.
	 * @return the count since the guard was created
	 */
	public synchronized long sharedRateLimits() {
		return this.sharedRateLimits;
	}

	/**
	 * Return whether Discord rejected the token (answered 401).
	 * @return whether every request is refused
	 */
	public boolean tokenInvalid() {
		return this.tokenInvalid;
	}

	public int threshold() {
		return this.threshold;
	}

	@Override
	public String toString() {
		return "InvalidRequestGuard[invalidRequests=" + invalidRequests() + ", threshold=" + this.threshold
				+ ", tokenInvalid=" + this.tokenInvalid + "]";
	}

}
