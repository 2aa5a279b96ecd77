package dev.serenity.gateway;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link ReconnectDelay#exponential(Duration, Duration, RandomGenerator)} with a seeded random.
 */
class ReconnectDelayTests {

	private final ReconnectDelay delay = ReconnectDelay.exponential(ReconnectDelay.DEFAULT_BASE,
			ReconnectDelay.DEFAULT_MAX, new SplittableRandom(42));

	@Test
	void firstAttemptReconnectsAtOnce() {
		assertThat(this.delay.delay(1)).isEqualTo(Duration.ZERO);
	}

	@Test
	void laterAttemptsStayWithinTheDoublingBoundAndTheCap() {
		for (int attempt = 2; attempt <= 12; attempt++) {
			Duration bound = Duration.ofSeconds(Math.min(60, 1L << (attempt - 2)));
			for (int i = 0; i < 1_000; i++) {
				assertThat(this.delay.delay(attempt)).as("attempt %d", attempt)
					.isBetween(Duration.ZERO, bound);
			}
		}
	}

	@Test
	void jitterSpreadsDelaysOverTheWholeRange() {
		Duration min = Duration.ofDays(1);
		Duration max = Duration.ZERO;
		for (int i = 0; i < 1_000; i++) {
			Duration value = this.delay.delay(5);
			min = (value.compareTo(min) < 0) ? value : min;
			max = (value.compareTo(max) > 0) ? value : max;
		}
		assertThat(min).isLessThan(Duration.ofMillis(500));
		assertThat(max).isGreaterThan(Duration.ofMillis(7_500));
	}

	@Test
	void sameSeedGivesSameDelays() {
		ReconnectDelay again = ReconnectDelay.exponential(ReconnectDelay.DEFAULT_BASE, ReconnectDelay.DEFAULT_MAX,
				new SplittableRandom(42));
		for (int attempt = 1; attempt <= 20; attempt++) {
			assertThat(again.delay(attempt)).isEqualTo(this.delay.delay(attempt));
		}
	}

	@Test
	void hugeAttemptNumbersStayAtTheCapWithoutOverflow() {
		ReconnectDelay upperEdge = ReconnectDelay.exponential(Duration.ofSeconds(1), Duration.ofSeconds(60),
				new AlwaysHighest());
		for (int attempt : new int[] { 8, 9, 30, 62, 63, 64, 65, 100, 1_000, Integer.MAX_VALUE }) {
			assertThat(upperEdge.delay(attempt)).as("attempt %d", attempt).isEqualTo(Duration.ofSeconds(60));
		}
		assertThat(upperEdge.delay(7)).isEqualTo(Duration.ofSeconds(32));
		assertThat(upperEdge.delay(2)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void largestPossibleCapIsReachedWithoutOverflow() {
		Duration longest = Duration.ofNanos(Long.MAX_VALUE);
		ReconnectDelay unbounded = ReconnectDelay.exponential(Duration.ofNanos(1), longest, new AlwaysHighest());
		assertThat(unbounded.delay(2)).isEqualTo(Duration.ofNanos(1));
		assertThat(unbounded.delay(64)).isEqualTo(Duration.ofNanos(1L << 62));
		assertThat(unbounded.delay(65)).isEqualTo(longest);
		assertThat(unbounded.delay(Integer.MAX_VALUE)).isEqualTo(longest);
	}

	@Test
	void invalidArgumentsAreRejected() {
		RandomGenerator random = new SplittableRandom(1);
		assertThatIllegalArgumentException().isThrownBy(() -> this.delay.delay(0)).withMessageContaining("'attempt'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReconnectDelay.exponential(Duration.ZERO, Duration.ofSeconds(1), random))
			.withMessageContaining("'base'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReconnectDelay.exponential(Duration.ofSeconds(2), Duration.ofSeconds(1), random))
			.withMessageContaining("'max'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReconnectDelay.exponential(Duration.ofSeconds(1), Duration.ofDays(365 * 300), random))
			.withMessageContaining("'max'");
	}

	/** Always draws the top of the range, to pin the bound itself. */
	private static final class AlwaysHighest implements RandomGenerator {

		@Override
		public long nextLong() {
			return -1L;
		}

		@Override
		public long nextLong(long bound) {
			return bound - 1;
		}

	}

}
