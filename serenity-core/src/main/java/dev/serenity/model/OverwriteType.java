package dev.serenity.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a {@link PermissionOverwrite} applies to a role or a member. API v10 sends {@code 0} or {@code 1}; API v6
 * sent {@code "role"} or {@code "member"}, which is read too.
 */
public enum OverwriteType {

	/** The overwrite applies to a role. */
	ROLE(0, "role"),

	/** The overwrite applies to a member. */
	MEMBER(1, "member"),

	/** A value this version does not know. */
	UNKNOWN(-1, "unknown");

	private final int value;

	private final String legacyName;

	OverwriteType(int value, String legacyName) {
		this.value = value;
		this.legacyName = legacyName;
	}

	/**
	 * Return Discord's value.
	 * @return the integer Discord sends, or {@code -1} for {@link #UNKNOWN}
	 */
	@JsonValue
	public int value() {
		return this.value;
	}

	/**
	 * Return the constant for a value.
	 * @param value the integer Discord sends
	 * @return the constant, or {@link #UNKNOWN}
	 */
	public static OverwriteType of(int value) {
		for (OverwriteType candidate : values()) {
			if (candidate.value == value && candidate != UNKNOWN) {
				return candidate;
			}
		}
		return UNKNOWN;
	}

	/**
	 * Return the constant for a value as read from JSON: an integer, a string of digits or v6's name.
	 * @param raw the value
	 * @return the constant, or {@link #UNKNOWN}
	 */
	@JsonCreator
	static OverwriteType fromJson(Object raw) {
		if (raw instanceof Integer number) {
			return of(number);
		}
		if (raw instanceof String text) {
			for (OverwriteType candidate : values()) {
				if (candidate.legacyName.equals(text) && candidate != UNKNOWN) {
					return candidate;
				}
			}
			if (text.matches("\\d{1,9}")) {
				return of(Integer.parseInt(text));
			}
		}
		return UNKNOWN;
	}

}
