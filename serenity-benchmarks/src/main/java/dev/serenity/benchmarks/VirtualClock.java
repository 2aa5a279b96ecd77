package dev.serenity.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * One virtual clock for the simulator and the client: a Reactor {@link VirtualTimeScheduler} that remembers when its
 * pending tasks are due, so a benchmark can move time straight to the next wake-up once the real work is done.
 * Virtual time never moves by itself.
 */
public final class VirtualClock implements Scheduler {

	private final VirtualTimeScheduler delegate = VirtualTimeScheduler.create();

	private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();

	/**
	 * Create a clock that starts at the current wall-clock time.
	 */
	public VirtualClock() {
		this.delegate.advanceTimeTo(Instant.now());
	}

	/**
	 * Return the clock as an {@link InstantSource} for the simulator and the client.
	 * @return the instant source
	 */
	public InstantSource instantSource() {
		return () -> Instant.ofEpochMilli(this.delegate.now(TimeUnit.MILLISECONDS));
	}

	/**
	 * Return the current virtual time.
	 * @return the instant
	 */
	public Instant instant() {
		return Instant.ofEpochMilli(this.delegate.now(TimeUnit.MILLISECONDS));
	}

	/**
	 * Move time to the earliest pending task, running every task due by then.
	 * @param limit the latest instant to move to
	 * @return how far time moved, or {@code null} if nothing is due before {@code limit}
	 */
	public Duration advanceToNext(Instant limit) {
		long now = this.delegate.now(TimeUnit.NANOSECONDS);
		this.pending.removeIf((entry) -> entry.over().get());
		long next = this.pending.stream().mapToLong((entry) -> entry.due().get()).min().orElse(Long.MAX_VALUE);
		long end = limit.getEpochSecond() * 1_000_000_000L + limit.getNano();
		if (next == Long.MAX_VALUE || next > end) {
			return null;
		}
		Duration step = Duration.ofNanos(Math.max(0, next - now));
		this.delegate.advanceTimeBy(step);
		return step;
	}

	@Override
	public Disposable schedule(Runnable task) {
		return schedule(task, 0, TimeUnit.NANOSECONDS);
	}

	@Override
	public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
		Pending entry = new Pending(new AtomicLong(this.delegate.now(TimeUnit.NANOSECONDS) + unit.toNanos(delay)),
				new AtomicBoolean());
		this.pending.add(entry);
		Disposable scheduled = this.delegate.schedule(() -> {
			entry.over().set(true);
			task.run();
		}, delay, unit);
		return () -> {
			entry.over().set(true);
			scheduled.dispose();
		};
	}

	@Override
	public Disposable schedulePeriodically(Runnable task, long initialDelay, long period, TimeUnit unit) {
		long periodNanos = unit.toNanos(period);
		Pending entry = new Pending(new AtomicLong(this.delegate.now(TimeUnit.NANOSECONDS) + unit.toNanos(initialDelay)),
				new AtomicBoolean());
		this.pending.add(entry);
		Disposable scheduled = this.delegate.schedulePeriodically(() -> {
			entry.due().addAndGet(periodNanos);
			task.run();
		}, initialDelay, period, unit);
		return () -> {
			entry.over().set(true);
			scheduled.dispose();
		};
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

	private record Pending(AtomicLong due, AtomicBoolean over) {
	}

}
