package dev.serenity.simulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimOverwrite;
import tools.jackson.databind.JsonNode;

/**
 * Reads and checks the JSON fields of the channel, thread and invite routes, with Discord's 50035 field errors.
 */
final class ChannelPayloads {

	/** Most characters of a channel or thread name. */
	static final int MAX_NAME_LENGTH = 100;

	/** Most characters of a topic. */
	static final int MAX_TOPIC_LENGTH = 1024;

	/** Most characters of a forum or media channel's topic (its guidelines). */
	static final int MAX_FORUM_TOPIC_LENGTH = 4096;

	/** Longest slowmode, in seconds. */
	static final int MAX_RATE_LIMIT_PER_USER = 21600;

	/** Lowest voice bitrate. */
	static final int MIN_BITRATE = 8000;

	/** Highest voice bitrate without boosts. */
	static final int MAX_BITRATE = 96000;

	/** Most users a voice channel may limit to. */
	static final int MAX_USER_LIMIT = 99;

	/** Most overwrites a channel may have. */
	static final int MAX_OVERWRITES = 100;

	/** The archive delays Discord accepts, in minutes. */
	static final Set<Integer> AUTO_ARCHIVE_DURATIONS = Set.of(60, 1440, 4320, 10080);

	private ChannelPayloads() {
	}

	static JsonNode object(HttpCall call) {
		return HttpError.requireObject(call.requireJson());
	}

	/** A name of 1 to 100 characters; {@code null} when absent and not required. */
	static String name(JsonNode body, String field, boolean required) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			if (required) {
				throw HttpError.invalidField(field, "BASE_TYPE_REQUIRED", "This field is required");
			}
			return null;
		}
		String text = value.isString() ? value.asString().strip() : value.toString();
		int length = text.codePointCount(0, text.length());
		if (length < 1 || length > MAX_NAME_LENGTH) {
			throw HttpError.invalidField(field, "BASE_TYPE_BAD_LENGTH",
					"Must be between 1 and " + MAX_NAME_LENGTH + " in length.");
		}
		return text;
	}

	/** A topic within the limit of the channel type; empty text clears it. */
	static String topic(JsonNode body, int type) {
		JsonNode value = body.get("topic");
		if (value == null || value.isNull()) {
			return null;
		}
		String text = value.asString();
		int max = (type == SimChannel.GUILD_FORUM || type == SimChannel.GUILD_MEDIA) ? MAX_FORUM_TOPIC_LENGTH
				: MAX_TOPIC_LENGTH;
		if (text.codePointCount(0, text.length()) > max) {
			throw HttpError.invalidField("topic", "BASE_TYPE_MAX_LENGTH", "Must be " + max + " or fewer in length.");
		}
		return text.isEmpty() ? null : text;
	}

	/** A whole number within bounds, or the fallback when absent or {@code null}. */
	static int integer(JsonNode body, String field, int fallback, int min, int max) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return fallback;
		}
		if (!value.isIntegralNumber() && !(value.isString() && value.asString().matches("-?\\d{1,9}"))) {
			throw HttpError.invalidField(field, "NUMBER_TYPE_COERCE", "Value \"" + value.asString()
					+ "\" is not int.");
		}
		long number = value.asLong();
		if (number < min) {
			throw HttpError.invalidField(field, "NUMBER_TYPE_MIN", "int value should be greater than or equal to "
					+ min + ".");
		}
		if (number > max) {
			throw HttpError.invalidField(field, "NUMBER_TYPE_MAX", "int value should be less than or equal to "
					+ max + ".");
		}
		return (int) number;
	}

	/** A boolean, or the fallback when absent or {@code null}. */
	static boolean bool(JsonNode body, String field, boolean fallback) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return fallback;
		}
		if (!value.isBoolean()) {
			throw HttpError.invalidField(field, "BASE_TYPE_BOOLEAN", "Must be either true or false.");
		}
		return value.asBoolean();
	}

	/** A snowflake, 0 for {@code null}, or the fallback when absent. */
	static long snowflake(JsonNode body, String field, long fallback) {
		JsonNode value = body.get(field);
		if (value == null) {
			return fallback;
		}
		if (value.isNull()) {
			return 0;
		}
		String text = value.asString();
		if (!text.matches("\\d{1,20}")) {
			throw HttpError.invalidField(field, "NUMBER_TYPE_COERCE", "Value \"" + text + "\" is not snowflake.");
		}
		return Long.parseUnsignedLong(text);
	}

	/** An {@code auto_archive_duration}: 60, 1440, 4320 or 10080. */
	static int autoArchiveDuration(JsonNode body, int fallback) {
		JsonNode value = body.get("auto_archive_duration");
		if (value == null || value.isNull()) {
			return fallback;
		}
		int minutes = value.asInt(-1);
		if (!value.isIntegralNumber() || !AUTO_ARCHIVE_DURATIONS.contains(minutes)) {
			throw HttpError.invalidField("auto_archive_duration", "BASE_TYPE_CHOICES",
					"Value must be one of {60, 1440, 4320, 10080}.");
		}
		return minutes;
	}

	/** The {@code permission_overwrites} list, or the fallback when absent. */
	static List<SimOverwrite> overwrites(JsonNode body, List<SimOverwrite> fallback) {
		JsonNode value = body.get("permission_overwrites");
		if (value == null) {
			return fallback;
		}
		if (value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw HttpError.invalidField("permission_overwrites", "BASE_TYPE_ARRAY", "Must be an array.");
		}
		if (value.size() > MAX_OVERWRITES) {
			throw HttpError.invalidField("permission_overwrites", "BASE_TYPE_MAX_LENGTH",
					"Must be " + MAX_OVERWRITES + " or fewer in length.");
		}
		List<SimOverwrite> overwrites = new ArrayList<>();
		for (int i = 0; i < value.size(); i++) {
			overwrites.add(overwrite(value.get(i), "permission_overwrites." + i + ".", snowflake(value.get(i), "id",
					0)));
		}
		return overwrites;
	}

	/** One overwrite: {@code type} 0 or 1 is required, {@code allow} and {@code deny} default to 0. */
	static SimOverwrite overwrite(JsonNode value, String prefix, long id) {
		JsonNode type = value.get("type");
		if (type == null || type.isNull()) {
			throw HttpError.invalidField(prefix + "type", "BASE_TYPE_REQUIRED", "This field is required");
		}
		int kind = type.asInt(-1);
		if (kind != SimOverwrite.ROLE && kind != SimOverwrite.MEMBER) {
			throw HttpError.invalidField(prefix + "type", "BASE_TYPE_CHOICES", "Value must be one of {0, 1}.");
		}
		if (id == 0) {
			throw HttpError.invalidField(prefix + "id", "BASE_TYPE_REQUIRED", "This field is required");
		}
		return new SimOverwrite(id, kind, permissions(value, prefix, "allow"), permissions(value, prefix, "deny"));
	}

	private static long permissions(JsonNode value, String prefix, String field) {
		JsonNode bits = value.get(field);
		if (bits == null || bits.isNull()) {
			return 0;
		}
		String text = bits.asString();
		if (!text.matches("\\d{1,19}")) {
			throw HttpError.invalidField(prefix + field, "NUMBER_TYPE_COERCE", "Value \"" + text + "\" is not int.");
		}
		return Long.parseLong(text);
	}

}
