package dev.serenity.rest.api.component;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.serenity.model.ComponentType;
import dev.serenity.rest.api.ReactionEmoji;

/**
 * A select menu of text options, alone in an {@link ActionRow} or in a {@link Label} of a modal.
 *
 * <pre>{@code
 * StringSelect.of("colour", Option.of("Red", "red"), Option.of("Blue", "blue")).withValues(1, 2)
 * }</pre>
 *
 * @param id the optional numeric id, or {@code null}
 * @param customId the id sent back in the interaction, at most {@value ComponentRules#MAX_CUSTOM_ID} characters
 * @param options 1 to {@value ComponentRules#MAX_SELECT_OPTIONS} options
 * @param placeholder the text shown when nothing is chosen, at most {@value ComponentRules#MAX_PLACEHOLDER}
 * characters, or {@code null}
 * @param minValues the fewest choices, 0 to 25, or {@code null} for Discord's default (1)
 * @param maxValues the most choices, 1 to 25, or {@code null} for Discord's default (1)
 * @param required whether a choice is required in a modal, or {@code null} for the default ({@code true})
 * @param disabled whether the select is disabled (messages only)
 */
public record StringSelect(Integer id, String customId, List<Option> options, String placeholder, Integer minValues,
		Integer maxValues, Boolean required, boolean disabled) implements MessageComponent.RowChild,
		MessageComponent.LabelChild {

	/**
	 * Create a select.
	 */
	public StringSelect {
		options = Json.copy(options);
	}

	/**
	 * Return a select with Discord's defaults (one choice).
	 * @param customId the custom id
	 * @param options the options
	 * @return the select
	 */
	public static StringSelect of(String customId, Option... options) {
		return new StringSelect(null, customId, Arrays.asList(options), null, null, null, null, false);
	}

	/**
	 * Return a copy with a placeholder.
	 * @param placeholder the placeholder
	 * @return the select
	 */
	public StringSelect withPlaceholder(String placeholder) {
		return new StringSelect(this.id, this.customId, this.options, placeholder, this.minValues, this.maxValues,
				this.required, this.disabled);
	}

	/**
	 * Return a copy with the number of choices.
	 * @param minValues the fewest choices
	 * @param maxValues the most choices
	 * @return the select
	 */
	public StringSelect withValues(int minValues, int maxValues) {
		return new StringSelect(this.id, this.customId, this.options, this.placeholder, minValues, maxValues,
				this.required, this.disabled);
	}

	/**
	 * Return a copy that is disabled or enabled.
	 * @param disabled whether it is disabled
	 * @return the select
	 */
	public StringSelect withDisabled(boolean disabled) {
		return new StringSelect(this.id, this.customId, this.options, this.placeholder, this.minValues,
				this.maxValues, this.required, disabled);
	}

	@Override
	public ComponentType type() {
		return ComponentType.STRING_SELECT;
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = Json.start(type(), this.id);
		json.put("custom_id", this.customId);
		json.put("options", this.options.stream().map(Option::toJson).toList());
		Json.put(json, "placeholder", this.placeholder);
		Json.put(json, "min_values", this.minValues);
		Json.put(json, "max_values", this.maxValues);
		Json.put(json, "required", this.required);
		if (this.disabled) {
			json.put("disabled", true);
		}
		return json;
	}

	/**
	 * An option of a string select.
	 *
	 * @param label the text shown, at most {@value ComponentRules#MAX_OPTION_TEXT} characters
	 * @param value the value sent back, at most {@value ComponentRules#MAX_OPTION_TEXT} characters
	 * @param description the extra text, at most {@value ComponentRules#MAX_OPTION_TEXT} characters, or {@code null}
	 * @param emoji the emoji, or {@code null}
	 * @param isDefault whether the option is chosen by default
	 */
	public record Option(String label, String value, String description, ReactionEmoji emoji, boolean isDefault) {

		/**
		 * Return an option with only a label and a value.
		 * @param label the text shown
		 * @param value the value sent back
		 * @return the option
		 */
		public static Option of(String label, String value) {
			return new Option(label, value, null, null, false);
		}

		/**
		 * Return a copy with a description.
		 * @param description the description
		 * @return the option
		 */
		public Option withDescription(String description) {
			return new Option(this.label, this.value, description, this.emoji, this.isDefault);
		}

		/**
		 * Return a copy chosen by default.
		 * @return the option
		 */
		public Option asDefault() {
			return new Option(this.label, this.value, this.description, this.emoji, true);
		}

		Map<String, Object> toJson() {
			Map<String, Object> json = new java.util.LinkedHashMap<>();
			json.put("label", this.label);
			json.put("value", this.value);
			Json.put(json, "description", this.description);
			Json.put(json, "emoji", Json.emoji(this.emoji));
			if (this.isDefault) {
				json.put("default", true);
			}
			return json;
		}

	}

}
