package dev.serenity.rest.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.serenity.rest.ratelimit.Bucket.Waiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.scheduler.Scheduler;

/**
 * What {@link LocalRateLimiter} does once its lock is released: hand out permits, fail waiters, publish events and
 * schedule wake-ups. Collected under the lock, run outside it, so no subscriber or listener runs while it is held.
 */
final class Effects {

	private static final Logger logger = LoggerFactory.getLogger(LocalRateLimiter.class);

	private final List<Grant> grants = new ArrayList<>();

	private final List<Failure> failures = new ArrayList<>();

	private final List<RestRateLimitedEvent> events = new ArrayList<>();

	private final List<Wakeup> wakeups = new ArrayList<>();

	private final Consumer<RestRateLimitedEvent> listener;

	private final Scheduler scheduler;

	private final Consumer<Bucket> abandon;

	/**
	 * Create an empty set of effects.
	 * @param listener receives the events
	 * @param scheduler runs the wake-ups
	 * @param abandon fails the waiters of a bucket ({@code null}: of the global limit) whose wake-up was refused
	 */
	Effects(Consumer<RestRateLimitedEvent> listener, Scheduler scheduler, Consumer<Bucket> abandon) {
		this.listener = listener;
		this.scheduler = scheduler;
		this.abandon = abandon;
	}

	void grant(Waiter waiter, Permit permit) {
		this.grants.add(new Grant(waiter, permit));
	}

	void fail(Waiter waiter, Throwable error) {
		this.failures.add(new Failure(waiter, error));
	}

	void publish(RestRateLimitedEvent event) {
		this.events.add(event);
	}

	void schedule(Runnable task, Duration delay, Bucket bucket) {
		this.wakeups.add(new Wakeup(task, delay, bucket));
	}

	void run() {
		for (Grant grant : this.grants) {
			grant.waiter().sink.success(grant.permit());
		}
		for (Failure failure : this.failures) {
			failure.waiter().sink.error(failure.error());
		}
		for (RestRateLimitedEvent event : this.events) {
			try {
				this.listener.accept(event);
			}
			catch (RuntimeException ex) {
				logger.warn("A rate-limit listener failed on {}", event, ex);
			}
		}
		for (Wakeup wakeup : this.wakeups) {
			long millis = Math.max(1, Bucket.ceilMillis(wakeup.delay()).toMillis());
			try {
				this.scheduler.schedule(wakeup.task(), millis, TimeUnit.MILLISECONDS);
			}
			catch (RejectedExecutionException ex) {
				logger.warn("Cannot schedule a rate-limit wake-up: the scheduler is shut down; failing the "
						+ "requests that wait for it");
				this.abandon.accept(wakeup.bucket());
			}
		}
	}

	private record Grant(Waiter waiter, Permit permit) {
	}

	private record Failure(Waiter waiter, Throwable error) {
	}

	private record Wakeup(Runnable task, Duration delay, Bucket bucket) {
	}

}
