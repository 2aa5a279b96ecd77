package dev.serenity.rest.ratelimit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * What an answer says about rate limits: Discord's {@code X-RateLimit-*} headers, {@code Retry-After}, and for a 429
 * the body's {@code retry_after} and {@code global}. Values that are absent or malformed are {@code null}; the
 * limiter then falls back to what it knew.
 *
 * @param status the HTTP status of the answer
 * @param limit {@code X-RateLimit-Limit}: requests allowed per window
 * @param remaining {@code X-RateLimit-Remaining}: requests left in this window
 * @param reset {@code X-RateLimit-Reset}: when the window ends, on Discord's clock (epoch seconds, may be
 * fractional); used to tell windows apart, never to wait (clocks differ)
 * @param resetAfter {@code X-RateLimit-Reset-After}: time until the window ends (seconds, may be fractional)
 * @param bucket {@code X-RateLimit-Bucket}: Discord's id of the limit, shared by routes that share it, without the
 * major parameter
 * @param global whether the 429 is the global limit ({@code X-RateLimit-Global}, the body's {@code global} or scope
 * {@code global})
 * @param scope {@code X-RateLimit-Scope} of a 429
 * @param retryAfter for a 429: how long to wait, from the body's {@code retry_after} (fractional seconds) or else the
 * {@code Retry-After} header
 */
public record RateLimitHeaders(int status, Integer limit, Integer remaining, Instant reset, Duration resetAfter,
		String bucket, boolean global, RateLimitScope scope, Duration retryAfter) {

	/** Requests allowed per window. */
	public static final String LIMIT = "X-RateLimit-Limit";

	/** Requests left in the window. */
	public static final String REMAINING = "X-RateLimit-Remaining";

	/** Epoch seconds at which the window ends. */
	public static final String RESET = "X-RateLimit-Reset";

	/** Seconds until the window ends. */
	public static final String RESET_AFTER = "X-RateLimit-Reset-After";

	/** Discord's id of the limit. */
	public static final String BUCKET = "X-RateLimit-Bucket";

	/** {@code true} on a 429 of the global limit. */
	public static final String GLOBAL = "X-RateLimit-Global";

	/** {@code user}, {@code global} or {@code shared} on a 429. */
	public static final String SCOPE = "X-RateLimit-Scope";

	/** Seconds to wait after a 429. */
	public static final String RETRY_AFTER = "Retry-After";

	/** Longest wait accepted from a header or body: one day; larger values are treated as malformed. */
	static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(86_400);

	/**
	 * Return the headers of an answer that carried none.
	 * @param status the HTTP status
	 * @return headers without values
	 */
	public static RateLimitHeaders none(int status) {
		return new RateLimitHeaders(status, null, null, null, null, null, false, null, null);
	}

	/**
	 * Read the rate-limit information of an answer.
	 * @param status the HTTP status
	 * @param headers looks a header up by name (case-insensitively), returning {@code null} when absent
	 * @param body the parsed body of a 429, or {@code null}; read for {@code retry_after} and {@code global}
	 * @return what the answer says
	 */
	public static RateLimitHeaders parse(int status, Function<String, String> headers, JsonNode body) {
		Integer limit = count(headers.apply(LIMIT));
		Integer remaining = count(headers.apply(REMAINING));
		Instant reset = epoch(headers.apply(RESET));
		Duration resetAfter = seconds(headers.apply(RESET_AFTER));
		String bucket = headers.apply(BUCKET);
		bucket = (bucket != null && !bucket.isBlank()) ? bucket.trim() : null;
		RateLimitScope scope = RateLimitScope.fromHeader(headers.apply(SCOPE));
		boolean global = "true".equalsIgnoreCase(trim(headers.apply(GLOBAL))) || scope == RateLimitScope.GLOBAL;
		Duration retryAfter = null;
		if (body != null && body.isObject()) {
			JsonNode value = body.get("retry_after");
			if (value != null && value.isNumber()) {
				retryAfter = seconds(value.decimalValue());
			}
			JsonNode flag = body.get("global");
			global |= flag != null && flag.isBoolean() && flag.booleanValue();
		}
		if (retryAfter == null) {
			retryAfter = seconds(headers.apply(RETRY_AFTER));
		}
		return new RateLimitHeaders(status, limit, remaining, reset, resetAfter, bucket, global, scope, retryAfter);
	}

	/**
	 * Return whether the answer described its bucket ({@code X-RateLimit-Remaining} was present).
	 * @return whether there are bucket values
	 */
	public boolean hasBucketLimits() {
		return this.remaining != null;
	}

	/**
	 * Return whether the answer is a 429.
	 * @return whether the request was rate limited
	 */
	public boolean rateLimited() {
		return this.status == 429;
	}

	/**
	 * Return whether this is a 429 of a shared resource limit, which Discord does not count as an invalid request.
	 * @return whether the scope is {@code shared}
	 */
	public boolean shared() {
		return this.scope == RateLimitScope.SHARED;
	}

	private static String trim(String value) {
		return (value != null) ? value.trim() : null;
	}

	private static Integer count(String value) {
		BigDecimal number = decimal(value);
		if (number == null || number.signum() < 0 || number.stripTrailingZeros().scale() > 0
				|| number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
			return null;
		}
		return number.intValue();
	}

	static Duration seconds(String value) {
		return seconds(decimal(value));
	}

	private static Duration seconds(BigDecimal seconds) {
		if (seconds == null || seconds.signum() < 0 || seconds.compareTo(MAX_SECONDS) > 0) {
			return null;
		}
		return Duration.ofNanos(seconds.movePointRight(9).longValue());
	}

	static Instant epoch(String value) {
		BigDecimal seconds = decimal(value);
		if (seconds == null || seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(253_402_300_799L)) > 0) {
			return null;
		}
		long whole = seconds.longValue();
		long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
		return Instant.ofEpochSecond(whole, nanos);
	}

	private static BigDecimal decimal(String value) {
		if (value == null || value.isBlank() || value.length() > 40) {
			return null;
		}
		try {
			return new BigDecimal(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
