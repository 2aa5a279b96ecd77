package dev.serenity.gateway.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link CommandRateLimiter} on a clock the test moves by hand.
 */
class CommandRateLimiterTests {

	private static final Duration INTERVAL = Duration.ofMillis(41_250);

	private static final Duration WINDOW = CommandRateLimiter.DEFAULT_WINDOW;

	private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));

	private final CommandRateLimiter limiter = new CommandRateLimiter(INTERVAL, this.clock);

	@Test
	void reservedHeartbeatsAreTheHeartbeatsPerWindowRoundedUpPlusOne() {
		assertThat(reserved(Duration.ofSeconds(60))).isEqualTo(2);
		assertThat(reserved(Duration.ofMillis(42_500))).isEqualTo(3);
		assertThat(reserved(INTERVAL)).isEqualTo(3);
		assertThat(reserved(Duration.ofSeconds(30))).isEqualTo(3);
		assertThat(reserved(Duration.ofMillis(29_999))).isEqualTo(4);
		assertThat(reserved(Duration.ofDays(365))).isEqualTo(2);
	}

	@Test
	void tinyHeartbeatIntervalStillLeavesOneCommandPerWindow() {
		assertThat(reserved(Duration.ofMillis(1))).isEqualTo(119);
		CommandRateLimiter tiny = new CommandRateLimiter(CommandRateLimiter.DEFAULT_LIMIT, WINDOW,
				Duration.ofMillis(1), this.clock);
		assertThat(tiny.commandLimit()).isEqualTo(1);
		assertThat(tiny.tryAcquireCommand()).isTrue();
		assertThat(tiny.tryAcquireCommand()).isFalse();
	}

	@Test
	void commandsUpToTheLimitMinusTheReservationPassAtOnce() {
		assertThat(this.limiter.limit()).isEqualTo(120);
		assertThat(this.limiter.reservedHeartbeats()).isEqualTo(3);
		assertThat(this.limiter.availableCommands()).isEqualTo(117);
		for (int i = 0; i < 117; i++) {
			assertThat(this.limiter.tryAcquireCommand()).as("command %d", i + 1).isTrue();
		}
		assertThat(this.limiter.tryAcquireCommand()).isFalse();
		assertThat(this.limiter.availableCommands()).isZero();
	}

	@Test
	void commandWaitsUntilTheOldestFrameLeavesTheWindow() {
		acquire(100);
		this.clock.advance(Duration.ofSeconds(10));
		acquire(17);
		assertThat(this.limiter.tryAcquireCommand()).isFalse();
		assertThat(this.limiter.timeUntilNextCommand()).isEqualTo(Duration.ofSeconds(50));

		this.clock.advance(Duration.ofSeconds(50).minusMillis(1));
		assertThat(this.limiter.tryAcquireCommand()).isFalse();
		assertThat(this.limiter.timeUntilNextCommand()).isEqualTo(Duration.ofMillis(1));

		this.clock.advance(Duration.ofMillis(1));
		assertThat(this.limiter.timeUntilNextCommand()).isEqualTo(Duration.ZERO);
		assertThat(this.limiter.availableCommands()).isEqualTo(100);
		acquire(100);
		assertThat(this.limiter.tryAcquireCommand()).isFalse();
		assertThat(this.limiter.timeUntilNextCommand()).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void heartbeatsAlwaysPassAndHoldBackCommandsWhileInTheWindow() {
		acquire(117);
		this.clock.advance(Duration.ofSeconds(5));
		for (int i = 0; i < 3; i++) {
			this.limiter.recordHeartbeat();
		}
		assertThat(this.limiter.availableCommands()).isZero();

		this.clock.advance(Duration.ofSeconds(55));
		assertThat(this.limiter.availableCommands()).as("three heartbeats still in the window").isEqualTo(114);
		acquire(114);
		assertThat(this.limiter.timeUntilNextCommand()).isEqualTo(Duration.ofSeconds(5));

		this.clock.advance(Duration.ofSeconds(5));
		assertThat(this.limiter.availableCommands()).isEqualTo(3);
	}

	@Test
	void timeUntilNextCommandIsZeroWhileCommandsAreAvailable() {
		acquire(116);
		assertThat(this.limiter.timeUntilNextCommand()).isEqualTo(Duration.ZERO);
		assertThat(this.limiter.availableCommands()).isOne();
	}

	@Test
	void greedySenderWithHeartbeatsNeverExceedsTheLimitInAnyWindow() {
		SplittableRandom random = new SplittableRandom(2025);
		Instant start = this.clock.instant();
		Instant end = start.plus(Duration.ofMinutes(10));
		Instant nextHeartbeat = start.plusMillis((long) (INTERVAL.toMillis() * 0.42));
		Instant nextServerRequest = start.plusSeconds(7);
		List<Instant> frames = new ArrayList<>();
		int commands = 0;
		while (this.clock.instant().isBefore(end)) {
			Instant now = this.clock.instant();
			if (!now.isBefore(nextHeartbeat)) {
				this.limiter.recordHeartbeat();
				frames.add(now);
				nextHeartbeat = nextHeartbeat.plus(INTERVAL);
			}
			if (!now.isBefore(nextServerRequest)) {
				// the server asks for a heartbeat (op 1): answered at once, at most once per window
				this.limiter.recordHeartbeat();
				frames.add(now);
				nextServerRequest = nextServerRequest.plus(WINDOW).plusMillis(1 + random.nextInt(20_000));
			}
			while (this.limiter.tryAcquireCommand()) {
				frames.add(now);
				commands++;
			}
			this.clock.advance(Duration.ofMillis(1 + random.nextInt(400)));
		}
		assertThat(maxFramesInAnyWindow(frames)).isLessThanOrEqualTo(CommandRateLimiter.DEFAULT_LIMIT);
		assertThat(commands).as("commands in 10 minutes").isGreaterThanOrEqualTo(10 * 110);
	}

	@Test
	void invalidSettingsAreRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CommandRateLimiter(1, WINDOW, INTERVAL, this.clock))
			.withMessageContaining("'limit'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CommandRateLimiter(120, Duration.ZERO, INTERVAL, this.clock))
			.withMessageContaining("'window'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CommandRateLimiter(120, WINDOW, Duration.ofSeconds(-1), this.clock))
			.withMessageContaining("'heartbeatInterval'");
	}

	private int reserved(Duration heartbeatInterval) {
		return CommandRateLimiter.reservedHeartbeats(CommandRateLimiter.DEFAULT_LIMIT, WINDOW, heartbeatInterval);
	}

	private void acquire(int count) {
		for (int i = 0; i < count; i++) {
			assertThat(this.limiter.tryAcquireCommand()).as("command %d of %d", i + 1, count).isTrue();
		}
	}

	/** The most frames in any window {@code (t - 60 s, t]}; the count only rises at a frame, so check those. */
	private static int maxFramesInAnyWindow(List<Instant> frames) {
		int max = 0;
		int first = 0;
		for (int last = 0; last < frames.size(); last++) {
			Instant windowStart = frames.get(last).minus(WINDOW);
			while (!frames.get(first).isAfter(windowStart)) {
				first++;
			}
			max = Math.max(max, last - first + 1);
		}
		return max;
	}

	/** A clock that moves only when told. */
	static final class MutableClock implements InstantSource {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

	}

}
