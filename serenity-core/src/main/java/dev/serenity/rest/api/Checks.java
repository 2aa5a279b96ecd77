package dev.serenity.rest.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.serenity.model.Snowflake;

/**
 * Shared argument checks: every failure is an {@link IllegalArgumentException} whose message names the field.
 */
final class Checks {

	private Checks() {
	}

	/** A snowflake that must be given: not {@code null} and not 0. */
	static Snowflake id(String field, Snowflake id) {
		if (id == null) {
			throw new IllegalArgumentException("'" + field + "' must not be null");
		}
		if (id.value() <= 0) {
			throw new IllegalArgumentException("'" + field + "' must be a valid snowflake (positive) but was "
					+ id.value());
		}
		return id;
	}

	/** A value that must be given: not {@code null}. */
	static <T> T require(String field, T value) {
		if (value == null) {
			throw new IllegalArgumentException("'" + field + "' must not be null");
		}
		return value;
	}

	/** An optional snowflake: {@code null} or valid. */
	static Snowflake optionalId(String field, Snowflake id) {
		return (id != null) ? id(field, id) : null;
	}

	/** A list of valid, distinct snowflakes of at most {@code max} entries; {@code null} becomes empty. */
	static List<Snowflake> ids(String field, List<Snowflake> ids, int max) {
		if (ids == null) {
			return List.of();
		}
		if (ids.size() > max) {
			throw new IllegalArgumentException("'" + field + "' may hold at most " + max + " ids but has "
					+ ids.size());
		}
		List<Snowflake> copy = new ArrayList<>(ids.size());
		Set<Snowflake> seen = new HashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			Snowflake id = id(field + "[" + i + "]", ids.get(i));
			if (!seen.add(id)) {
				throw new IllegalArgumentException("'" + field + "' lists " + id.value() + " more than once");
			}
			copy.add(id);
		}
		return List.copyOf(copy);
	}

	/** A list without {@code null} elements, copied; {@code null} becomes empty. */
	static <T> List<T> list(String field, List<T> values, int max) {
		if (values == null) {
			return List.of();
		}
		if (values.size() > max) {
			throw new IllegalArgumentException("'" + field + "' may hold at most " + max + " entries but has "
					+ values.size());
		}
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i) == null) {
				throw new IllegalArgumentException("'" + field + "[" + i + "]' must not be null");
			}
		}
		return List.copyOf(values);
	}

	/** Content of at most {@code max} characters (Unicode code points); {@code null} stays {@code null}. */
	static String content(String field, String content, int max) {
		if (content != null) {
			int length = content.codePointCount(0, content.length());
			if (length > max) {
				throw new IllegalArgumentException("'" + field + "' must have at most " + max
						+ " characters but has " + length);
			}
		}
		return content;
	}

	/** The id as Discord's JSON carries it. */
	static String json(Snowflake id) {
		return Long.toString(id.value());
	}

	/** The ids as Discord's JSON carries them. */
	static List<String> json(List<Snowflake> ids) {
		return ids.stream().map(Checks::json).toList();
	}

}
