package dev.serenity.model;

import java.util.List;

/**
 * An option of a command interaction. A sub-command or group holds its own {@code options}; a leaf option holds a
 * {@code value}.
 *
 * @param name the option's name
 * @param type the option type
 * @param value the value: a {@link String} (also for ids), {@link Long}, {@link Double} or {@link Boolean};
 * {@code null} for sub-commands
 * @param options the nested options of a sub-command or group; never {@code null}
 * @param focused whether this option is the one being autocompleted
 */
public record InteractionOption(String name, ApplicationCommandOptionType type, Object value,
		List<InteractionOption> options, Boolean focused) {

	/**
	 * Create an option; integer values are widened to {@link Long} and values other than strings, numbers and
	 * booleans are kept as text.
	 */
	public InteractionOption {
		options = Copies.list(options);
		if (value instanceof Integer number) {
			value = number.longValue();
		}
		else if (value instanceof Float number) {
			value = number.doubleValue();
		}
		else if (value != null && !(value instanceof String || value instanceof Long || value instanceof Double
				|| value instanceof Boolean)) {
			value = value.toString();
		}
	}

	/**
	 * Return the value as text.
	 * @return the value's text, or {@code null}
	 */
	public String stringValue() {
		return (this.value != null) ? this.value.toString() : null;
	}

	/**
	 * Return the value as an integer.
	 * @return the value, or {@code null} if it is not a whole number
	 */
	public Long longValue() {
		return (this.value instanceof Long number) ? number : null;
	}

	/**
	 * Return the value as a number.
	 * @return the value, or {@code null} if it is not a number
	 */
	public Double doubleValue() {
		return (this.value instanceof Number number) ? number.doubleValue() : null;
	}

	/**
	 * Return the value as a boolean.
	 * @return the value, or {@code null} if it is not a boolean
	 */
	public Boolean booleanValue() {
		return (this.value instanceof Boolean bool) ? bool : null;
	}

	/**
	 * Return the value as an id, for user, channel, role, mentionable and attachment options.
	 * @return the id, or {@code null} if the value is not one
	 * @throws IllegalArgumentException if the value is text but not a snowflake
	 */
	public Snowflake snowflakeValue() {
		if (this.value instanceof String text) {
			return Snowflake.parse(text);
		}
		return (this.value instanceof Long number && number >= 0) ? Snowflake.of(number) : null;
	}

	/**
	 * Return a nested option by name.
	 * @param name the option's name
	 * @return the option, or {@code null}
	 */
	public InteractionOption option(String name) {
		for (InteractionOption option : this.options) {
			if (option.name().equals(name)) {
				return option;
			}
		}
		return null;
	}

}
