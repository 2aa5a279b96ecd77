package dev.serenity.rest.api.component;

import java.util.Map;

import dev.serenity.model.ComponentType;

/**
 * A text field of a modal, inside a {@link Label} (or, the legacy way, alone in an {@link ActionRow} with its own
 * {@code label}).
 *
 * @param id the optional numeric id, or {@code null}
 * @param customId the id sent back with the value, at most {@value ComponentRules#MAX_CUSTOM_ID} characters
 * @param style {@link #SHORT} or {@link #PARAGRAPH}
 * @param label the legacy label, at most {@value ComponentRules#MAX_LABEL} characters; {@code null} inside a
 * {@link Label}
 * @param minLength the fewest characters, 0 to {@value ComponentRules#MAX_TEXT_INPUT_LENGTH}, or {@code null}
 * @param maxLength the most characters, 1 to {@value ComponentRules#MAX_TEXT_INPUT_LENGTH}, or {@code null}
 * @param required whether a value is required, or {@code null} for Discord's default ({@code true})
 * @param value the prefilled text, at most {@value ComponentRules#MAX_TEXT_INPUT_LENGTH} characters, or {@code null}
 * @param placeholder at most {@value ComponentRules#MAX_TEXT_INPUT_PLACEHOLDER} characters, or {@code null}
 */
public record TextInput(Integer id, String customId, int style, String label, Integer minLength, Integer maxLength,
		Boolean required, String value, String placeholder) implements MessageComponent.RowChild,
		MessageComponent.LabelChild {

	/** A single-line input. */
	public static final int SHORT = 1;

	/** A multi-line input. */
	public static final int PARAGRAPH = 2;

	/**
	 * Return a single-line input for a {@link Label}.
	 * @param customId the custom id
	 * @return the input
	 */
	public static TextInput shortText(String customId) {
		return new TextInput(null, customId, SHORT, null, null, null, null, null, null);
	}

	/**
	 * Return a multi-line input for a {@link Label}.
	 * @param customId the custom id
	 * @return the input
	 */
	public static TextInput paragraph(String customId) {
		return new TextInput(null, customId, PARAGRAPH, null, null, null, null, null, null);
	}

	/**
	 * Return a copy with length limits.
	 * @param minLength the fewest characters
	 * @param maxLength the most characters
	 * @return the input
	 */
	public TextInput withLength(int minLength, int maxLength) {
		return new TextInput(this.id, this.customId, this.style, this.label, minLength, maxLength, this.required,
				this.value, this.placeholder);
	}

	/**
	 * Return a copy that is required or optional.
	 * @param required whether a value is required
	 * @return the input
	 */
	public TextInput withRequired(boolean required) {
		return new TextInput(this.id, this.customId, this.style, this.label, this.minLength, this.maxLength, required,
				this.value, this.placeholder);
	}

	/**
	 * Return a copy with a prefilled value and a placeholder.
	 * @param value the prefilled text, or {@code null}
	 * @param placeholder the placeholder, or {@code null}
	 * @return the input
	 */
	public TextInput withText(String value, String placeholder) {
		return new TextInput(this.id, this.customId, this.style, this.label, this.minLength, this.maxLength,
				this.required, value, placeholder);
	}

	/**
	 * Return a copy with the legacy label (for an input alone in an action row).
	 * @param label the label
	 * @return the input
	 */
	public TextInput withLabel(String label) {
		return new TextInput(this.id, this.customId, this.style, label, this.minLength, this.maxLength, this.required,
				this.value, this.placeholder);
	}

	@Override
	public ComponentType type() {
		return ComponentType.TEXT_INPUT;
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = Json.start(type(), this.id);
		json.put("custom_id", this.customId);
		json.put("style", this.style);
		Json.put(json, "label", this.label);
		Json.put(json, "min_length", this.minLength);
		Json.put(json, "max_length", this.maxLength);
		Json.put(json, "required", this.required);
		Json.put(json, "value", this.value);
		Json.put(json, "placeholder", this.placeholder);
		return json;
	}

}
