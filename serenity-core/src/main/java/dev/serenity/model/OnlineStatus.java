package dev.serenity.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A user's status in a {@link Presence} or {@link ClientStatus}.
 */
public enum OnlineStatus {

	/** Online. */
	ONLINE("online"),

	/** Idle (away). */
	IDLE("idle"),

	/** Do not disturb. */
	DND("dnd"),

	/** Invisible; others see it as offline. Only sent by a client setting its own status. */
	INVISIBLE("invisible"),

	/** Offline. */
	OFFLINE("offline"),

	/** A value this version does not know. */
	UNKNOWN("unknown");

	private final String value;

	OnlineStatus(String value) {
		this.value = value;
	}

	/**
	 * Return Discord's value.
	 * @return the string Discord sends, such as {@code "dnd"}
	 */
	@JsonValue
	public String value() {
		return this.value;
	}

	/**
	 * Return the constant for a value.
	 * @param value the string Discord sends
	 * @return the constant, or {@link #UNKNOWN}
	 */
	@JsonCreator
	public static OnlineStatus of(String value) {
		for (OnlineStatus candidate : values()) {
			if (candidate.value.equals(value) && candidate != UNKNOWN) {
				return candidate;
			}
		}
		return UNKNOWN;
	}

}
