package dev.serenity.boot.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.serenity.model.ApplicationCommand;
import dev.serenity.model.ApplicationCommandType;
import dev.serenity.model.ChannelType;
import dev.serenity.rest.api.CommandChoice;
import dev.serenity.rest.api.CommandCreate;
import dev.serenity.rest.api.CommandOption;

/**
 * Compares declared commands with those Discord has registered, on what a bulk overwrite would change: names,
 * descriptions, localizations, options (types, choices, limits, required and autocomplete flags), default member
 * permissions, NSFW, and contexts and integration types where declared. Discord's defaults count as unset
 * ({@code required} and {@code autocomplete} false, an absent type {@code CHAT_INPUT}), and numbers are compared by
 * value.
 */
final class CommandComparison {

	private CommandComparison() {
	}

	/**
	 * The differences between two sets of commands.
	 *
	 * @param added declared but not registered, as {@code TYPE name}
	 * @param changed registered differently
	 * @param removed registered but no longer declared
	 */
	record Difference(List<String> added, List<String> changed, List<String> removed) {

		boolean isEmpty() {
			return this.added.isEmpty() && this.changed.isEmpty() && this.removed.isEmpty();
		}

		@Override
		public String toString() {
			return "added " + this.added + ", changed " + this.changed + ", removed " + this.removed;
		}

	}

	static Difference compare(List<CommandCreate> declared, List<ApplicationCommand> registered) {
		Map<String, Map<String, Object>> wanted = new TreeMap<>();
		Map<String, CommandCreate> declaredByKey = new LinkedHashMap<>();
		for (CommandCreate command : declared) {
			wanted.put(key(command.type(), command.name()), canonical(command));
			declaredByKey.put(key(command.type(), command.name()), command);
		}
		Map<String, Map<String, Object>> actual = new TreeMap<>();
		for (ApplicationCommand command : registered) {
			ApplicationCommandType type = (command.type() != null) ? command.type() : ApplicationCommandType.CHAT_INPUT;
			CommandCreate counterpart = declaredByKey.get(key(type, command.name()));
			actual.put(key(type, command.name()), canonical(command, type, counterpart));
		}
		List<String> added = new ArrayList<>();
		List<String> changed = new ArrayList<>();
		for (Map.Entry<String, Map<String, Object>> entry : wanted.entrySet()) {
			Map<String, Object> current = actual.get(entry.getKey());
			if (current == null) {
				added.add(entry.getKey());
			}
			else if (!current.equals(entry.getValue())) {
				changed.add(entry.getKey());
			}
		}
		List<String> removed = actual.keySet().stream().filter((key) -> !wanted.containsKey(key)).toList();
		return new Difference(added, changed, removed);
	}

	private static String key(ApplicationCommandType type, String name) {
		return type + " " + name;
	}

	private static Map<String, Object> canonical(CommandCreate command) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("description", command.description());
		map.put("nameLocalizations", command.nameLocalizations());
		map.put("descriptionLocalizations", command.descriptionLocalizations());
		map.put("options", command.options().stream().map(CommandComparison::canonical).toList());
		map.put("permissions", (command.defaultMemberPermissions() != null)
				? command.defaultMemberPermissions().value() : null);
		map.put("nsfw", command.nsfw());
		map.put("contexts", command.contexts());
		map.put("integrationTypes", command.integrationTypes());
		return map;
	}

	/** The registered command in the same form; contexts and integration types only where the declaration has them. */
	private static Map<String, Object> canonical(ApplicationCommand command, ApplicationCommandType type,
			CommandCreate counterpart) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("description", (type == ApplicationCommandType.CHAT_INPUT) ? command.description() : "");
		map.put("nameLocalizations", command.nameLocalizations());
		map.put("descriptionLocalizations", command.descriptionLocalizations());
		map.put("options", command.options().stream().map(CommandComparison::canonical).toList());
		map.put("permissions", (command.defaultMemberPermissions() != null)
				? command.defaultMemberPermissions().value() : null);
		map.put("nsfw", Boolean.TRUE.equals(command.nsfw()));
		map.put("contexts", (counterpart != null && counterpart.contexts() == null) ? null : command.contexts());
		map.put("integrationTypes", (counterpart != null && counterpart.integrationTypes() == null) ? null
				: command.integrationTypes());
		return map;
	}

	private static Map<String, Object> canonical(CommandOption option) {
		return option(option.type().value(), option.name(), option.description(), option.nameLocalizations(),
				option.descriptionLocalizations(), option.required(),
				option.choices().stream().map(CommandComparison::canonical).toList(),
				option.options().stream().map(CommandComparison::canonical).toList(), option.channelTypes(),
				number(option.minValue()), number(option.maxValue()), option.minLength(), option.maxLength(),
				option.autocomplete());
	}

	private static Map<String, Object> canonical(ApplicationCommand.Option option) {
		return option(option.type().value(), option.name(), option.description(), option.nameLocalizations(),
				option.descriptionLocalizations(), Boolean.TRUE.equals(option.required()),
				option.choices().stream().map(CommandComparison::canonical).toList(),
				option.options().stream().map(CommandComparison::canonical).toList(), option.channelTypes(),
				number(option.minValue()), number(option.maxValue()), option.minLength(), option.maxLength(),
				Boolean.TRUE.equals(option.autocomplete()));
	}

	@SuppressWarnings("checkstyle:ParameterNumber")
	private static Map<String, Object> option(int type, String name, String description,
			Map<String, String> nameLocalizations, Map<String, String> descriptionLocalizations, boolean required,
			List<Map<String, Object>> choices, List<Map<String, Object>> options, List<ChannelType> channelTypes,
			Double minValue, Double maxValue, Integer minLength, Integer maxLength, boolean autocomplete) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("type", type);
		map.put("name", name);
		map.put("description", description);
		map.put("nameLocalizations", nameLocalizations);
		map.put("descriptionLocalizations", descriptionLocalizations);
		map.put("required", required);
		map.put("choices", choices);
		map.put("options", options);
		map.put("channelTypes", channelTypes);
		map.put("minValue", minValue);
		map.put("maxValue", maxValue);
		map.put("minLength", minLength);
		map.put("maxLength", maxLength);
		map.put("autocomplete", autocomplete);
		return map;
	}

	private static Map<String, Object> canonical(CommandChoice choice) {
		return choice(choice.name(), choice.nameLocalizations(), choice.value());
	}

	private static Map<String, Object> canonical(ApplicationCommand.Choice choice) {
		return choice(choice.name(), choice.nameLocalizations(), choice.value());
	}

	private static Map<String, Object> choice(String name, Map<String, String> localizations, Object value) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("name", name);
		map.put("nameLocalizations", localizations);
		map.put("value", (value instanceof Number number) ? (Object) number.doubleValue() : Objects.toString(value));
		return map;
	}

	private static Double number(Number value) {
		return (value != null) ? value.doubleValue() : null;
	}

}
