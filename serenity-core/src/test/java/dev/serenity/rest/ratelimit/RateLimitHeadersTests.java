package dev.serenity.rest.ratelimit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.serenity.json.DiscordJson;
import dev.serenity.json.SharedPayloads;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RateLimitHeaders#parse}: Discord's headers, fractional values, and the 429 body.
 */
class RateLimitHeadersTests {

	@Test
	void parsesEveryHeaderWithFractionalResetAndResetAfter() {
		RateLimitHeaders headers = parse(200, Map.of("x-ratelimit-limit", "5", "X-RateLimit-Remaining", "0",
				"X-RateLimit-Reset", "1470173023.123", "X-RateLimit-Reset-After", "64.57", "X-RateLimit-Bucket",
				"abcd1234"), null);
		assertThat(headers.limit()).isEqualTo(5);
		assertThat(headers.remaining()).isZero();
		assertThat(headers.reset()).isEqualTo(Instant.ofEpochSecond(1_470_173_023L, 123_000_000L));
		assertThat(headers.resetAfter()).isEqualTo(Duration.ofMillis(64_570));
		assertThat(headers.bucket()).isEqualTo("abcd1234");
		assertThat(headers.hasBucketLimits()).isTrue();
		assertThat(headers.global()).isFalse();
		assertThat(headers.scope()).isNull();
		assertThat(headers.retryAfter()).isNull();
	}

	@Test
	void wholeSecondsAndMicrosecondsAreExact() {
		RateLimitHeaders headers = parse(200, Map.of("X-RateLimit-Reset", "1470173023",
				"X-RateLimit-Reset-After", "0.000001", "X-RateLimit-Remaining", "1"), null);
		assertThat(headers.reset()).isEqualTo(Instant.ofEpochSecond(1_470_173_023L));
		assertThat(headers.resetAfter()).isEqualTo(Duration.ofNanos(1_000));
	}

	@Test
	void retryAfterPrefersTheBodysFractionalSecondsOverTheHeader() {
		Map<String, String> headers = Map.of("Retry-After", "65", "X-RateLimit-Scope", "user");
		JsonNode body = json("{\"message\":\"You are being rate limited.\",\"retry_after\":64.57,\"global\":false}");
		assertThat(parse(429, headers, body).retryAfter()).isEqualTo(Duration.ofMillis(64_570));
		assertThat(parse(429, headers, null).retryAfter()).isEqualTo(Duration.ofSeconds(65));
		assertThat(parse(429, headers, body).scope()).isEqualTo(RateLimitScope.USER);
		assertThat(parse(429, headers, body).rateLimited()).isTrue();
	}

	@Test
	void globalComesFromTheHeaderTheBodyOrTheScope() {
		assertThat(parse(429, Map.of("X-RateLimit-Global", "true"), null).global()).isTrue();
		assertThat(parse(429, Map.of("X-RateLimit-Scope", "global"), null).global()).isTrue();
		assertThat(parse(429, Map.of(), json("{\"retry_after\":1,\"global\":true}")).global()).isTrue();
		assertThat(parse(429, Map.of("X-RateLimit-Scope", "shared"), json("{\"retry_after\":1}")).global()).isFalse();
		assertThat(parse(429, Map.of("X-RateLimit-Scope", "shared"), null).shared()).isTrue();
	}

	@Test
	void malformedValuesAreLeftOut() {
		for (String bad : new String[] { "abc", "-1", "NaN", "1e999", "", " ", "2.5", "99999999999" }) {
			RateLimitHeaders headers = parse(200, Map.of("X-RateLimit-Limit", bad, "X-RateLimit-Remaining", bad,
					"X-RateLimit-Reset-After", bad.equals("2.5") ? "-2.5" : bad, "X-RateLimit-Reset", bad.equals("2.5")
							? "x" : bad, "X-RateLimit-Scope", "galactic"), json("{\"retry_after\":\"soon\"}"));
			assertThat(headers.limit()).as("limit %s", bad).isNull();
			assertThat(headers.remaining()).as("remaining %s", bad).isNull();
			assertThat(headers.resetAfter()).as("reset-after %s", bad).isNull();
			assertThat(headers.scope()).isNull();
			assertThat(headers.retryAfter()).isNull();
		}
		assertThat(parse(200, Map.of("X-RateLimit-Reset", "1e999"), null).reset()).isNull();
	}

	@Test
	void answersWithoutHeadersHaveNoBucketLimits() {
		RateLimitHeaders headers = parse(200, Map.of(), null);
		assertThat(headers).isEqualTo(RateLimitHeaders.none(200));
		assertThat(headers.hasBucketLimits()).isFalse();
	}

	@Test
	void everySharedRateLimitedBodyGivesItsWait() {
		for (Path file : SharedPayloads.jsonFiles("rest")) {
			if (!file.getFileName().toString().startsWith("ERROR_429")) {
				continue;
			}
			JsonNode body = DiscordJson.mapper().readTree(SharedPayloads.read(file));
			RateLimitHeaders headers = parse(429, Map.of(), body);
			assertThat(headers.retryAfter()).as(file.getFileName().toString())
				.isEqualTo(Duration.ofNanos(body.get("retry_after").decimalValue().movePointRight(9).longValue()));
			assertThat(headers.global()).isEqualTo(body.get("global").booleanValue());
		}
	}

	private static RateLimitHeaders parse(int status, Map<String, String> headers, JsonNode body) {
		Map<String, String> lower = new HashMap<>();
		headers.forEach((name, value) -> lower.put(name.toLowerCase(), value));
		return RateLimitHeaders.parse(status, (name) -> lower.get(name.toLowerCase()), body);
	}

	private static JsonNode json(String text) {
		return DiscordJson.mapper().readTree(text);
	}

}
