package dev.serenity.rest.api;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import dev.serenity.model.ApplicationCommandType;

/**
 * The checks of application commands, as Discord validates them: names, descriptions, localizations, contexts.
 */
final class CommandChecks {

	/** The pattern of slash command and option names. */
	static final Pattern CHAT_INPUT_NAME = Pattern.compile("^[-_'\\p{L}\\p{N}\\p{IsDevanagari}\\p{IsThai}]{1,32}$");

	/** Most characters of a name. */
	static final int MAX_NAME_LENGTH = 32;

	/** Most characters of a description. */
	static final int MAX_DESCRIPTION_LENGTH = 100;

	/** Largest magnitude of an INTEGER option value: 2^53 - 1. */
	static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

	/** The locales Discord accepts in localization maps. */
	static final Set<String> LOCALES = Set.of("id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it",
			"lt", "hu", "nl", "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi",
			"th", "zh-CN", "ja", "zh-TW", "ko");

	/** The interaction contexts: guild, bot DM, private channel. */
	static final Set<Integer> CONTEXTS = Set.of(0, 1, 2);

	/** The installation contexts: guild install, user install. */
	static final Set<Integer> INTEGRATION_TYPES = Set.of(0, 1);

	private CommandChecks() {
	}

	static String length(String field, String text, int min, int max) {
		if (text == null) {
			throw new IllegalArgumentException("'" + field + "' must not be null");
		}
		int length = text.codePointCount(0, text.length());
		if (length < min || length > max) {
			throw new IllegalArgumentException("'" + field + "' must have " + min + " to " + max
					+ " characters but has " + length);
		}
		return text;
	}

	/** A name of a command of the given type, or of an option ({@code CHAT_INPUT} rules). */
	static String name(String field, String name, ApplicationCommandType type) {
		length(field, name, 1, MAX_NAME_LENGTH);
		if (type == ApplicationCommandType.CHAT_INPUT) {
			if (!CHAT_INPUT_NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("'" + field + "' must match " + CHAT_INPUT_NAME.pattern()
						+ " (letters, digits, '-', '_' and ''' only) but was '" + name + "'");
			}
			if (!name.equals(name.toLowerCase(Locale.ROOT))) {
				throw new IllegalArgumentException("'" + field + "' must be lower case but was '" + name + "'");
			}
		}
		return name;
	}

	/** A description: 1 to 100 characters for slash commands and options, empty for context menu commands. */
	static String description(String field, String description, ApplicationCommandType type) {
		if (type == ApplicationCommandType.CHAT_INPUT) {
			return length(field, description, 1, MAX_DESCRIPTION_LENGTH);
		}
		if (description != null && !description.isEmpty()) {
			throw new IllegalArgumentException("'" + field + "' must be empty for " + type + " commands");
		}
		return "";
	}

	/** A localization map: known locales, each value checked; {@code null} becomes empty. */
	static Map<String, String> localizations(String field, Map<String, String> values,
			BiConsumer<String, String> check) {
		if (values == null) {
			return Map.of();
		}
		Map<String, String> copy = new LinkedHashMap<>();
		values.forEach((locale, text) -> {
			if (!LOCALES.contains(locale)) {
				throw new IllegalArgumentException("'" + field + "' has an unknown locale '" + locale
						+ "' (Discord's locales are " + LOCALES + ")");
			}
			check.accept(field + "[" + locale + "]", text);
			copy.put(locale, text);
		});
		return Map.copyOf(copy);
	}

	/** The name localizations of a command (or, with CHAT_INPUT, of an option): each name checked. */
	static Map<String, String> nameLocalizations(Map<String, String> values, ApplicationCommandType type) {
		return localizations("nameLocalizations", values, (field, text) -> name(field, text, type));
	}

	/** The description localizations of a command (or, with CHAT_INPUT, of an option): each text checked. */
	static Map<String, String> descriptionLocalizations(Map<String, String> values, ApplicationCommandType type) {
		return localizations("descriptionLocalizations", values, (field, text) -> description(field, text, type));
	}

	/**
	 * Put what follows the name in a command's or option's JSON: the name localizations (when any), the
	 * description and the description localizations (when any).
	 */
	static void putDescribed(Map<String, Object> json, Map<String, String> nameLocalizations, String description,
			Map<String, String> descriptionLocalizations) {
		if (!nameLocalizations.isEmpty()) {
			json.put("name_localizations", nameLocalizations);
		}
		json.put("description", description);
		if (!descriptionLocalizations.isEmpty()) {
			json.put("description_localizations", descriptionLocalizations);
		}
	}

	/** A whole number Discord can carry in an INTEGER option: at most 2^53 - 1 in magnitude. */
	static long integer(String field, long value) {
		if (Math.abs(value) > MAX_SAFE_INTEGER) {
			throw new IllegalArgumentException("'" + field + "' must be between -2^53+1 and 2^53-1 but was " + value);
		}
		return value;
	}

	/** Context values from a set; {@code null} stays {@code null} (Discord's default). */
	static List<Integer> values(String field, List<Integer> values, Set<Integer> allowed) {
		if (values == null) {
			return null;
		}
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < values.size(); i++) {
			Integer value = values.get(i);
			if (value == null || !allowed.contains(value)) {
				throw new IllegalArgumentException("'" + field + "[" + i + "]' must be one of " + allowed + " but was "
						+ value);
			}
			if (!seen.add(value)) {
				throw new IllegalArgumentException("'" + field + "' lists " + value + " more than once");
			}
		}
		return List.copyOf(values);
	}

	/** Options of a slash command or sub-command: at most 25, distinct names, required ones first. */
	static List<CommandOption> options(String field, List<CommandOption> options) {
		List<CommandOption> copy = Checks.list(field, options, CommandOption.MAX_OPTIONS);
		Set<String> names = new HashSet<>();
		boolean optionalSeen = false;
		for (int i = 0; i < copy.size(); i++) {
			CommandOption option = copy.get(i);
			if (!names.add(option.name())) {
				throw new IllegalArgumentException("'" + field + "' has two options named '" + option.name() + "'");
			}
			if (option.required()) {
				if (optionalSeen) {
					throw new IllegalArgumentException("'" + field + "[" + i + "]' ('" + option.name()
							+ "') is required but follows an optional option: required options must come first");
				}
			}
			else if (!option.isSubCommand()) {
				optionalSeen = true;
			}
		}
		return copy;
	}

	/** The sum of the characters of names, descriptions and choice values (Discord allows at most 8000). */
	static int totalLength(String name, String description, List<CommandOption> options) {
		int total = name.length() + ((description != null) ? description.length() : 0);
		for (CommandOption option : options) {
			total += option.totalLength();
		}
		return total;
	}

}
