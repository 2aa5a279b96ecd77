package dev.serenity.rest.ratelimit;

import java.util.Locale;

/**
 * Which limit a request ran into: the {@code X-RateLimit-Scope} header of a 429, or the kind of limit a request waits
 * for before it is sent.
 */
public enum RateLimitScope {

	/** A per-route limit of this bot (a bucket). */
	USER("user"),

	/** The bot's global limit (50 requests per second by default). */
	GLOBAL("global"),

	/**
	 * A limit of the resource, shared by everyone using it; such 429s do not count as invalid requests.
	 */
	SHARED("shared");

	private final String value;

	RateLimitScope(String value) {
		this.value = value;
	}

	/**
	 * Return the header value.
	 * @return {@code user}, {@code global} or {@code shared}
	 */
	public String value() {
		return this.value;
	}

	/**
	 * Read an {@code X-RateLimit-Scope} header.
	 * @param header the header value, may be {@code null}
	 * @return the scope, or {@code null} when absent or unknown
	 */
	public static RateLimitScope fromHeader(String header) {
		if (header == null) {
			return null;
		}
		String value = header.trim().toLowerCase(Locale.ROOT);
		for (RateLimitScope scope : values()) {
			if (scope.value.equals(value)) {
				return scope;
			}
		}
		return null;
	}

}
