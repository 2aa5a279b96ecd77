package dev.serenity.model;

import java.time.Instant;

/**
 * A Discord id: an unsigned 64-bit number that Discord sends as a decimal string. Every real id fits in a Java
 * {@code long} (the top bit would mean a timestamp after the year 2084), so values of 2<sup>63</sup> and above are
 * rejected.
 *
 * <p>Layout: bits 63..22 are milliseconds since the {@linkplain #DISCORD_EPOCH Discord epoch}, bits 21..17 the worker,
 * 16..12 the process and 11..0 an increment.
 *
 * <p>With {@link dev.serenity.json.DiscordJson#mapper()} a snowflake is written as a JSON string and read from a
 * string or an integer.
 *
 * @param value the id, never negative
 */
public record Snowflake(long value) implements Comparable<Snowflake> {

	/** Milliseconds from the Unix epoch to the Discord epoch, 2015-01-01T00:00:00Z. */
	public static final long DISCORD_EPOCH = 1420070400000L;

	private static final int MAX_QUOTED_INPUT = 40;

	/**
	 * Create a snowflake.
	 * @param value the id
	 * @throws IllegalArgumentException if {@code value} is negative
	 */
	public Snowflake {
		if (value < 0) {
			throw new IllegalArgumentException("Snowflake must not be negative: " + value);
		}
	}

	/**
	 * Return the snowflake of an id.
	 * @param value the id, not negative
	 * @return the snowflake
	 * @throws IllegalArgumentException if {@code value} is negative
	 */
	public static Snowflake of(long value) {
		return new Snowflake(value);
	}

	/**
	 * Parse a snowflake from Discord's unsigned decimal form.
	 * @param text the digits, for example {@code "175928847299117063"}
	 * @return the snowflake
	 * @throws IllegalArgumentException if the text is empty, contains anything but ASCII digits, or is 2<sup>63</sup>
	 * or more
	 */
	public static Snowflake parse(String text) {
		if (text == null || text.isEmpty()) {
			throw new IllegalArgumentException("Snowflake must be a non-empty string of decimal digits");
		}
		long value = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				throw new IllegalArgumentException("Snowflake must contain only decimal digits: " + quote(text));
			}
			int digit = c - '0';
			if (value > (Long.MAX_VALUE - digit) / 10) {
				throw new IllegalArgumentException(
						"Snowflake must be below 2^63 (9223372036854775808): " + quote(text));
			}
			value = value * 10 + digit;
		}
		return new Snowflake(value);
	}

	/**
	 * Return when the id was created.
	 * @return the creation time, to the millisecond
	 */
	public Instant timestamp() {
		return Instant.ofEpochMilli((this.value >> 22) + DISCORD_EPOCH);
	}

	/**
	 * Return the shard that receives events for this guild id.
	 * @param numShards the total number of shards, at least 1
	 * @return {@code (value >> 22) % numShards}
	 * @throws IllegalArgumentException if {@code numShards} is less than 1
	 */
	public int shardId(int numShards) {
		if (numShards < 1) {
			throw new IllegalArgumentException("numShards must be at least 1, was " + numShards);
		}
		return (int) ((this.value >> 22) % numShards);
	}

	/**
	 * Return the smallest snowflake created at an instant, for paging by time.
	 * @param instant a time on or after the Discord epoch
	 * @return {@code (millis - DISCORD_EPOCH) << 22}
	 * @throws IllegalArgumentException if the instant is before the Discord epoch
	 */
	public static Snowflake ofTimestamp(Instant instant) {
		long millis = instant.toEpochMilli() - DISCORD_EPOCH;
		if (millis < 0) {
			throw new IllegalArgumentException("Instant is before the Discord epoch: " + instant);
		}
		return new Snowflake(millis << 22);
	}

	@Override
	public int compareTo(Snowflake other) {
		return Long.compare(this.value, other.value);
	}

	/**
	 * Return the id as Discord writes it.
	 * @return the decimal digits
	 */
	@Override
	public String toString() {
		return Long.toString(this.value);
	}

	private static String quote(String text) {
		return (text.length() <= MAX_QUOTED_INPUT) ? "'" + text + "'"
				: "'" + text.substring(0, MAX_QUOTED_INPUT) + "...' (" + text.length() + " characters)";
	}

}
