package dev.serenity.rest.ratelimit;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 429 holds its bucket for its whole wait, whatever answers to earlier requests report afterwards.
 */
class BucketTests {

	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void lateAnswerDoesNotShortenA429sWait() {
		Bucket bucket = new Bucket("route", null);
		bucket.readyAt(START);
		bucket.take();
		bucket.take();
		bucket.block(Duration.ofSeconds(2), false, START);
		Instant later = START.plusMillis(100);
		bucket.update(new RateLimitHeaders(200, 5, 4, null, Duration.ofMillis(100), "abc", false, null, null), later);
		assertThat(bucket.readyAt(START.plusMillis(300))).isEqualTo(START.plusSeconds(2));
		assertThat(bucket.idle(START.plusMillis(300))).isFalse();
	}

}
