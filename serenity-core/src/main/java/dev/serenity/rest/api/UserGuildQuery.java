package dev.serenity.rest.api;

import dev.serenity.model.Snowflake;

/**
 * Which of the current user's guilds to list ({@code GET /users/@me/guilds}): a page of up to
 * {@value #MAX_LIMIT} guilds by id, before or after a guild.
 *
 * @param before list guilds with a smaller id, or {@code null}
 * @param after list guilds with a greater id, or {@code null}
 * @param limit how many, 1 to {@value #MAX_LIMIT}
 * @param withCounts whether to include the approximate member and presence counts
 */
public record UserGuildQuery(Snowflake before, Snowflake after, int limit, boolean withCounts) {

	/** Most guilds of a page, and the default. */
	public static final int MAX_LIMIT = 200;

	/** Default of {@code limit}. */
	public static final int DEFAULT_LIMIT = MAX_LIMIT;

	/**
	 * Create a query.
	 * @throws IllegalArgumentException naming the field for an invalid id or a limit out of range
	 */
	public UserGuildQuery {
		Checks.optionalId("before", before);
		Checks.optionalId("after", after);
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("'limit' must be 1 to " + MAX_LIMIT + " but was " + limit);
		}
	}

	/**
	 * Return the first page with the defaults.
	 * @return the query
	 */
	public static UserGuildQuery first() {
		return new UserGuildQuery(null, null, DEFAULT_LIMIT, false);
	}

	/**
	 * Return the page after a guild.
	 * @param after the last guild seen
	 * @param limit how many
	 * @return the query
	 */
	public static UserGuildQuery after(Snowflake after, int limit) {
		return new UserGuildQuery(null, after, limit, false);
	}

	/**
	 * Return a copy that asks for the approximate counts.
	 * @return the query
	 */
	public UserGuildQuery includeCounts() {
		return new UserGuildQuery(this.before, this.after, this.limit, true);
	}

}
