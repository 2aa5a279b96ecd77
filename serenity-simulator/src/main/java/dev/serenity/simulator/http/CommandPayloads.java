package dev.serenity.simulator.http;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Discord's validation of application command bodies: each problem is a 50035 naming the field, as Discord answers.
 * A valid body is normalized into the stored command's fields.
 */
final class CommandPayloads {

	static final int CHAT_INPUT = 1;

	static final int USER = 2;

	static final int MESSAGE = 3;

	static final int PRIMARY_ENTRY_POINT = 4;

	/** Most commands per type and scope. */
	static final Map<Integer, Integer> MAX_COMMANDS = Map.of(CHAT_INPUT, 100, USER, 15, MESSAGE, 15,
			PRIMARY_ENTRY_POINT, 1);

	static final int MAX_OPTIONS = 25;

	static final int MAX_CHOICES = 25;

	static final int MAX_NAME = 32;

	static final int MAX_DESCRIPTION = 100;

	static final int MAX_CHOICE_NAME = 100;

	static final int MAX_STRING_LENGTH = 6000;

	static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

	private static final Pattern NAME = Pattern.compile("^[-_'\\p{L}\\p{N}\\p{IsDevanagari}\\p{IsThai}]{1,32}$");

	private static final Set<String> LOCALES = Set.of("id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr",
			"hr", "it", "lt", "hu", "nl", "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru",
			"uk", "hi", "th", "zh-CN", "ja", "zh-TW", "ko");

	private CommandPayloads() {
	}

	/**
	 * Check a command body and copy its fields into the stored command.
	 * @param body the body (of a create, an edit or a bulk entry)
	 * @param prefix the field path prefix, e.g. {@code ""} or {@code "0."} in a bulk overwrite
	 * @param target the stored command, receiving the given fields
	 * @param type the command's type
	 * @param partial whether absent fields keep their value (PATCH)
	 */
	static void apply(JsonNode body, String prefix, ObjectNode target, int type, boolean partial) {
		if (!partial || body.has("name")) {
			target.put("name", name(body.get("name"), prefix + "name", type));
		}
		if (!partial || body.has("description")) {
			target.put("description", description(body.get("description"), prefix + "description", type));
		}
		for (String field : new String[] { "name_localizations", "description_localizations" }) {
			if (!partial || body.has(field)) {
				target.set(field, localizations(body.get(field), prefix + field, type, field.startsWith("name")));
			}
		}
		if (!partial || body.has("options")) {
			JsonNode options = body.get("options");
			if (options != null && !options.isNull() && !options.isEmpty() && type != CHAT_INPUT) {
				throw HttpError.invalidField(prefix + "options", "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
						"Context menu commands cannot have options");
			}
			if (type == CHAT_INPUT) {
				target.set("options", options(options, prefix + "options", 0));
			}
		}
		if (!partial || body.has("default_member_permissions")) {
			JsonNode permissions = body.get("default_member_permissions");
			if (permissions == null || permissions.isNull()) {
				target.putNull("default_member_permissions");
			}
			else {
				String text = permissions.asString();
				if (!text.matches("\\d{1,20}")) {
					throw HttpError.invalidField(prefix + "default_member_permissions", "NUMBER_TYPE_COERCE",
							"Value \"" + text + "\" is not a valid permission set.");
				}
				target.put("default_member_permissions", text);
			}
		}
		values(body, "contexts", prefix, target, Set.of(0, 1, 2), partial);
		values(body, "integration_types", prefix, target, Set.of(0, 1), partial);
		if (!partial || body.has("nsfw")) {
			JsonNode nsfw = body.get("nsfw");
			if (nsfw != null && !nsfw.isNull() && !nsfw.isBoolean()) {
				throw HttpError.invalidField(prefix + "nsfw", "BASE_TYPE_BOOLEAN", "Must be either true or false.");
			}
			target.put("nsfw", nsfw != null && nsfw.asBoolean(false));
		}
	}

	/**
	 * Read a command's type.
	 * @param body the body
	 * @param prefix the field path prefix
	 * @return 1 to 4; 1 when absent
	 */
	static int type(JsonNode body, String prefix) {
		JsonNode type = body.get("type");
		if (type == null || type.isNull()) {
			return CHAT_INPUT;
		}
		int value = type.asInt(0);
		if (!type.isIntegralNumber() || value < CHAT_INPUT || value > PRIMARY_ENTRY_POINT) {
			throw HttpError.invalidField(prefix + "type", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4}.");
		}
		return value;
	}

	private static String name(JsonNode name, String field, int type) {
		String text = requiredText(name, field);
		int length = text.codePointCount(0, text.length());
		if (length < 1 || length > MAX_NAME) {
			throw HttpError.invalidField(field, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and " + MAX_NAME
					+ " in length.");
		}
		if (type == CHAT_INPUT && (!NAME.matcher(text).matches() || !text.equals(text.toLowerCase(Locale.ROOT)))) {
			throw HttpError.invalidField(field, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
		}
		return text;
	}

	private static String description(JsonNode description, String field, int type) {
		if (type != CHAT_INPUT) {
			String text = (description == null || description.isNull()) ? "" : description.asString();
			if (!text.isEmpty()) {
				throw HttpError.invalidField(field, "BASE_TYPE_BAD_LENGTH", "Must be between 0 and 0 in length.");
			}
			return "";
		}
		String text = requiredText(description, field);
		int length = text.codePointCount(0, text.length());
		if (length < 1 || length > MAX_DESCRIPTION) {
			throw HttpError.invalidField(field, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and " + MAX_DESCRIPTION
					+ " in length.");
		}
		return text;
	}

	private static String requiredText(JsonNode node, String field) {
		if (node == null || node.isNull()) {
			throw HttpError.invalidField(field, "BASE_TYPE_REQUIRED", "This field is required");
		}
		if (!node.isString()) {
			throw HttpError.invalidField(field, "BASE_TYPE_STRING", "Could not interpret \"" + node + "\" as string.");
		}
		return node.asString();
	}

	private static JsonNode localizations(JsonNode map, String field, int type, boolean names) {
		if (map == null || map.isNull()) {
			return WorldJson.object().nullNode();
		}
		if (!map.isObject()) {
			throw HttpError.invalidField(field, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
		}
		ObjectNode copy = WorldJson.object();
		for (Map.Entry<String, JsonNode> entry : map.properties()) {
			String path = field + "." + entry.getKey();
			if (!LOCALES.contains(entry.getKey())) {
				throw HttpError.invalidField(path, "ENUM_TYPE_COERCE", "Value \"" + entry.getKey()
						+ "\" is not a valid enum value.");
			}
			copy.put(entry.getKey(), names ? name(entry.getValue(), path, type)
					: description(entry.getValue(), path, type));
		}
		return copy;
	}

	private static void values(JsonNode body, String field, String prefix, ObjectNode target, Set<Integer> allowed,
			boolean partial) {
		if (partial && !body.has(field)) {
			return;
		}
		JsonNode values = body.get(field);
		if (values == null || values.isNull()) {
			if (!partial && field.equals("integration_types")) {
				target.set(field, WorldJson.array().add(0));
			}
			else {
				target.putNull(field);
			}
			return;
		}
		if (!values.isArray()) {
			throw HttpError.invalidField(prefix + field, "BASE_TYPE_ARRAY", "Must be an array.");
		}
		Set<Integer> seen = new HashSet<>();
		ArrayNode copy = WorldJson.array();
		for (int i = 0; i < values.size(); i++) {
			JsonNode value = values.get(i);
			if (!value.isIntegralNumber() || !allowed.contains(value.asInt())) {
				throw HttpError.invalidField(prefix + field + "." + i, "ENUM_TYPE_COERCE", "Value \"" + value
						+ "\" is not a valid enum value.");
			}
			if (seen.add(value.asInt())) {
				copy.add(value.asInt());
			}
		}
		target.set(field, copy);
	}

	private static ArrayNode options(JsonNode options, String field, int depth) {
		ArrayNode copy = WorldJson.array();
		if (options == null || options.isNull()) {
			return copy;
		}
		if (!options.isArray()) {
			throw HttpError.invalidField(field, "BASE_TYPE_ARRAY", "Must be an array.");
		}
		if (options.size() > MAX_OPTIONS) {
			throw HttpError.invalidField(field, "BASE_TYPE_MAX_LENGTH", "Must be " + MAX_OPTIONS
					+ " or fewer in length.");
		}
		Set<String> names = new HashSet<>();
		boolean optionalSeen = false;
		for (int i = 0; i < options.size(); i++) {
			String path = field + "." + i;
			ObjectNode option = option(options.get(i), path, depth);
			if (!names.add(option.get("name").asString())) {
				throw HttpError.invalidField(field, "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS",
						"Application command option names must be unique");
			}
			int type = option.get("type").asInt();
			if (option.path("required").asBoolean(false)) {
				if (optionalSeen) {
					throw HttpError.invalidField(field, "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
							"Required options must be placed before non-required options");
				}
			}
			else if (type > 2) {
				optionalSeen = true;
			}
			copy.add(option);
		}
		return copy;
	}

	private static ObjectNode option(JsonNode option, String field, int depth) {
		if (option == null || !option.isObject()) {
			throw HttpError.invalidField(field, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
		}
		JsonNode typeNode = option.get("type");
		if (typeNode == null || !typeNode.isIntegralNumber() || typeNode.asInt() < 1 || typeNode.asInt() > 11) {
			throw HttpError.invalidField(field + ".type", "BASE_TYPE_CHOICES",
					"Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}.");
		}
		int type = typeNode.asInt();
		ObjectNode copy = WorldJson.object();
		copy.put("type", type);
		copy.put("name", name(option.get("name"), field + ".name", CHAT_INPUT));
		copy.set("name_localizations", localizations(option.get("name_localizations"), field + ".name_localizations",
				CHAT_INPUT, true));
		copy.put("description", description(option.get("description"), field + ".description", CHAT_INPUT));
		copy.set("description_localizations", localizations(option.get("description_localizations"),
				field + ".description_localizations", CHAT_INPUT, false));
		boolean required = option.path("required").asBoolean(false);
		if (type <= 2) {
			int maxDepth = (type == 2) ? 0 : 1;
			if (depth > maxDepth || required) {
				throw HttpError.invalidField(field + ".type", "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
						"Sub-command groups and sub-commands cannot be nested this way");
			}
			ArrayNode nested = options(option.get("options"), field + ".options", (type == 2) ? 1 : 2);
			if (type == 2) {
				for (JsonNode child : nested) {
					if (child.get("type").asInt() != 1) {
						throw HttpError.invalidField(field + ".options", "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
								"Sub-command groups may only hold sub-commands");
					}
				}
			}
			copy.set("options", nested);
			return copy;
		}
		if (option.hasNonNull("options") && !option.get("options").isEmpty()) {
			throw HttpError.invalidField(field + ".options", "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
					"Only sub-commands and groups may have options");
		}
		if (required) {
			copy.put("required", true);
		}
		choices(option, field, type, copy);
		bounds(option, field, type, copy);
		if (option.hasNonNull("channel_types")) {
			if (type != 7) {
				throw HttpError.invalidField(field + ".channel_types", "APPLICATION_COMMAND_OPTION_CHANNEL_TYPES_INVALID",
						"Channel types are only for channel options");
			}
			copy.set("channel_types", option.get("channel_types"));
		}
		if (option.path("autocomplete").asBoolean(false)) {
			if (type != 3 && type != 4 && type != 10) {
				throw HttpError.invalidField(field + ".autocomplete", "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID",
						"Autocomplete is only for STRING, INTEGER and NUMBER options");
			}
			if (copy.has("choices")) {
				throw HttpError.invalidField(field + ".autocomplete", "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID",
						"Autocomplete cannot be used with choices");
			}
			copy.put("autocomplete", true);
		}
		return copy;
	}

	private static void choices(JsonNode option, String field, int type, ObjectNode copy) {
		JsonNode choices = option.get("choices");
		if (choices == null || choices.isNull()) {
			return;
		}
		if (type != 3 && type != 4 && type != 10) {
			throw HttpError.invalidField(field + ".choices", "APPLICATION_COMMAND_OPTION_CHOICES_INVALID",
					"Choices are only for STRING, INTEGER and NUMBER options");
		}
		if (!choices.isArray() || choices.size() > MAX_CHOICES) {
			throw HttpError.invalidField(field + ".choices", "BASE_TYPE_MAX_LENGTH", "Must be " + MAX_CHOICES
					+ " or fewer in length.");
		}
		ArrayNode list = copy.putArray("choices");
		for (int i = 0; i < choices.size(); i++) {
			String path = field + ".choices." + i;
			JsonNode choice = choices.get(i);
			String name = requiredText(choice.get("name"), path + ".name");
			if (name.isEmpty() || name.length() > MAX_CHOICE_NAME) {
				throw HttpError.invalidField(path + ".name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and "
						+ MAX_CHOICE_NAME + " in length.");
			}
			JsonNode value = choice.get("value");
			boolean fits = (type == 3) ? value != null && value.isString() && !value.asString().isEmpty()
					&& value.asString().length() <= 100
					: (type == 4) ? value != null && value.isIntegralNumber()
							&& Math.abs(value.asLong()) <= MAX_SAFE_INTEGER : value != null && value.isNumber();
			if (!fits) {
				throw HttpError.invalidField(path + ".value", (type == 3) ? "BASE_TYPE_BAD_LENGTH"
						: "NUMBER_TYPE_COERCE", "Value \"" + value + "\" does not fit the option's type.");
			}
			ObjectNode entry = list.addObject();
			entry.put("name", name);
			entry.set("name_localizations", localizations(choice.get("name_localizations"),
					path + ".name_localizations", CHAT_INPUT, false));
			entry.set("value", value);
		}
	}

	private static void bounds(JsonNode option, String field, int type, ObjectNode copy) {
		JsonNode minValue = option.get("min_value");
		JsonNode maxValue = option.get("max_value");
		if ((minValue != null && !minValue.isNull()) || (maxValue != null && !maxValue.isNull())) {
			if (type != 4 && type != 10) {
				throw HttpError.invalidField(field + ".min_value", "APPLICATION_COMMAND_OPTION_MIN_MAX_INVALID",
						"min_value and max_value are only for INTEGER and NUMBER options");
			}
			if (minValue != null && maxValue != null && minValue.isNumber() && maxValue.isNumber()
					&& minValue.asDouble() > maxValue.asDouble()) {
				throw HttpError.invalidField(field + ".min_value", "NUMBER_TYPE_MAX",
						"min_value must be less than or equal to max_value");
			}
			if (minValue != null) {
				copy.set("min_value", minValue);
			}
			if (maxValue != null) {
				copy.set("max_value", maxValue);
			}
		}
		JsonNode minLength = option.get("min_length");
		JsonNode maxLength = option.get("max_length");
		if ((minLength != null && !minLength.isNull()) || (maxLength != null && !maxLength.isNull())) {
			if (type != 3) {
				throw HttpError.invalidField(field + ".min_length", "APPLICATION_COMMAND_OPTION_LENGTH_INVALID",
						"min_length and max_length are only for STRING options");
			}
			if (minLength != null && (minLength.asInt(-1) < 0 || minLength.asInt() > MAX_STRING_LENGTH)) {
				throw HttpError.invalidField(field + ".min_length", "NUMBER_TYPE_MAX",
						"Int should be between 0 and " + MAX_STRING_LENGTH + ".");
			}
			if (maxLength != null && (maxLength.asInt(0) < 1 || maxLength.asInt() > MAX_STRING_LENGTH)) {
				throw HttpError.invalidField(field + ".max_length", "NUMBER_TYPE_MAX",
						"Int should be between 1 and " + MAX_STRING_LENGTH + ".");
			}
			if (minLength != null) {
				copy.set("min_length", minLength);
			}
			if (maxLength != null) {
				copy.set("max_length", maxLength);
			}
		}
	}

}
