package dev.serenity.rest.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A webhook to create: the body of {@code POST /channels/{channel.id}/webhooks}.
 *
 * @param name the name, {@value #MIN_NAME_LENGTH} to {@value #MAX_NAME_LENGTH} characters, without "clyde" or
 * "discord"
 * @param avatar the default avatar, or {@code null}
 */
public record WebhookCreate(String name, ImageData avatar) {

	/** Shortest webhook name. */
	public static final int MIN_NAME_LENGTH = 1;

	/** Longest webhook name. */
	public static final int MAX_NAME_LENGTH = 80;

	/**
	 * Create a webhook request.
	 * @throws IllegalArgumentException naming {@code name} when it is missing, too long or holds "clyde" or
	 * "discord"
	 */
	public WebhookCreate {
		name = checkName("name", name);
	}

	/**
	 * Create a webhook request without avatar.
	 * @param name the name
	 * @return the request
	 */
	public static WebhookCreate of(String name) {
		return new WebhookCreate(name, null);
	}

	/**
	 * Check a webhook name as Discord does: 1 to 80 characters, without "clyde" or "discord" (any case).
	 * @param field the field, for the message
	 * @param name the name
	 * @return the name
	 */
	static String checkName(String field, String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("'" + field + "' must not be blank");
		}
		int length = name.strip().codePointCount(0, name.strip().length());
		if (length > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("'" + field + "' must have " + MIN_NAME_LENGTH + " to "
					+ MAX_NAME_LENGTH + " characters but has " + length);
		}
		String lower = name.toLowerCase(Locale.ROOT);
		for (String forbidden : new String[] { "clyde", "discord" }) {
			if (lower.contains(forbidden)) {
				throw new IllegalArgumentException("'" + field + "' must not contain \"" + forbidden
						+ "\" (Discord refuses it) but was '" + name + "'");
			}
		}
		return name;
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", this.name);
		if (this.avatar != null) {
			json.put("avatar", this.avatar.toDataUri());
		}
		return json;
	}

}
