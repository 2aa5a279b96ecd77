package dev.serenity.simulator.http;

/**
 * The scope of a 429, as {@code X-RateLimit-Scope} names it.
 */
public enum RateLimitScope {

	/** A per-route bucket of the bot ({@code user}). */
	USER("user"),

	/** The bot's global limit ({@code global}); the answer has {@code "global": true}. */
	GLOBAL("global"),

	/** A limit of the resource, shared by everyone ({@code shared}); does not count as an invalid request. */
	SHARED("shared");

	private final String header;

	RateLimitScope(String header) {
		this.header = header;
	}

	/**
	 * Return the value of {@code X-RateLimit-Scope}.
	 * @return {@code user}, {@code global} or {@code shared}
	 */
	public String header() {
		return this.header;
	}

	/**
	 * Parse a scope as the HTTP control API names it.
	 * @param name {@code user}, {@code global} or {@code shared}, in any case
	 * @return the scope
	 * @throws IllegalArgumentException for another name
	 */
	public static RateLimitScope of(String name) {
		for (RateLimitScope scope : values()) {
			if (scope.header.equalsIgnoreCase(name)) {
				return scope;
			}
		}
		throw new IllegalArgumentException("Unknown rate limit scope '" + name + "'; use user, global or shared");
	}

}
