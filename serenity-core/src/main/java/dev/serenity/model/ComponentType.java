package dev.serenity.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The type of a {@link Component}.
 */
public enum ComponentType {

	/** A row of buttons or one select menu. */
	ACTION_ROW(1),

	/** A button. */
	BUTTON(2),

	/** A select menu of text options. */
	STRING_SELECT(3),

	/** A text field in a modal. */
	TEXT_INPUT(4),

	/** A select menu of users. */
	USER_SELECT(5),

	/** A select menu of roles. */
	ROLE_SELECT(6),

	/** A select menu of users and roles. */
	MENTIONABLE_SELECT(7),

	/** A select menu of channels. */
	CHANNEL_SELECT(8),

	/** Text with an accessory beside it. */
	SECTION(9),

	/** Markdown text. */
	TEXT_DISPLAY(10),

	/** A small image, as a section accessory. */
	THUMBNAIL(11),

	/** A gallery of images and videos. */
	MEDIA_GALLERY(12),

	/** An attached file. */
	FILE(13),

	/** Vertical space, optionally with a line. */
	SEPARATOR(14),

	/** A box around other components, with an optional accent colour. */
	CONTAINER(17),

	/** A label and description around a modal component. */
	LABEL(18),

	/** A file upload field in a modal. */
	FILE_UPLOAD(19),

	/** A group of radio buttons in a modal. */
	RADIO_GROUP(21),

	/** A group of checkboxes in a modal. */
	CHECKBOX_GROUP(22),

	/** A single checkbox in a modal. */
	CHECKBOX(23),

	/** A value this version does not know. */
	UNKNOWN(-1);

	private final int value;

	ComponentType(int value) {
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
	public static ComponentType of(int value) {
		for (ComponentType candidate : values()) {
			if (candidate.value == value && candidate != UNKNOWN) {
				return candidate;
			}
		}
		return UNKNOWN;
	}

}
