package dev.serenity.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The type of an application command option, as in {@link InteractionOption#type()}.
 */
public enum ApplicationCommandOptionType {

	/** A sub-command. */
	SUB_COMMAND(1),

	/** A group of sub-commands. */
	SUB_COMMAND_GROUP(2),

	/** A string. */
	STRING(3),

	/** An integer between -2^53 and 2^53. */
	INTEGER(4),

	/** A boolean. */
	BOOLEAN(5),

	/** A user id. */
	USER(6),

	/** A channel id. */
	CHANNEL(7),

	/** A role id. */
	ROLE(8),

	/** A user or role id. */
	MENTIONABLE(9),

	/** A double. */
	NUMBER(10),

	/** An attachment id. */
	ATTACHMENT(11),

	/** A value this version does not know. */
	UNKNOWN(-1);

	private final int value;

	ApplicationCommandOptionType(int value) {
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
	public static ApplicationCommandOptionType of(int value) {
		for (ApplicationCommandOptionType candidate : values()) {
			if (candidate.value == value && candidate != UNKNOWN) {
				return candidate;
			}
		}
		return UNKNOWN;
	}

}
