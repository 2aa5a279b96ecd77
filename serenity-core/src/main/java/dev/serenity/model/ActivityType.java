package dev.serenity.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The type of an {@link Activity}.
 */
public enum ActivityType {

	/** "Playing {name}". */
	PLAYING(0),

	/** "Streaming {details}"; only Twitch and YouTube URLs. */
	STREAMING(1),

	/** "Listening to {name}". */
	LISTENING(2),

	/** "Watching {name}". */
	WATCHING(3),

	/** A custom status, text in {@code state}. */
	CUSTOM(4),

	/** "Competing in {name}". */
	COMPETING(5),

	/** A value this version does not know. */
	UNKNOWN(-1);

	private final int value;

	ActivityType(int value) {
		this.value = value;
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
	@JsonCreator
	public static ActivityType of(int value) {
		for (ActivityType candidate : values()) {
			if (candidate.value == value && candidate != UNKNOWN) {
				return candidate;
			}
		}
		return UNKNOWN;
	}

}
