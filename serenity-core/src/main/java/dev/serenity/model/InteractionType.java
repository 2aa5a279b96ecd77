package dev.serenity.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The type of an {@link Interaction}.
 */
public enum InteractionType {

	/** Discord checking an HTTP interactions endpoint. */
	PING(1),

	/** A slash or context-menu command. */
	APPLICATION_COMMAND(2),

	/** A button or select menu was used. */
	MESSAGE_COMPONENT(3),

	/** A command option asks for suggestions. */
	APPLICATION_COMMAND_AUTOCOMPLETE(4),

	/** A modal was submitted. */
	MODAL_SUBMIT(5),

	/** A value this version does not know. */
	UNKNOWN(-1);

	private final int value;

	InteractionType(int value) {
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
	public static InteractionType of(int value) {
		for (InteractionType candidate : values()) {
			if (candidate.value == value && candidate != UNKNOWN) {
				return candidate;
			}
		}
		return UNKNOWN;
	}

}
