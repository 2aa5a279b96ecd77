package dev.serenity.simulator.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import tools.jackson.databind.JsonNode;

/**
 * Discord's validation of the fields in guild, member, role and ban bodies: each failure is a 50035 naming the
 * field, with Discord's error code.
 */
final class GuildPayloads {

	private GuildPayloads() {
	}

	/** The JSON object body of a route; 50109 when it is not an object. */
	static JsonNode object(HttpCall call) {
		return HttpError.requireObject(call.requireJson());
	}

	/** A string of {@code min} to {@code max} characters; {@code null} for JSON null. */
	static String string(JsonNode body, String field, int min, int max) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw HttpError.invalidField(field, "BASE_TYPE_STRING", "Must be a string.");
		}
		String text = value.asString();
		int length = text.codePointCount(0, text.length());
		if (length < min || length > max) {
			throw HttpError.invalidField(field, "BASE_TYPE_BAD_LENGTH",
					"Must be between " + min + " and " + max + " in length.");
		}
		return text;
	}

	/** A boolean. */
	static boolean bool(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || !value.isBoolean()) {
			throw HttpError.invalidField(field, "BASE_TYPE_BOOLEAN", "Must be either true or false.");
		}
		return value.asBoolean();
	}

	/** A whole number from {@code min} to {@code max}. */
	static int integer(JsonNode body, String field, int min, int max) {
		JsonNode value = body.get(field);
		if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
			throw HttpError.invalidField(field, "NUMBER_TYPE_COERCE", "Value \"" + value + "\" is not int.");
		}
		int number = value.asInt();
		if (number < min) {
			throw HttpError.invalidField(field, "NUMBER_TYPE_MIN", "int value should be greater than or equal to "
					+ min + ".");
		}
		if (number > max) {
			throw HttpError.invalidField(field, "NUMBER_TYPE_MAX", "int value should be less than or equal to "
					+ max + ".");
		}
		return number;
	}

	/** An optional whole number: {@code null} when absent or JSON null. */
	static Integer optionalInteger(JsonNode body, String field, int min, int max) {
		JsonNode value = body.get(field);
		return (value == null || value.isNull()) ? null : integer(body, field, min, max);
	}

	/** A snowflake as a string or number; 0 for JSON null. */
	static long snowflake(JsonNode value, String field) {
		if (value == null || value.isNull()) {
			return 0;
		}
		String text = value.isIntegralNumber() ? value.asString() : value.isString() ? value.asString() : "";
		if (!text.matches("\\d{1,20}")) {
			throw HttpError.invalidField(field, "NUMBER_TYPE_COERCE", "Value \"" + text + "\" is not snowflake.");
		}
		return Long.parseUnsignedLong(text);
	}

	/** A permission set as Discord's decimal string (a number is accepted too). */
	static long permissions(JsonNode body, String field) {
		JsonNode value = body.get(field);
		String text = (value != null && (value.isString() || value.isIntegralNumber())) ? value.asString() : "";
		if (!text.matches("\\d{1,20}")) {
			throw HttpError.invalidField(field, "NUMBER_TYPE_COERCE", "Value \"" + text + "\" is not int.");
		}
		try {
			return Long.parseUnsignedLong(text);
		}
		catch (NumberFormatException ex) {
			throw HttpError.invalidField(field, "NUMBER_TYPE_MAX", "Value is too large.");
		}
	}

	/** An ISO 8601 timestamp; {@code null} for JSON null. */
	static Instant timestamp(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.asString()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw HttpError.invalidField(field, "DATE_TIME_TYPE_PARSE", "Could not parse " + value.asString()
					+ ". Should be ISO8601.");
		}
	}

}
