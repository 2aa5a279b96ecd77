package dev.serenity.simulator.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Discord's image data ({@code data:image/png;base64,...}) in avatar, banner and icon fields, and the names Discord
 * refuses for webhooks and users.
 */
final class ImagePayloads {

	/** Largest image Discord accepts in these fields. */
	static final int MAX_IMAGE_BYTES = 10 * 1024 * 1024;

	private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

	private static final Set<String> FORBIDDEN_NAME_PARTS = Set.of("clyde", "discord");

	private ImagePayloads() {
	}

	/**
	 * Read an image field.
	 * @param value the field's value ({@code null} or missing: none)
	 * @param field the field's name, for errors
	 * @return the image's hash, as Discord stores it ({@code a_} prefix for GIFs), or {@code null}
	 * @throws HttpError 50035 with {@code IMAGE_INVALID} for text that is not image data
	 */
	static String hash(JsonNode value, String field) {
		if (value == null || value.isNull()) {
			return null;
		}
		String text = value.isString() ? value.asString() : "";
		int comma = text.indexOf(',');
		String header = (comma > 0) ? text.substring(0, comma).toLowerCase(Locale.ROOT) : "";
		if (!header.startsWith("data:") || !header.endsWith(";base64")
				|| !IMAGE_TYPES.contains(header.substring(5, header.length() - 7))) {
			throw HttpError.invalidField(field, "IMAGE_INVALID", "Invalid image data");
		}
		byte[] data;
		try {
			data = Base64.getDecoder().decode(text.substring(comma + 1).getBytes(StandardCharsets.US_ASCII));
		}
		catch (IllegalArgumentException ex) {
			throw HttpError.invalidField(field, "IMAGE_INVALID", "Invalid image data");
		}
		if (data.length == 0) {
			throw HttpError.invalidField(field, "IMAGE_INVALID", "Invalid image data");
		}
		if (data.length > MAX_IMAGE_BYTES) {
			throw HttpError.invalidField(field, "BINARY_TYPE_MAX_SIZE",
					"File cannot be larger than " + (MAX_IMAGE_BYTES / 1024) + ".0 kb.");
		}
		return (header.contains("image/gif") ? "a_" : "") + md5(data);
	}

	/**
	 * Return the hash Discord would show for an avatar given by URL.
	 * @param url the URL
	 * @return a hash of it
	 */
	static String urlHash(String url) {
		return md5(url.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Check a webhook name (or a webhook message's username): 1 to 80 characters, without "clyde" or "discord".
	 * @param field the field, for errors
	 * @param name the name
	 * @return the name
	 */
	static String webhookName(String field, JsonNode name) {
		if (name == null || name.isNull()) {
			throw HttpError.invalidField(field, "BASE_TYPE_REQUIRED", "This field is required");
		}
		String text = name.asString().strip();
		if (text.isEmpty() || text.codePointCount(0, text.length()) > 80) {
			throw HttpError.invalidField(field, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 80 in length.");
		}
		String lower = text.toLowerCase(Locale.ROOT);
		for (String part : FORBIDDEN_NAME_PARTS) {
			if (lower.contains(part)) {
				throw HttpError.invalidField(field, "USERNAME_INVALID_CONTAINS",
						"Username cannot contain \"" + part + "\"");
			}
		}
		return text;
	}

	private static String md5(byte[] data) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
