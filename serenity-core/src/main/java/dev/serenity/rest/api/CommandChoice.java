package dev.serenity.rest.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A value of a command option to pick from, or a suggestion of an autocomplete result. Checked when created.
 *
 * @param name the name shown, 1 to {@value #MAX_NAME_LENGTH} characters
 * @param nameLocalizations the name per locale; never {@code null}
 * @param value a {@link String} of at most {@value #MAX_STRING_VALUE_LENGTH} characters, or a {@link Long} or
 * {@link Double}
 */
public record CommandChoice(String name, Map<String, String> nameLocalizations, Object value) {

	/** Most characters of a choice's name. */
	public static final int MAX_NAME_LENGTH = 100;

	/** Most characters of a string value. */
	public static final int MAX_STRING_VALUE_LENGTH = 100;

	/**
	 * Create a choice.
	 * @throws IllegalArgumentException naming the field when the name is empty or too long, a localization is
	 * invalid, or the value is missing, too long or not a string or number
	 */
	public CommandChoice {
		CommandChecks.length("name", name, 1, MAX_NAME_LENGTH);
		nameLocalizations = CommandChecks.localizations("nameLocalizations", nameLocalizations,
				(field, text) -> CommandChecks.length(field, text, 1, MAX_NAME_LENGTH));
		if (value instanceof Integer number) {
			value = number.longValue();
		}
		if (value instanceof String text) {
			CommandChecks.length("value", text, 1, MAX_STRING_VALUE_LENGTH);
		}
		else if (value instanceof Long number) {
			CommandChecks.integer("value", number);
		}
		else if (!(value instanceof Double number) || !Double.isFinite(number)) {
			throw new IllegalArgumentException("'value' must be a String, Long or finite Double but was " + value);
		}
	}

	/**
	 * Create a choice without localizations.
	 * @param name the name shown
	 * @param value a string, whole number or decimal
	 * @return the choice
	 */
	public static CommandChoice of(String name, Object value) {
		return new CommandChoice(name, Map.of(), value);
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", this.name);
		if (!this.nameLocalizations.isEmpty()) {
			json.put("name_localizations", this.nameLocalizations);
		}
		json.put("value", this.value);
		return json;
	}

}
