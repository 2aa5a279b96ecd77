package dev.serenity.rest.api;

import dev.serenity.model.Snowflake;

/**
 * Which messages {@link MessageApi#list} returns: up to {@code limit} messages, newest first, from the newest
 * message or around, before or after one message (at most one of the three).
 *
 * <pre>{@code
 * MessageQuery.latest(20);
 * MessageQuery.before(oldestSeen, 100);
 * }</pre>
 *
 * @param limit 1 to {@value #MAX_LIMIT}
 * @param before only messages older than this one, or {@code null}
 * @param after only messages newer than this one, or {@code null}
 * @param around messages around this one, or {@code null}
 */
public record MessageQuery(int limit, Snowflake before, Snowflake after, Snowflake around) {

	/** Messages returned when no limit is given, as Discord's default. */
	public static final int DEFAULT_LIMIT = 50;

	/** Most messages one query returns. */
	public static final int MAX_LIMIT = 100;

	/**
	 * Create a query.
	 * @throws IllegalArgumentException naming the field when the limit is out of range, an id is invalid, or more
	 * than one of {@code before}, {@code after} and {@code around} is given
	 */
	public MessageQuery {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("'limit' must be between 1 and " + MAX_LIMIT + " but was " + limit);
		}
		Checks.optionalId("before", before);
		Checks.optionalId("after", after);
		Checks.optionalId("around", around);
		int anchors = ((before != null) ? 1 : 0) + ((after != null) ? 1 : 0) + ((around != null) ? 1 : 0);
		if (anchors > 1) {
			throw new IllegalArgumentException("'before', 'after' and 'around' are exclusive: give at most one");
		}
	}

	/**
	 * Return the newest {@value #DEFAULT_LIMIT} messages.
	 * @return the query
	 */
	public static MessageQuery latest() {
		return latest(DEFAULT_LIMIT);
	}

	/**
	 * Return the newest messages.
	 * @param limit 1 to {@value #MAX_LIMIT}
	 * @return the query
	 */
	public static MessageQuery latest(int limit) {
		return new MessageQuery(limit, null, null, null);
	}

	/**
	 * Return the messages older than one.
	 * @param id the message
	 * @param limit 1 to {@value #MAX_LIMIT}
	 * @return the query
	 */
	public static MessageQuery before(Snowflake id, int limit) {
		return new MessageQuery(limit, Checks.id("before", id), null, null);
	}

	/**
	 * Return the messages right after one.
	 * @param id the message
	 * @param limit 1 to {@value #MAX_LIMIT}
	 * @return the query
	 */
	public static MessageQuery after(Snowflake id, int limit) {
		return new MessageQuery(limit, null, Checks.id("after", id), null);
	}

	/**
	 * Return the messages around one (half newer, the rest at and before it).
	 * @param id the message
	 * @param limit 1 to {@value #MAX_LIMIT}
	 * @return the query
	 */
	public static MessageQuery around(Snowflake id, int limit) {
		return new MessageQuery(limit, null, null, Checks.id("around", id));
	}

}
