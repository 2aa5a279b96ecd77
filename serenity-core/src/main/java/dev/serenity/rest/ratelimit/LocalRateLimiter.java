package dev.serenity.rest.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import dev.serenity.rest.Route;
import dev.serenity.rest.ratelimit.Bucket.Waiter;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * A {@link RateLimiter} that keeps Discord's limits in memory, for one bot token in one process.
 *
 * <p><b>Buckets.</b> A request belongs to the bucket of its {@linkplain Route#key() route} (method and template) and
 * {@linkplain Route#majorParameter() major parameter} until an answer names the route's {@code X-RateLimit-Bucket};
 * from then on to the bucket of that id and the major parameter. Routes that share a bucket id share its limit; two
 * channels (guilds, webhooks) never share one. Requests queue per bucket in order.
 *
 * <p><b>Windows.</b> While a bucket's count is unknown (new bucket, or its window ended) one request probes it; its
 * answer says how many requests remain, and that many go at once. At zero, requests wait until the window resets on
 * the injected clock, woken by the injected scheduler: no request is sent to an exhausted bucket. Answers from an
 * earlier window (Discord's {@code X-RateLimit-Reset} tells windows apart) are ignored, and a new window's count is
 * lowered by the requests still out. A bucket whose answers carry no headers is limited by the global limit only.
 *
 * <p><b>Global limit.</b> At most {@code globalLimit} requests leave per second plus {@link #GLOBAL_MARGIN} (a
 * sliding window, stricter than Discord's own); interaction routes ({@link Route#interaction()}) are exempt. Buckets that wait for it are served in
 * turn.
 *
 * <p><b>429.</b> A 429 blocks its bucket (or, if global, every route but interaction routes) for its
 * {@code retry_after}; the client then acquires again and waits here.
 *
 * <p><b>Events.</b> Each wait is published once as a {@link RestRateLimitedEvent} to the listener, outside the lock;
 * listeners must not block (they may run on an event loop).
 */
public final class LocalRateLimiter implements RateLimiter, AutoCloseable {

	/** Requests per second Discord allows a bot: {@value}. */
	public static final int DEFAULT_GLOBAL_LIMIT = 50;

	/** The global limit's window. */
	public static final Duration GLOBAL_WINDOW = Duration.ofSeconds(1);

	/**
	 * What the limiter adds to the global window: 20 ms. Discord counts requests as they arrive, and the time from
	 * sending to arriving varies, so a request sent exactly one window after another could arrive inside it; the
	 * margin costs 2 % of the global rate.
	 */
	public static final Duration GLOBAL_MARGIN = Duration.ofMillis(20);

	private static final Duration GLOBAL_SPACING = GLOBAL_WINDOW.plus(GLOBAL_MARGIN);

	/** How long a 429 blocks when it says nothing about how long. */
	public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

	private static final int SWEEP_MINIMUM = 1024;

	private final int globalLimit;

	private final InstantSource clock;

	private final Scheduler scheduler;

	private final Consumer<RestRateLimitedEvent> listener;

	private final Object lock = new Object();

	private final Map<String, Bucket> buckets = new HashMap<>();

	/** Route key to Discord's bucket id, once an answer named it. */
	private final Map<String, String> learned = new HashMap<>();

	private final ArrayDeque<Instant> globalLog = new ArrayDeque<>();

	private final ArrayDeque<Bucket> globalQueue = new ArrayDeque<>();

	private Instant globalBlockedUntil = Instant.MIN;

	/** Until when Cloudflare bans the IP (a 429 without Discord's body): every route waits, interactions too. */
	private Instant bannedUntil = Instant.MIN;

	private Instant globalDrainAt;

	private Instant globalAnnouncedUntil = Instant.MIN;

	private Bucket serving;

	private int sweepAt = SWEEP_MINIMUM;

	private int inFlight;

	private boolean closed;

	/**
	 * Create a limiter.
	 * @param globalLimit requests per second across all routes but interaction routes; see
	 * {@link #DEFAULT_GLOBAL_LIMIT}
	 * @param clock the clock that decides when windows end
	 * @param scheduler wakes waiting requests
	 * @param listener receives every wait; use {@code event -> { }} for none
	 */
	public LocalRateLimiter(int globalLimit, InstantSource clock, Scheduler scheduler,
			Consumer<RestRateLimitedEvent> listener) {
		if (globalLimit < 1) {
			throw new IllegalArgumentException("'globalLimit' must be at least 1 but was " + globalLimit);
		}
		this.globalLimit = globalLimit;
		this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
		this.scheduler = Objects.requireNonNull(scheduler, "'scheduler' must not be null");
		this.listener = Objects.requireNonNull(listener, "'listener' must not be null");
	}

	@Override
	public Mono<Permit> acquire(Route route) {
		Objects.requireNonNull(route, "'route' must not be null");
		return Mono.create((sink) -> {
			Waiter waiter = new Waiter(route, sink);
			sink.onCancel(() -> withdraw(waiter));
			Effects effects = effects();
			synchronized (this.lock) {
				if (this.closed) {
					effects.fail(waiter, closedException());
				}
				else {
					Instant now = this.clock.instant();
					Bucket bucket = bucketFor(route);
					waiter.bucket = bucket;
					bucket.queue.addLast(waiter);
					drain(bucket, now, effects);
					sweep(now);
				}
			}
			effects.run();
		});
	}

	/**
	 * Return the state of every bucket, for diagnostics and tests. Keys hold major parameters (ids); webhook and
	 * interaction tokens appear only as a hash.
	 * @return the buckets
	 */
	public List<BucketState> buckets() {
		synchronized (this.lock) {
			List<BucketState> states = new ArrayList<>();
			for (Bucket bucket : this.buckets.values()) {
				states.add(new BucketState(bucket.key, bucket.discordBucket, bucket.unlimited, bucket.limit,
						bucket.remaining, bucket.resetAt, bucket.queue.size(), bucket.inFlight));
			}
			return states;
		}
	}

	/**
	 * Return how many requests wait for a permit.
	 * @return the queued requests
	 */
	public int queued() {
		synchronized (this.lock) {
			return this.buckets.values().stream().mapToInt((bucket) -> bucket.queue.size()).sum();
		}
	}

	/**
	 * Return how many permits were handed out and not yet settled: requests sent and not answered.
	 * @return the requests in flight
	 */
	public int inFlight() {
		synchronized (this.lock) {
			return this.inFlight;
		}
	}

	/**
	 * Fail every waiting request and refuse new ones.
	 */
	@Override
	public void close() {
		Effects effects = effects();
		synchronized (this.lock) {
			this.closed = true;
			for (Bucket bucket : this.buckets.values()) {
				for (Waiter waiter : bucket.queue) {
					effects.fail(waiter, closedException());
				}
				bucket.queue.clear();
			}
			this.globalQueue.clear();
		}
		effects.run();
	}

	/**
	 * Fail the requests that wait for a wake-up the scheduler refused: those of the bucket, or, for the global
	 * limit ({@code null}), those of every bucket that waits for it. Without a wake-up they would wait forever.
	 */
	private void abandon(Bucket bucket) {
		Effects effects = effects();
		synchronized (this.lock) {
			List<Bucket> stuck = new ArrayList<>();
			if (bucket != null) {
				bucket.drainAt = null;
				stuck.add(bucket);
			}
			else {
				this.globalDrainAt = null;
				stuck.addAll(this.globalQueue);
				this.globalQueue.clear();
			}
			for (Bucket waiting : stuck) {
				for (Waiter waiter : waiting.queue) {
					if (waiter.state.compareAndSet(Waiter.WAITING, Waiter.CANCELLED)) {
						effects.fail(waiter, new IllegalStateException("The rate limiter's scheduler is shut down, so "
								+ "a request waiting for its rate limit can never be woken; it is failed instead"));
					}
				}
				waiting.queue.clear();
			}
		}
		effects.run();
	}

	private Effects effects() {
		return new Effects(this.listener, this.scheduler, this::abandon);
	}

	private static IllegalStateException closedException() {
		return new IllegalStateException("The REST rate limiter is closed; no more requests are sent");
	}

	private Bucket bucketFor(Route route) {
		String id = this.learned.get(route.key());
		String key = (id != null) ? bucketKey(id, route) : "route:" + route.key() + "|" + route.majorParameter();
		return this.buckets.computeIfAbsent(key, (ignored) -> new Bucket(key, id));
	}

	private static String bucketKey(String id, Route route) {
		return "bucket:" + id + "|" + route.majorParameter();
	}

	private void drain(Bucket bucket, Instant now, Effects effects) {
		while (!bucket.queue.isEmpty()) {
			Waiter waiter = bucket.queue.peekFirst();
			if (waiter.state.get() != Waiter.WAITING) {
				bucket.queue.pollFirst();
				continue;
			}
			Instant ready = bucket.readyAt(now);
			if (ready == Bucket.WAIT_FOR_ANSWER) {
				return;
			}
			if (ready != null) {
				scheduleBucket(bucket, ready, now, effects);
				if (bucket.announcedUntil == null || ready.isAfter(bucket.announcedUntil)) {
					bucket.announcedUntil = ready;
					effects.publish(event(waiter.route, bucket.discordBucket, Duration.between(now, ready),
							RateLimitScope.USER, false));
				}
				return;
			}
			if (!waiter.route.interaction() || now.isBefore(this.bannedUntil)) {
				Duration globalWait = globalWait(now);
				if (!globalWait.isZero() || (!this.globalQueue.isEmpty() && this.serving != bucket)) {
					if (!this.globalQueue.contains(bucket)) {
						this.globalQueue.addLast(bucket);
					}
					scheduleGlobal(now.plus(globalWait), now, effects);
					if (!globalWait.isZero() && !now.isBefore(this.globalAnnouncedUntil)) {
						this.globalAnnouncedUntil = now.plus(globalWait);
						effects.publish(event(waiter.route, null, globalWait, RateLimitScope.GLOBAL, false));
					}
					return;
				}
			}
			if (!waiter.state.compareAndSet(Waiter.WAITING, Waiter.GRANTED)) {
				bucket.queue.pollFirst();
				continue;
			}
			bucket.queue.pollFirst();
			boolean probe = bucket.take();
			this.inFlight++;
			if (!waiter.route.interaction()) {
				this.globalLog.addLast(now);
			}
			LocalPermit permit = new LocalPermit(bucket, waiter.route, probe);
			waiter.permit = permit;
			effects.grant(waiter, permit);
		}
	}

	private Duration globalWait(Instant now) {
		if (now.isBefore(this.globalBlockedUntil)) {
			return Duration.between(now, this.globalBlockedUntil);
		}
		while (!this.globalLog.isEmpty() && !now.isBefore(this.globalLog.peekFirst().plus(GLOBAL_SPACING))) {
			this.globalLog.pollFirst();
		}
		if (this.globalLog.size() < this.globalLimit) {
			return Duration.ZERO;
		}
		return Duration.between(now, this.globalLog.peekFirst().plus(GLOBAL_SPACING));
	}

	private void scheduleBucket(Bucket bucket, Instant at, Instant now, Effects effects) {
		if (bucket.drainAt == null || at.isBefore(bucket.drainAt)) {
			bucket.drainAt = at;
			effects.schedule(() -> runBucket(bucket), Duration.between(now, at), bucket);
		}
	}

	private void scheduleGlobal(Instant at, Instant now, Effects effects) {
		if (this.globalDrainAt == null || at.isBefore(this.globalDrainAt)) {
			this.globalDrainAt = at;
			effects.schedule(this::runGlobal, Duration.between(now, at), null);
		}
	}

	private void runBucket(Bucket bucket) {
		Effects effects = effects();
		synchronized (this.lock) {
			bucket.drainAt = null;
			drain(bucket, this.clock.instant(), effects);
		}
		effects.run();
	}

	private void runGlobal() {
		Effects effects = effects();
		synchronized (this.lock) {
			this.globalDrainAt = null;
			Instant now = this.clock.instant();
			int turns = this.globalQueue.size();
			while (!this.globalQueue.isEmpty() && globalWait(now).isZero() && turns-- > 0) {
				Bucket bucket = this.globalQueue.pollFirst();
				this.serving = bucket;
				try {
					drain(bucket, now, effects);
				}
				finally {
					this.serving = null;
				}
			}
			if (!this.globalQueue.isEmpty()) {
				scheduleGlobal(now.plus(globalWait(now)), now, effects);
			}
		}
		effects.run();
	}

	private void complete(LocalPermit permit, RateLimitHeaders headers) {
		Effects effects = effects();
		synchronized (this.lock) {
			Instant now = this.clock.instant();
			Bucket bucket = settle(permit);
			Bucket target = (headers.bucket() != null) ? learn(permit.route, headers.bucket(), bucket) : bucket;
			target.update(headers, now);
			if (headers.rateLimited()) {
				Duration wait = (headers.retryAfter() != null) ? headers.retryAfter()
						: (headers.resetAfter() != null) ? headers.resetAfter() : DEFAULT_RETRY_AFTER;
				RateLimitScope scope = (headers.scope() != null) ? headers.scope()
						: headers.global() ? RateLimitScope.GLOBAL : RateLimitScope.USER;
				if (headers.global()) {
					Instant until = now.plus(Bucket.ceilMillis(wait));
					if (until.isAfter(this.globalBlockedUntil)) {
						this.globalBlockedUntil = until;
					}
					if (headers.scope() == null && headers.bucket() == null && until.isAfter(this.bannedUntil)) {
						// A global 429 without Discord's headers is a ban of the IP: interaction routes wait too.
						this.bannedUntil = until;
					}
					this.globalAnnouncedUntil = this.globalBlockedUntil;
				}
				else {
					target.block(wait, headers.shared(), now);
					target.announcedUntil = target.resetAt;
				}
				effects.publish(event(permit.route, target.discordBucket, wait, scope, true));
			}
			drain(target, now, effects);
			if (target != bucket) {
				drain(bucket, now, effects);
			}
			forgetIfGone(permit.route, headers, target, now);
		}
		effects.run();
	}

	private void release(LocalPermit permit) {
		Effects effects = effects();
		synchronized (this.lock) {
			Bucket bucket = settle(permit);
			drain(bucket, this.clock.instant(), effects);
		}
		effects.run();
	}

	private Bucket settle(LocalPermit permit) {
		Bucket bucket = permit.bucket;
		bucket.inFlight--;
		this.inFlight--;
		if (permit.probe) {
			bucket.probing = false;
		}
		return bucket;
	}

	private Bucket learn(Route route, String id, Bucket bucket) {
		if (!id.equals(this.learned.put(route.key(), id))) {
			rehomeSiblings(route, id, bucket);
		}
		String key = bucketKey(id, route);
		Bucket target = this.buckets.get(key);
		if (target == bucket) {
			return bucket;
		}
		if (target == null && bucket.discordBucket == null) {
			this.buckets.remove(bucket.key, bucket);
			bucket.key = key;
			bucket.discordBucket = id;
			this.buckets.put(key, bucket);
			return bucket;
		}
		if (target == null) {
			target = new Bucket(key, id);
			this.buckets.put(key, target);
		}
		for (Iterator<Waiter> waiters = bucket.queue.iterator(); waiters.hasNext();) {
			Waiter waiter = waiters.next();
			if (waiter.route.key().equals(route.key())) {
				waiters.remove();
				waiter.bucket = target;
				target.queue.addLast(waiter);
			}
		}
		if (bucket.discordBucket == null && bucket.queue.isEmpty()) {
			this.buckets.remove(bucket.key, bucket);
		}
		return target;
	}

	/**
	 * Move the route's other unlearned buckets (other major parameters) to the bucket id just learned, so that new
	 * requests, which go to the learned bucket, cannot overtake those already waiting.
	 */
	private void rehomeSiblings(Route route, String id, Bucket learning) {
		String prefix = "route:" + route.key() + "|";
		List<Bucket> siblings = new ArrayList<>();
		for (Bucket bucket : this.buckets.values()) {
			if (bucket != learning && bucket.discordBucket == null && bucket.key.startsWith(prefix)) {
				siblings.add(bucket);
			}
		}
		for (Bucket sibling : siblings) {
			String key = "bucket:" + id + "|" + sibling.key.substring(prefix.length());
			Bucket target = this.buckets.get(key);
			this.buckets.remove(sibling.key, sibling);
			if (target == null) {
				sibling.key = key;
				sibling.discordBucket = id;
				this.buckets.put(key, sibling);
			}
			else {
				for (Waiter waiter : sibling.queue) {
					waiter.bucket = target;
					target.queue.addLast(waiter);
				}
				sibling.queue.clear();
			}
		}
	}

	/** Forget a webhook's bucket once Discord said the webhook does not exist (it will not be used again). */
	private void forgetIfGone(Route route, RateLimitHeaders headers, Bucket bucket, Instant now) {
		boolean held = bucket.blockedUntil != null && now.isBefore(bucket.blockedUntil);
		if (headers.status() == 404 && route.template().startsWith("/webhooks/") && bucket.queue.isEmpty()
				&& bucket.inFlight == 0 && !bucket.probing && !held && bucket.drainAt == null) {
			this.buckets.remove(bucket.key, bucket);
		}
	}

	private void withdraw(Waiter waiter) {
		if (waiter.state.compareAndSet(Waiter.WAITING, Waiter.CANCELLED)) {
			Effects effects = effects();
			synchronized (this.lock) {
				Bucket bucket = waiter.bucket;
				if (bucket != null && bucket.queue.remove(waiter)) {
					drain(bucket, this.clock.instant(), effects);
				}
			}
			effects.run();
		}
		else if (waiter.state.get() == Waiter.GRANTED) {
			// Cancelled while the permit was handed over, so it never reached the subscriber. The lock makes sure the
			// drain that granted it has stored it.
			Permit permit;
			synchronized (this.lock) {
				permit = waiter.permit;
			}
			if (permit != null) {
				permit.cancel();
			}
		}
	}

	private void sweep(Instant now) {
		if (this.buckets.size() < this.sweepAt) {
			return;
		}
		this.buckets.values().removeIf((bucket) -> bucket.idle(now) && bucket.drainAt == null);
		this.sweepAt = Math.max(SWEEP_MINIMUM, this.buckets.size() * 2);
	}

	private static RestRateLimitedEvent event(Route route, String bucket, Duration wait, RateLimitScope scope,
			boolean response) {
		return new RestRateLimitedEvent(route.template(), route.method().name(), bucket, wait, scope, response);
	}

	/**
	 * A bucket's state.
	 *
	 * @param key the bucket key: {@code route:<method> <template>|<major>} until the bucket id is known, then
	 * {@code bucket:<id>|<major>}
	 * @param discordBucket Discord's bucket id, or {@code null} while unknown
	 * @param unlimited whether its answers carried no rate-limit headers
	 * @param limit requests per window, or -1 while unknown
	 * @param remaining requests left in the window, or -1 while unknown
	 * @param resetAt when the window ends, or {@code null}
	 * @param queued requests waiting
	 * @param inFlight requests sent and not answered
	 */
	public record BucketState(String key, String discordBucket, boolean unlimited, int limit, int remaining,
			Instant resetAt, int queued, int inFlight) {
	}

	private final class LocalPermit implements Permit {

		private final Bucket bucket;

		private final Route route;

		private final boolean probe;

		private final AtomicBoolean settled = new AtomicBoolean();

		LocalPermit(Bucket bucket, Route route, boolean probe) {
			this.bucket = bucket;
			this.route = route;
			this.probe = probe;
		}

		@Override
		public void complete(RateLimitHeaders headers) {
			Objects.requireNonNull(headers, "'headers' must not be null");
			if (this.settled.compareAndSet(false, true)) {
				LocalRateLimiter.this.complete(this, headers);
			}
		}

		@Override
		public void cancel() {
			if (this.settled.compareAndSet(false, true)) {
				release(this);
			}
		}

		@Override
		public String toString() {
			return "Permit[" + this.route + "]";
		}

	}

}
