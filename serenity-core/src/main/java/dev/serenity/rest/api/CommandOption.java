package dev.serenity.rest.api;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.serenity.model.ApplicationCommandOptionType;
import dev.serenity.model.ApplicationCommandType;
import dev.serenity.model.ChannelType;

/**
 * A parameter of a slash command, or a sub-command or sub-command group. Immutable and checked when built, with
 * Discord's rules: names like a slash command's, descriptions of 1 to 100 characters, at most
 * {@value #MAX_CHOICES} choices of the option's type, value bounds only on numbers, length bounds only on strings,
 * channel types only on channels, and sub-commands only in groups.
 *
 * <pre>{@code
 * CommandOption.builder(ApplicationCommandOptionType.INTEGER, "count", "How many")
 *     .required(true).minValue(1).maxValue(10).build();
 * }</pre>
 *
 * @param type the option type
 * @param name the name
 * @param nameLocalizations the name per locale; never {@code null}
 * @param description the description
 * @param descriptionLocalizations the description per locale; never {@code null}
 * @param required whether the user must give it (never for sub-commands and groups)
 * @param choices the values to pick from; never {@code null}
 * @param options the options of a sub-command or group; never {@code null}
 * @param channelTypes the channel types a {@code CHANNEL} option accepts; never {@code null}
 * @param minValue the smallest value of an {@code INTEGER} or {@code NUMBER}, or {@code null}
 * @param maxValue the largest value of an {@code INTEGER} or {@code NUMBER}, or {@code null}
 * @param minLength the fewest characters of a {@code STRING}, or {@code null}
 * @param maxLength the most characters of a {@code STRING}, or {@code null}
 * @param autocomplete whether values come from autocomplete interactions (not with choices)
 */
public record CommandOption(ApplicationCommandOptionType type, String name, Map<String, String> nameLocalizations,
		String description, Map<String, String> descriptionLocalizations, boolean required,
		List<CommandChoice> choices, List<CommandOption> options, List<ChannelType> channelTypes, Number minValue,
		Number maxValue, Integer minLength, Integer maxLength, boolean autocomplete) {

	/** Most options of a command or sub-command. */
	public static final int MAX_OPTIONS = 25;

	/** Most choices of an option. */
	public static final int MAX_CHOICES = 25;

	/** Largest {@code min_length} and {@code max_length}. */
	public static final int MAX_STRING_LENGTH = 6000;

	private static final Set<ApplicationCommandOptionType> WITH_CHOICES = EnumSet.of(
			ApplicationCommandOptionType.STRING, ApplicationCommandOptionType.INTEGER,
			ApplicationCommandOptionType.NUMBER);

	/**
	 * Create an option.
	 * @throws IllegalArgumentException naming the field at fault
	 */
	public CommandOption {
		if (type == null || type == ApplicationCommandOptionType.UNKNOWN) {
			throw new IllegalArgumentException("'type' must be a known option type but was " + type);
		}
		CommandChecks.name("name", name, ApplicationCommandType.CHAT_INPUT);
		CommandChecks.description("description", description, ApplicationCommandType.CHAT_INPUT);
		nameLocalizations = CommandChecks.nameLocalizations(nameLocalizations, ApplicationCommandType.CHAT_INPUT);
		descriptionLocalizations = CommandChecks.descriptionLocalizations(descriptionLocalizations,
				ApplicationCommandType.CHAT_INPUT);
		choices = Checks.list("choices", choices, MAX_CHOICES);
		options = Checks.list("options", options, MAX_OPTIONS);
		channelTypes = Checks.list("channelTypes", channelTypes, ChannelType.values().length);
		boolean subCommand = type == ApplicationCommandOptionType.SUB_COMMAND;
		boolean group = type == ApplicationCommandOptionType.SUB_COMMAND_GROUP;
		if ((subCommand || group) && required) {
			throw new IllegalArgumentException("'required' must be false for a " + type);
		}
		if (group) {
			if (options.isEmpty()) {
				throw new IllegalArgumentException("'options' of a SUB_COMMAND_GROUP must hold sub-commands");
			}
			for (int i = 0; i < options.size(); i++) {
				if (options.get(i).type() != ApplicationCommandOptionType.SUB_COMMAND) {
					throw new IllegalArgumentException("'options[" + i + "]' of a SUB_COMMAND_GROUP must be a "
							+ "SUB_COMMAND but is " + options.get(i).type());
				}
			}
		}
		else if (subCommand) {
			for (int i = 0; i < options.size(); i++) {
				if (options.get(i).isSubCommand()) {
					throw new IllegalArgumentException("'options[" + i + "]' of a SUB_COMMAND must not be a "
							+ options.get(i).type());
				}
			}
		}
		else if (!options.isEmpty()) {
			throw new IllegalArgumentException("'options' are only for SUB_COMMAND and SUB_COMMAND_GROUP, not " + type);
		}
		options = CommandChecks.options("options", options);
		if (!choices.isEmpty()) {
			if (!WITH_CHOICES.contains(type)) {
				throw new IllegalArgumentException("'choices' are only for STRING, INTEGER and NUMBER, not " + type);
			}
			for (int i = 0; i < choices.size(); i++) {
				checkChoice("choices[" + i + "].value", type, choices.get(i).value());
			}
			if (autocomplete) {
				throw new IllegalArgumentException("'autocomplete' must be false when 'choices' are given");
			}
		}
		if (autocomplete && !WITH_CHOICES.contains(type)) {
			throw new IllegalArgumentException("'autocomplete' is only for STRING, INTEGER and NUMBER, not " + type);
		}
		if (!channelTypes.isEmpty() && type != ApplicationCommandOptionType.CHANNEL) {
			throw new IllegalArgumentException("'channelTypes' are only for CHANNEL options, not " + type);
		}
		checkValueBounds(type, minValue, maxValue);
		checkLengthBounds(type, minLength, maxLength);
	}

	private static void checkChoice(String field, ApplicationCommandOptionType type, Object value) {
		boolean fits = switch (type) {
			case STRING -> value instanceof String;
			case INTEGER -> value instanceof Long;
			default -> value instanceof Long || value instanceof Double;
		};
		if (!fits) {
			throw new IllegalArgumentException("'" + field + "' must be a " + ((type == ApplicationCommandOptionType
				.STRING) ? "String" : (type == ApplicationCommandOptionType.INTEGER) ? "Long" : "number")
					+ " for a " + type + " option but was " + value);
		}
	}

	private static void checkValueBounds(ApplicationCommandOptionType type, Number min, Number max) {
		if (min == null && max == null) {
			return;
		}
		if (type != ApplicationCommandOptionType.INTEGER && type != ApplicationCommandOptionType.NUMBER) {
			throw new IllegalArgumentException("'minValue' and 'maxValue' are only for INTEGER and NUMBER, not " + type);
		}
		for (Number bound : new Number[] { min, max }) {
			if (bound != null && type == ApplicationCommandOptionType.INTEGER
					&& !(bound instanceof Long || bound instanceof Integer)) {
				throw new IllegalArgumentException("'minValue' and 'maxValue' of an INTEGER must be whole numbers "
						+ "but was " + bound);
			}
			if (bound != null && !Double.isFinite(bound.doubleValue())) {
				throw new IllegalArgumentException("'minValue' and 'maxValue' must be finite but was " + bound);
			}
			if (bound != null && Math.abs(bound.doubleValue()) > CommandChecks.MAX_SAFE_INTEGER) {
				throw new IllegalArgumentException("'minValue' and 'maxValue' must be between -2^53 and 2^53 but was "
						+ bound);
			}
		}
		if (min != null && max != null && min.doubleValue() > max.doubleValue()) {
			throw new IllegalArgumentException("'minValue' (" + min + ") must not be greater than 'maxValue' (" + max
					+ ")");
		}
	}

	private static void checkLengthBounds(ApplicationCommandOptionType type, Integer min, Integer max) {
		if (min == null && max == null) {
			return;
		}
		if (type != ApplicationCommandOptionType.STRING) {
			throw new IllegalArgumentException("'minLength' and 'maxLength' are only for STRING, not " + type);
		}
		if (min != null && (min < 0 || min > MAX_STRING_LENGTH)) {
			throw new IllegalArgumentException("'minLength' must be 0 to " + MAX_STRING_LENGTH + " but was " + min);
		}
		if (max != null && (max < 1 || max > MAX_STRING_LENGTH)) {
			throw new IllegalArgumentException("'maxLength' must be 1 to " + MAX_STRING_LENGTH + " but was " + max);
		}
		if (min != null && max != null && min > max) {
			throw new IllegalArgumentException("'minLength' (" + min + ") must not be greater than 'maxLength' ("
					+ max + ")");
		}
	}

	/**
	 * Start a builder.
	 * @param type the option type
	 * @param name the name
	 * @param description the description
	 * @return the builder
	 */
	public static Builder builder(ApplicationCommandOptionType type, String name, String description) {
		return new Builder(type, name, description);
	}

	/**
	 * Create an optional string option.
	 * @param name the name
	 * @param description the description
	 * @return the option
	 */
	public static CommandOption string(String name, String description) {
		return builder(ApplicationCommandOptionType.STRING, name, description).build();
	}

	/**
	 * Return whether this is a sub-command or group.
	 * @return whether it is
	 */
	public boolean isSubCommand() {
		return this.type == ApplicationCommandOptionType.SUB_COMMAND
				|| this.type == ApplicationCommandOptionType.SUB_COMMAND_GROUP;
	}

	int totalLength() {
		int total = this.name.length() + this.description.length();
		for (CommandChoice choice : this.choices) {
			total += choice.name().length() + String.valueOf(choice.value()).length();
		}
		for (CommandOption option : this.options) {
			total += option.totalLength();
		}
		return total;
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", this.type.value());
		json.put("name", this.name);
		CommandChecks.putDescribed(json, this.nameLocalizations, this.description, this.descriptionLocalizations);
		if (this.required) {
			json.put("required", true);
		}
		if (!this.choices.isEmpty()) {
			json.put("choices", this.choices.stream().map(CommandChoice::toJson).toList());
		}
		if (!this.options.isEmpty()) {
			json.put("options", this.options.stream().map(CommandOption::toJson).toList());
		}
		if (!this.channelTypes.isEmpty()) {
			json.put("channel_types", this.channelTypes.stream().map(ChannelType::value).toList());
		}
		putIfSet(json, "min_value", this.minValue);
		putIfSet(json, "max_value", this.maxValue);
		putIfSet(json, "min_length", this.minLength);
		putIfSet(json, "max_length", this.maxLength);
		if (this.autocomplete) {
			json.put("autocomplete", true);
		}
		return json;
	}

	private static void putIfSet(Map<String, Object> json, String name, Object value) {
		if (value != null) {
			json.put(name, value);
		}
	}

	/** Builds a {@link CommandOption}; {@link #build()} checks the values. */
	public static final class Builder {

		private final ApplicationCommandOptionType type;

		private final String name;

		private final String description;

		private Map<String, String> nameLocalizations = Map.of();

		private Map<String, String> descriptionLocalizations = Map.of();

		private boolean required;

		private final List<CommandChoice> choices = new ArrayList<>();

		private final List<CommandOption> options = new ArrayList<>();

		private List<ChannelType> channelTypes = List.of();

		private Number minValue;

		private Number maxValue;

		private Integer minLength;

		private Integer maxLength;

		private boolean autocomplete;

		private Builder(ApplicationCommandOptionType type, String name, String description) {
			this.type = type;
			this.name = name;
			this.description = description;
		}

		/** Set the name per locale. @param localizations locale to name @return this builder */
		public Builder nameLocalizations(Map<String, String> localizations) {
			this.nameLocalizations = localizations;
			return this;
		}

		/** Set the description per locale. @param localizations locale to text @return this builder */
		public Builder descriptionLocalizations(Map<String, String> localizations) {
			this.descriptionLocalizations = localizations;
			return this;
		}

		/** Set whether the option must be given. @param required whether it must @return this builder */
		public Builder required(boolean required) {
			this.required = required;
			return this;
		}

		/** Add a choice. @param name the name shown @param value the value @return this builder */
		public Builder choice(String name, Object value) {
			this.choices.add(CommandChoice.of(name, value));
			return this;
		}

		/** Add a choice. @param choice the choice @return this builder */
		public Builder choice(CommandChoice choice) {
			this.choices.add(choice);
			return this;
		}

		/** Add a nested option (of a sub-command or group). @param option the option @return this builder */
		public Builder option(CommandOption option) {
			this.options.add(option);
			return this;
		}

		/** Set the accepted channel types. @param types the types @return this builder */
		public Builder channelTypes(List<ChannelType> types) {
			this.channelTypes = types;
			return this;
		}

		/** Set the smallest value. @param minValue the bound @return this builder */
		public Builder minValue(Number minValue) {
			this.minValue = minValue;
			return this;
		}

		/** Set the largest value. @param maxValue the bound @return this builder */
		public Builder maxValue(Number maxValue) {
			this.maxValue = maxValue;
			return this;
		}

		/** Set the fewest characters. @param minLength the bound @return this builder */
		public Builder minLength(Integer minLength) {
			this.minLength = minLength;
			return this;
		}

		/** Set the most characters. @param maxLength the bound @return this builder */
		public Builder maxLength(Integer maxLength) {
			this.maxLength = maxLength;
			return this;
		}

		/** Set whether values come from autocomplete. @param autocomplete whether they do @return this builder */
		public Builder autocomplete(boolean autocomplete) {
			this.autocomplete = autocomplete;
			return this;
		}

		/**
		 * Build and check.
		 * @return the option
		 * @throws IllegalArgumentException naming the field at fault
		 */
		public CommandOption build() {
			return new CommandOption(this.type, this.name, this.nameLocalizations, this.description,
					this.descriptionLocalizations, this.required, new ArrayList<>(this.choices),
					new ArrayList<>(this.options), this.channelTypes, this.minValue, this.maxValue, this.minLength,
					this.maxLength, this.autocomplete);
		}

	}

}
