package dev.serenity.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The type of an application command, as in {@link InteractionData#type()}.
 */
public enum ApplicationCommandType {

	/** A slash command. */
	CHAT_INPUT(1),

	/** A command in a user's context menu. */
	USER(2),

	/** A command in a message's context menu. */
	MESSAGE(3),

	/** The command that launches an activity. */
	PRIMARY_ENTRY_POINT(4),

	/** A value this version does not know. */
	UNKNOWN(-1);

	private final int value;

	ApplicationCommandType(int value) {
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
	public static ApplicationCommandType of(int value) {
		for (ApplicationCommandType candidate : values()) {
			if (candidate.value == value && candidate != UNKNOWN) {
				return candidate;
			}
		}
		return UNKNOWN;
	}

}
