package dev.serenity.rest;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import dev.serenity.rest.StubDiscord.Result;
import dev.serenity.rest.ratelimit.LocalRateLimiter;
import dev.serenity.rest.ratelimit.RestRateLimitedEvent;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.record.RestRecord;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.awaitility.Awaitility.await;

/**
 * Test support: the simulator and a {@link DiscordRest} on one virtual clock. Virtual time only moves while no
 * request is in flight, straight to the next wake-up either side scheduled, so the simulator sees every request at
 * the instant the client's rate limiter let it go, and hundreds of seconds of rate limits pass in moments.
 */
final class VirtualDiscord implements AutoCloseable {

	final VirtualTimeScheduler virtual = VirtualTimeScheduler.create();

	final InstantSource clock = () -> Instant.ofEpochMilli(this.virtual.now(TimeUnit.MILLISECONDS));

	final TrackingScheduler scheduler = new TrackingScheduler(this.virtual);

	final DiscordSimulator simulator;

	final DiscordRest rest;

	final List<RestRateLimitedEvent> events = new CopyOnWriteArrayList<>();

	private final List<Result<?>> calls = new CopyOnWriteArrayList<>();

	VirtualDiscord(SimulatorConfig.Builder simulator, Consumer<RestConfig.Builder> client) {
		this.virtual.advanceTimeTo(Instant.now());
		this.simulator = DiscordSimulator.start(simulator.clock(this.clock).build());
		RestConfig.Builder config = RestConfig.builder(this.simulator.token())
			.baseUrl(this.simulator.restUrl())
			.rateLimitListener(this.events::add);
		client.accept(config);
		this.rest = DiscordRest.builder(config.build()).scheduler(this.scheduler).clock(this.clock).build();
	}

	LocalRateLimiter limiter() {
		return (LocalRateLimiter) this.rest.rateLimiter();
	}

	/**
	 * Start a call; only calls started here count when deciding that the client is settled.
	 * @param mono the call
	 * @return its result
	 */
	<T> Result<T> call(reactor.core.publisher.Mono<T> mono) {
		Result<T> result = Result.of(mono);
		this.calls.add(result);
		return result;
	}

	/**
	 * Return whether the client is settled: no request is in flight and every unfinished call waits in the rate
	 * limiter's queue (none is between an answer and its next step).
	 */
	private boolean settled() {
		LocalRateLimiter limiter = limiter();
		long running = this.calls.stream().filter((call) -> !call.done()).count();
		return limiter.inFlight() == 0 && running == limiter.queued();
	}

	/**
	 * Run until every call finished: wait (in real time) until the client is settled, then move virtual time to
	 * the next wake-up, and again.
	 * @param calls the calls
	 * @param limit the most virtual time to spend
	 */
	void runUntilDone(Collection<? extends Result<?>> calls, Duration limit) {
		Instant end = this.clock.instant().plus(limit);
		while (!calls.stream().allMatch(Result::done)) {
			await().atMost(Duration.ofSeconds(20))
				.pollDelay(Duration.ZERO)
				.pollInterval(Duration.ofMillis(1))
				.until(this::settled);
			if (calls.stream().allMatch(Result::done)) {
				return;
			}
			long now = this.virtual.now(TimeUnit.NANOSECONDS);
			Long next = this.scheduler.nextDue(now);
			if (next == null || next > end.toEpochMilli() * 1_000_000L) {
				throw new AssertionError("Calls still running with nothing scheduled before " + end + ": "
						+ calls.stream().filter((call) -> !call.done()).count() + " left, limiter "
						+ limiter().buckets());
			}
			this.virtual.advanceTimeBy(Duration.ofNanos(Math.max(0, next - now)));
		}
	}

	/**
	 * Run one call to its end.
	 * @param call the call
	 * @return the call
	 */
	<T> Result<T> run(reactor.core.publisher.Mono<T> mono) {
		Result<T> call = call(mono);
		runUntilDone(List.of(call), Duration.ofHours(1));
		return call;
	}

	List<RestRecord> records() {
		return this.simulator.recorder().rest();
	}

	@Override
	public void close() {
		this.rest.close();
		this.simulator.close();
	}

	/**
	 * A scheduler that runs on virtual time and remembers when its pending tasks are due.
	 */
	static final class TrackingScheduler implements Scheduler {

		private final VirtualTimeScheduler delegate;

		private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();

		TrackingScheduler(VirtualTimeScheduler delegate) {
			this.delegate = delegate;
		}

		@Override
		public Disposable schedule(Runnable task) {
			return schedule(task, 0, TimeUnit.NANOSECONDS);
		}

		@Override
		public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
			Pending entry = new Pending(this.delegate.now(TimeUnit.NANOSECONDS) + unit.toNanos(delay));
			this.pending.add(entry);
			Disposable scheduled = this.delegate.schedule(() -> {
				entry.over.set(true);
				task.run();
			}, delay, unit);
			return () -> {
				entry.over.set(true);
				scheduled.dispose();
			};
		}

		Long nextDue(long now) {
			this.pending.removeIf((entry) -> entry.over.get());
			return this.pending.stream().mapToLong(Pending::due).boxed().min(Long::compare).orElse(null);
		}

		@Override
		public long now(TimeUnit unit) {
			return this.delegate.now(unit);
		}

		@Override
		public Worker createWorker() {
			return this.delegate.createWorker();
		}

		@Override
		public void dispose() {
			this.delegate.dispose();
		}

		private record Pending(long due, AtomicBoolean over) {

			Pending(long due) {
				this(due, new AtomicBoolean());
			}

		}

	}

}
