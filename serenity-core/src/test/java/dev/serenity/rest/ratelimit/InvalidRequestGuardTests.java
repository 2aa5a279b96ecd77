package dev.serenity.rest.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

import dev.serenity.rest.RestRequestRefusedException;
import dev.serenity.rest.RestRequestRefusedException.Reason;
import dev.serenity.rest.Route;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * {@link InvalidRequestGuard} on a clock the test moves.
 */
class InvalidRequestGuardTests {

	private static final Route ROUTE = Route.get("/channels/{channel.id}", 123456789);

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-01-01T00:00:00Z"));

	private final InstantSource clock = this.now::get;

	@Test
	void countsUnauthorizedForbiddenAndRateLimitedButNotSharedRateLimits() {
		InvalidRequestGuard guard = new InvalidRequestGuard(100, this.clock);
		guard.record(200, null);
		guard.record(404, null);
		guard.record(403, null);
		guard.record(429, RateLimitScope.USER);
		guard.record(429, RateLimitScope.GLOBAL);
		guard.record(429, null);
		guard.record(429, RateLimitScope.SHARED);
		guard.record(429, RateLimitScope.SHARED);
		assertThat(guard.invalidRequests()).isEqualTo(4);
		assertThat(guard.sharedRateLimits()).isEqualTo(2);
		assertThat(guard.tokenInvalid()).isFalse();
	}

	@Test
	void refusesAtTheThresholdAndSaysWhenSendingResumes() {
		InvalidRequestGuard guard = new InvalidRequestGuard(3, this.clock);
		guard.record(403, null);
		advance(Duration.ofMinutes(1));
		guard.record(403, null);
		guard.record(429, RateLimitScope.USER);
		assertThatExceptionOfType(RestRequestRefusedException.class).isThrownBy(() -> guard.check(ROUTE))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(Reason.INVALID_REQUEST_LIMIT);
				assertThat(ex.retryAt()).contains(Instant.parse("2025-01-01T00:10:00Z"));
				assertThat(ex.route()).isEqualTo("/channels/{channel.id}");
				assertThat(ex.method()).isEqualTo("GET");
			})
			.withMessageContaining("GET /channels/{channel.id}")
			.withMessageContaining("3 requests were answered 401, 403 or 429")
			.withMessageContaining("'invalidRequestThreshold'")
			.withMessageContaining("2025-01-01T00:10:00Z")
			.withMessageContaining("in 540 s")
			.withMessageNotContaining("123456789");
		advance(Duration.ofMinutes(9).minusMillis(1));
		assertThatExceptionOfType(RestRequestRefusedException.class).isThrownBy(() -> guard.check(ROUTE));
		advance(Duration.ofMillis(1));
		assertThatNoException().isThrownBy(() -> guard.check(ROUTE));
		assertThat(guard.invalidRequests()).isEqualTo(2);
		assertThat(guard.totalInvalidRequests()).isEqualTo(3);
	}

	@Test
	void resumesOnlyWhenTheCountFallsBelowTheThreshold() {
		InvalidRequestGuard guard = new InvalidRequestGuard(2, this.clock);
		guard.record(403, null);
		advance(Duration.ofMinutes(1));
		guard.record(403, null);
		advance(Duration.ofMinutes(1));
		guard.record(403, null);
		assertThatExceptionOfType(RestRequestRefusedException.class).isThrownBy(() -> guard.check(ROUTE))
			.satisfies((ex) -> assertThat(ex.retryAt()).contains(Instant.parse("2025-01-01T00:11:00Z")));
	}

	@Test
	void defaultThresholdIsBelowDiscordsLimit() {
		assertThat(InvalidRequestGuard.DEFAULT_THRESHOLD).isLessThan(InvalidRequestGuard.DISCORD_LIMIT);
		InvalidRequestGuard guard = new InvalidRequestGuard(InvalidRequestGuard.DEFAULT_THRESHOLD, this.clock);
		for (int i = 0; i < InvalidRequestGuard.DEFAULT_THRESHOLD - 1; i++) {
			guard.record(403, null);
		}
		assertThatNoException().isThrownBy(() -> guard.check(ROUTE));
		guard.record(401, null);
		assertThatExceptionOfType(RestRequestRefusedException.class).isThrownBy(() -> guard.check(ROUTE));
	}

	@Test
	void unauthorizedMarksTheTokenInvalidForGood() {
		InvalidRequestGuard guard = new InvalidRequestGuard(100, this.clock);
		guard.record(401, null);
		assertThat(guard.tokenInvalid()).isTrue();
		advance(Duration.ofDays(1));
		assertThatExceptionOfType(RestRequestRefusedException.class).isThrownBy(() -> guard.check(ROUTE))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(Reason.TOKEN_INVALID);
				assertThat(ex.retryAt()).isEmpty();
			})
			.withMessageContaining("401")
			.withMessageContaining("Reset Token");
	}

	@Test
	void thresholdOutsideDiscordsLimitIsRejectedByName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new InvalidRequestGuard(0, this.clock))
			.withMessageContaining("'invalidRequestThreshold'");
		assertThatIllegalArgumentException().isThrownBy(() -> new InvalidRequestGuard(10_001, this.clock))
			.withMessageContaining("'invalidRequestThreshold'");
	}

	private void advance(Duration duration) {
		this.now.updateAndGet((instant) -> instant.plus(duration));
	}

}
