package dev.serenity.rest.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.serenity.model.OverwriteType;
import dev.serenity.model.PermissionOverwrite;

/**
 * Limits and argument checks shared by the channel, thread and invite requests; every failure is an
 * {@link IllegalArgumentException} naming the field.
 */
final class ChannelChecks {

	/** Most characters of a channel or thread name. */
	static final int MAX_NAME_LENGTH = 100;

	/** Most characters of a text channel's topic. */
	static final int MAX_TOPIC_LENGTH = 1024;

	/** Most characters of a forum or media channel's topic. */
	static final int MAX_FORUM_TOPIC_LENGTH = 4096;

	/** Longest slowmode, in seconds. */
	static final int MAX_RATE_LIMIT_PER_USER = 21600;

	/** Lowest voice bitrate. */
	static final int MIN_BITRATE = 8000;

	/** Most users a voice channel may limit to. */
	static final int MAX_USER_LIMIT = 99;

	/** Most permission overwrites of a channel. */
	static final int MAX_OVERWRITES = 100;

	/** The thread archive delays Discord accepts, in minutes. */
	static final Set<Integer> AUTO_ARCHIVE_DURATIONS = Set.of(60, 1440, 4320, 10080);

	private ChannelChecks() {
	}

	static String name(String field, String name) {
		if (name == null) {
			throw new IllegalArgumentException("'" + field + "' must not be null");
		}
		int length = name.strip().codePointCount(0, name.strip().length());
		if (length < 1 || length > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("'" + field + "' must have 1 to " + MAX_NAME_LENGTH
					+ " characters but has " + length);
		}
		return name;
	}

	static Integer range(String field, Integer value, int min, int max) {
		if (value != null && (value < min || value > max)) {
			throw new IllegalArgumentException("'" + field + "' must be between " + min + " and " + max + " but was "
					+ value);
		}
		return value;
	}

	static Integer autoArchiveDuration(String field, Integer minutes) {
		if (minutes != null && !AUTO_ARCHIVE_DURATIONS.contains(minutes)) {
			throw new IllegalArgumentException("'" + field + "' must be one of 60, 1440, 4320 or 10080 but was "
					+ minutes);
		}
		return minutes;
	}

	static List<PermissionOverwrite> overwrites(String field, List<PermissionOverwrite> overwrites) {
		List<PermissionOverwrite> copy = Checks.list(field, overwrites, MAX_OVERWRITES);
		for (int i = 0; i < copy.size(); i++) {
			PermissionOverwrite overwrite = copy.get(i);
			Checks.id(field + "[" + i + "].id", overwrite.id());
			if (overwrite.type() == null || overwrite.type() == OverwriteType.UNKNOWN) {
				throw new IllegalArgumentException("'" + field + "[" + i + "].type' must be ROLE or MEMBER");
			}
		}
		return copy;
	}

	/** An overwrite as Discord's JSON carries it. */
	static Map<String, Object> json(PermissionOverwrite overwrite) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", Checks.json(overwrite.id()));
		json.put("type", overwrite.type().value());
		json.put("allow", Long.toString((overwrite.allow() != null) ? overwrite.allow().value() : 0));
		json.put("deny", Long.toString((overwrite.deny() != null) ? overwrite.deny().value() : 0));
		return json;
	}

	static List<Map<String, Object>> json(List<PermissionOverwrite> overwrites) {
		return overwrites.stream().map(ChannelChecks::json).toList();
	}

	static <T> T require(String field, T value) {
		if (value == null) {
			throw new IllegalArgumentException("'" + field + "' must not be null");
		}
		return value;
	}

}
