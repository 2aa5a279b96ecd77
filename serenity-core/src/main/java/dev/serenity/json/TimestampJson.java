package dev.serenity.json;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * JSON form of Discord's ISO 8601 timestamps as {@link Instant}. Discord writes them with an offset and up to six
 * fraction digits ({@code 2017-07-11T17:27:07.299000+00:00}); a timestamp without an offset is read as UTC and an
 * integer as Unix milliseconds. Instants are written in Discord's style, with {@code +00:00}.
 */
final class TimestampJson {

	/** Longer text cannot be a timestamp; it is rejected before parsing. */
	private static final int MAX_TIMESTAMP_LENGTH = 64;

	static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.appendOffset("+HH:MM", "+00:00")
		.toFormatter();

	private TimestampJson() {
	}

	/**
	 * Parse a Discord timestamp.
	 * @param text the text
	 * @return the instant
	 * @throws DateTimeParseException if the text is not an ISO 8601 date-time
	 */
	static Instant parse(String text) {
		if (text.length() > MAX_TIMESTAMP_LENGTH) {
			throw new DateTimeParseException("Timestamp is too long", JsonErrors.quote(text), MAX_TIMESTAMP_LENGTH);
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
		}
	}

	/**
	 * Writes an instant as an ISO 8601 string in UTC.
	 */
	static final class Serializer extends StdScalarSerializer<Instant> {

		Serializer() {
			super(Instant.class);
		}

		@Override
		public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
			generator.writeString(FORMAT.format(value.atOffset(ZoneOffset.UTC)));
		}

	}

	/**
	 * Reads an instant from an ISO 8601 string or from Unix milliseconds.
	 */
	static final class Deserializer extends StdScalarDeserializer<Instant> {

		Deserializer() {
			super(Instant.class);
		}

		@Override
		public Instant deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			if (token == JsonToken.VALUE_STRING) {
				String text = parser.getString();
				try {
					return parse(text);
				}
				catch (DateTimeParseException ex) {
					throw InvalidFormatException.from(parser, "Invalid timestamp at " + JsonErrors.field(parser)
							+ ": expected ISO 8601, was " + JsonErrors.quote(text), text, Instant.class);
				}
			}
			if (token == JsonToken.VALUE_NUMBER_INT) {
				if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
					String digits = parser.getString();
					throw InvalidFormatException.from(parser, "Invalid timestamp at " + JsonErrors.field(parser)
							+ ": milliseconds out of range, was " + JsonErrors.quote(digits), digits, Instant.class);
				}
				return Instant.ofEpochMilli(parser.getLongValue());
			}
			return (Instant) context.handleUnexpectedToken(Instant.class, parser);
		}

	}

}
