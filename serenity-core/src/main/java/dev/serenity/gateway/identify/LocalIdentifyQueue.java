package dev.serenity.gateway.identify;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

/**
 * An {@link IdentifyQueue} for the shards of one process.
 * <p>
 * Shards fall into {@code max_concurrency} buckets by {@code shardId % maxConcurrency}. Each bucket releases its
 * waiting shards one at a time, in the order they were enqueued: the first at once, each next one {@code window}
 * plus a small safety margin ({@link #DEFAULT_MARGIN}) after the previous release of the same bucket. Buckets are
 * independent. One timer on the injected
 * {@link Scheduler} wakes the queue when the earliest waiting bucket is due, and the injected {@link InstantSource}
 * decides what is due, so tests run on virtual time.
 * <p>
 * <b>Cancellation.</b> The returned stage is a {@link CompletableFuture}. A waiter whose stage is cancelled (or
 * otherwise completed by the caller) before its release is skipped without using its bucket's window: the next
 * waiter of the bucket is released at the time the cancelled one would have been. If the cancellation races with the
 * release itself, the release is taken back, so the slot is still not wasted.
 * <p>
 * <b>Changing {@code max_concurrency}.</b> The value is usually known only after {@code GET /gateway/bot}; create the
 * queue with 1 (always safe) and call {@link #maxConcurrency(int)}. Waiting shards are then moved to their new
 * buckets, keeping their order; to stay on the safe side every new bucket may release only once the latest release
 * of any old bucket is a full window old.
 * <p>
 * Stages are completed outside the queue's lock, on the thread that enqueues or on the scheduler's thread; callbacks
 * should not block. Instances are thread-safe.
 */
public final class LocalIdentifyQueue implements IdentifyQueue {

	/** Discord's identify window per bucket: 5 seconds. */
	public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(5);

	/**
	 * The most the queue adds to each window by default: 100 ms. Discord counts a bucket's window from when an
	 * IDENTIFY arrives, and the time from a release to the arrival of its IDENTIFY varies (scheduling, a busy event
	 * loop, the network), so releasing exactly one window apart would let a later IDENTIFY arrive a little too early
	 * and be refused. The default margin is this or a twentieth of the window, whichever is shorter.
	 */
	public static final Duration DEFAULT_MARGIN = Duration.ofMillis(100);

	private final Duration window;

	private final Duration spacing;

	private final Scheduler scheduler;

	private final InstantSource clock;

	private final ReentrantLock lock = new ReentrantLock();

	private Bucket[] buckets;

	private long enqueued;

	private Disposable timer;

	private Instant timerDue;

	private long timerGeneration;

	/**
	 * Create a queue with Discord's window of {@link #DEFAULT_WINDOW}.
	 * @param maxConcurrency {@code session_start_limit.max_concurrency} from {@code GET /gateway/bot}, or 1 until it
	 * is known
	 * @param scheduler the scheduler for the release timer
	 * @param clock the clock
	 */
	public LocalIdentifyQueue(int maxConcurrency, Scheduler scheduler, InstantSource clock) {
		this(maxConcurrency, DEFAULT_WINDOW, scheduler, clock);
	}

	/**
	 * Create a queue.
	 * @param maxConcurrency {@code session_start_limit.max_concurrency} from {@code GET /gateway/bot}, or 1 until it
	 * is known
	 * @param window the time between two releases of one bucket; see {@link #DEFAULT_WINDOW}
	 * @param scheduler the scheduler for the release timer
	 * @param clock the clock
	 * @throws IllegalArgumentException if {@code maxConcurrency} or {@code window} is not positive
	 */
	public LocalIdentifyQueue(int maxConcurrency, Duration window, Scheduler scheduler, InstantSource clock) {
		this(maxConcurrency, window, defaultMargin(window), scheduler, clock);
	}

	/**
	 * Create a queue with a chosen safety margin.
	 * @param maxConcurrency {@code session_start_limit.max_concurrency} from {@code GET /gateway/bot}, or 1 until it
	 * is known
	 * @param window the bucket's window; see {@link #DEFAULT_WINDOW}
	 * @param margin what to add to each window, so that releases are {@code window + margin} apart; see
	 * {@link #DEFAULT_MARGIN}
	 * @param scheduler the scheduler for the release timer
	 * @param clock the clock
	 * @throws IllegalArgumentException if {@code maxConcurrency} or {@code window} is not positive, or {@code margin}
	 * is negative
	 */
	public LocalIdentifyQueue(int maxConcurrency, Duration window, Duration margin, Scheduler scheduler,
			InstantSource clock) {
		Objects.requireNonNull(window, "'window' must not be null");
		Objects.requireNonNull(margin, "'margin' must not be null");
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("'window' must be positive, was " + window);
		}
		if (margin.isNegative()) {
			throw new IllegalArgumentException("'margin' must not be negative, was " + margin);
		}
		this.window = window;
		this.spacing = window.plus(margin);
		this.scheduler = Objects.requireNonNull(scheduler, "'scheduler' must not be null");
		this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
		this.buckets = newBuckets(maxConcurrency, Instant.MIN);
	}

	/**
	 * Wait for the shard's turn in its bucket.
	 * @param shardId the shard that wants to identify, at least 0
	 * @return a future that completes when the shard may send IDENTIFY; already complete if the bucket is free.
	 * Cancel it if the shard stops waiting, so the slot goes to the next shard
	 * @throws IllegalArgumentException if {@code shardId} is negative
	 */
	@Override
	public CompletableFuture<Void> enqueue(int shardId) {
		if (shardId < 0) {
			throw new IllegalArgumentException("'shardId' must not be negative, was " + shardId);
		}
		CompletableFuture<Void> stage = new CompletableFuture<>();
		this.lock.lock();
		try {
			Waiter waiter = new Waiter(shardId, this.enqueued++, stage);
			bucketOf(shardId).waiting.addLast(waiter);
		}
		finally {
			this.lock.unlock();
		}
		drain(List.of());
		return stage;
	}

	/**
	 * Change {@code max_concurrency}, for example once {@code GET /gateway/bot} answered. Waiting shards move to
	 * their new buckets in their enqueue order; no new bucket releases before the latest release of any old bucket is
	 * a full window old.
	 * @param maxConcurrency the new value, at least 1
	 * @throws IllegalArgumentException if {@code maxConcurrency} is not positive
	 */
	public void maxConcurrency(int maxConcurrency) {
		this.lock.lock();
		try {
			if (maxConcurrency == this.buckets.length) {
				return;
			}
			Instant latestNextRelease = Instant.MIN;
			List<Waiter> waiting = new ArrayList<>();
			for (Bucket bucket : this.buckets) {
				waiting.addAll(bucket.waiting);
				if (bucket.nextRelease.isAfter(latestNextRelease)) {
					latestNextRelease = bucket.nextRelease;
				}
			}
			this.buckets = newBuckets(maxConcurrency, latestNextRelease);
			waiting.sort(Comparator.comparingLong(Waiter::sequence));
			for (Waiter waiter : waiting) {
				bucketOf(waiter.shardId()).waiting.addLast(waiter);
			}
		}
		finally {
			this.lock.unlock();
		}
		drain(List.of());
	}

	/**
	 * Return the current {@code max_concurrency}.
	 * @return the number of buckets
	 */
	public int maxConcurrency() {
		this.lock.lock();
		try {
			return this.buckets.length;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Return the bucket's window, as Discord counts it.
	 * @return the window
	 */
	public Duration window() {
		return this.window;
	}

	/**
	 * Return the time between two releases of one bucket: the window and the safety margin.
	 * @return the spacing
	 */
	public Duration spacing() {
		return this.spacing;
	}

	private static Duration defaultMargin(Duration window) {
		Objects.requireNonNull(window, "'window' must not be null");
		Duration twentieth = window.dividedBy(20);
		return (twentieth.compareTo(DEFAULT_MARGIN) < 0) ? twentieth : DEFAULT_MARGIN;
	}

	/**
	 * Return the number of shards waiting for their turn, not counting cancelled ones.
	 * @return the number of waiting shards
	 */
	public int pending() {
		this.lock.lock();
		try {
			int pending = 0;
			for (Bucket bucket : this.buckets) {
				for (Waiter waiter : bucket.waiting) {
					pending += waiter.stage().isDone() ? 0 : 1;
				}
			}
			return pending;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Release every due waiter, completing stages outside the lock. A stage that refuses completion was cancelled
	 * meanwhile: its release is taken back and the next waiter considered.
	 */
	private void drain(List<Waiter> takenBack) {
		List<Waiter> refused = takenBack;
		do {
			Batch batch = collect(refused);
			refused = new ArrayList<>();
			for (Waiter waiter : batch.released()) {
				if (!waiter.stage().complete(null)) {
					refused.add(waiter);
				}
			}
			if (batch.failure() != null) {
				for (Waiter waiter : batch.failed()) {
					waiter.stage().completeExceptionally(batch.failure());
				}
			}
		}
		while (!refused.isEmpty());
	}

	private Batch collect(List<Waiter> takenBack) {
		this.lock.lock();
		try {
			for (Waiter waiter : takenBack) {
				bucketOf(waiter.shardId()).takeBack(waiter);
			}
			Instant now = this.clock.instant();
			List<Waiter> released = new ArrayList<>();
			Instant earliestDue = null;
			for (Bucket bucket : this.buckets) {
				Waiter head;
				while ((head = bucket.waiting.peekFirst()) != null) {
					if (head.stage().isDone()) {
						bucket.waiting.removeFirst();
					}
					else if (now.isBefore(bucket.nextRelease)) {
						earliestDue = (earliestDue == null || bucket.nextRelease.isBefore(earliestDue))
								? bucket.nextRelease : earliestDue;
						break;
					}
					else {
						bucket.waiting.removeFirst();
						bucket.release(head, now.plus(this.spacing));
						released.add(head);
					}
				}
			}
			if (earliestDue == null) {
				return new Batch(released, List.of(), null);
			}
			try {
				scheduleTimer(now, earliestDue);
				return new Batch(released, List.of(), null);
			}
			catch (RejectedExecutionException ex) {
				return new Batch(released, removeAllWaiting(), new IllegalStateException(
						"The identify queue's scheduler rejected the release timer; was it disposed?", ex));
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	private void scheduleTimer(Instant now, Instant due) {
		if (this.timer != null && !this.timerDue.isAfter(due)) {
			return;
		}
		if (this.timer != null) {
			this.timer.dispose();
			this.timer = null;
		}
		long generation = ++this.timerGeneration;
		long delayNanos = Duration.between(now, due).toNanos();
		this.timer = this.scheduler.schedule(() -> onTimer(generation), delayNanos, TimeUnit.NANOSECONDS);
		this.timerDue = due;
	}

	private void onTimer(long generation) {
		this.lock.lock();
		try {
			if (generation == this.timerGeneration) {
				this.timer = null;
				this.timerDue = null;
			}
		}
		finally {
			this.lock.unlock();
		}
		drain(List.of());
	}

	private List<Waiter> removeAllWaiting() {
		List<Waiter> all = new ArrayList<>();
		for (Bucket bucket : this.buckets) {
			all.addAll(bucket.waiting);
			bucket.waiting.clear();
		}
		return all;
	}

	private Bucket bucketOf(int shardId) {
		return this.buckets[shardId % this.buckets.length];
	}

	private static Bucket[] newBuckets(int maxConcurrency, Instant nextRelease) {
		if (maxConcurrency < 1) {
			throw new IllegalArgumentException("'maxConcurrency' must be at least 1, was " + maxConcurrency);
		}
		Bucket[] buckets = new Bucket[maxConcurrency];
		for (int i = 0; i < maxConcurrency; i++) {
			buckets[i] = new Bucket(nextRelease);
		}
		return buckets;
	}

	/** One rate-limit key: its waiting shards in FIFO order and when it may release next. */
	private static final class Bucket {

		final ArrayDeque<Waiter> waiting = new ArrayDeque<>();

		Instant nextRelease;

		Waiter lastReleased;

		Instant nextReleaseBeforeLast;

		Bucket(Instant nextRelease) {
			this.nextRelease = nextRelease;
		}

		void release(Waiter waiter, Instant nextRelease) {
			this.lastReleased = waiter;
			this.nextReleaseBeforeLast = this.nextRelease;
			this.nextRelease = nextRelease;
		}

		void takeBack(Waiter waiter) {
			if (this.lastReleased == waiter) {
				this.nextRelease = this.nextReleaseBeforeLast;
				this.lastReleased = null;
			}
		}

	}

	private record Waiter(int shardId, long sequence, CompletableFuture<Void> stage) {
	}

	private record Batch(List<Waiter> released, List<Waiter> failed, RuntimeException failure) {
	}

}
