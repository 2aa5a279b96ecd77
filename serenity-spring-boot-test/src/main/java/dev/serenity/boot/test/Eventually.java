package dev.serenity.boot.test;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Checks a condition at once, or waits a bounded time for it: the waiting part of the assertions.
 */
final class Eventually {

	/** How often a waiting assertion looks again. */
	static final Duration POLL_INTERVAL = Duration.ofMillis(20);

	private Eventually() {
	}

	/**
	 * Return whether the condition holds now ({@code timeout} {@code null}) or comes to hold within the timeout.
	 * @param condition the condition
	 * @param timeout how long to wait, or {@code null} to check once
	 * @return whether it held
	 */
	static boolean holds(BooleanSupplier condition, Duration timeout) {
		if (timeout == null) {
			return condition.getAsBoolean();
		}
		try {
			Awaitility.await()
				.atMost(timeout)
				.pollDelay(Duration.ZERO)
				.pollInterval(POLL_INTERVAL)
				.until(condition::getAsBoolean);
			return true;
		}
		catch (ConditionTimeoutException ex) {
			return false;
		}
	}

}
