package dev.serenity.gateway;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * {@link ReconnectDelay#exponential(Duration, Duration, RandomGenerator)}: computed in nanoseconds, so doubling is a
 * shift that is checked against the cap before it could overflow.
 */
final class ExponentialReconnectDelay implements ReconnectDelay {

	private final long baseNanos;

	private final long maxNanos;

	private final RandomGenerator random;

	ExponentialReconnectDelay(Duration base, Duration max, RandomGenerator random) {
		Objects.requireNonNull(base, "'base' must not be null");
		Objects.requireNonNull(max, "'max' must not be null");
		this.random = Objects.requireNonNull(random, "'random' must not be null");
		if (base.isNegative() || base.isZero()) {
			throw new IllegalArgumentException("'base' must be positive, was " + base);
		}
		if (max.compareTo(base) < 0) {
			throw new IllegalArgumentException("'max' (" + max + ") must not be less than 'base' (" + base + ")");
		}
		try {
			this.baseNanos = base.toNanos();
			this.maxNanos = max.toNanos();
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("'max' must be at most " + Duration.ofNanos(Long.MAX_VALUE), ex);
		}
	}

	@Override
	public Duration delay(int attempt) {
		if (attempt < 1) {
			throw new IllegalArgumentException("'attempt' must be at least 1, was " + attempt);
		}
		if (attempt == 1) {
			return Duration.ZERO;
		}
		long bound = upperBoundNanos(attempt - 2);
		long nanos = (bound == Long.MAX_VALUE) ? (this.random.nextLong() & Long.MAX_VALUE)
				: this.random.nextLong(bound + 1);
		return Duration.ofNanos(nanos);
	}

	/** {@code min(max, base * 2^doublings)} without overflow. */
	long upperBoundNanos(int doublings) {
		// base has (64 - leading zeros) significant bits; shifted by fewer than (leading zeros) it stays below 2^63
		if (doublings >= Long.numberOfLeadingZeros(this.baseNanos)) {
			return this.maxNanos;
		}
		return Math.min(this.maxNanos, this.baseNanos << doublings);
	}

	@Override
	public String toString() {
		return "ReconnectDelay.exponential(base=" + Duration.ofNanos(this.baseNanos) + ", max="
				+ Duration.ofNanos(this.maxNanos) + ")";
	}

}
