package dev.serenity.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An {@link InstantSource} that only moves when told to; hand it to {@link SimulatorConfig.Builder#clock} to drive
 * the simulator's windows and deadlines (identify buckets, heartbeats, session expiry) on virtual time.
 */
public final class ManualClock implements InstantSource {

	private final AtomicReference<Instant> now;

	/**
	 * Create a clock that reads the given instant.
	 * @param start the first instant
	 */
	public ManualClock(Instant start) {
		this.now = new AtomicReference<>(start);
	}

	/**
	 * Create a clock starting at the current wall-clock time.
	 */
	public ManualClock() {
		this(Instant.now());
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

	/**
	 * Move the clock forward.
	 * @param duration how far; must not be negative
	 * @return the new instant
	 */
	public Instant advance(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("duration must not be negative but was " + duration);
		}
		return this.now.updateAndGet((instant) -> instant.plus(duration));
	}

}
