package dev.serenity.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
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
		Instant instant = parseDiscordForm(text);
		if (instant != null) {
			return instant;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
		}
	}

	/**
	 * Parse the one form Discord writes, {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]} followed by {@code +HH:MM},
	 * {@code -HH:MM} or {@code Z}, without {@link java.time.format.DateTimeFormatter} (which costs about a
	 * microsecond and a kilobyte of garbage per timestamp, a quarter of decoding a MESSAGE_CREATE). Anything else,
	 * including every out-of-range field, returns {@code null} so that {@link OffsetDateTime#parse} decides, and
	 * reports errors, as before.
	 * @param text the text
	 * @return the instant, or {@code null} if the text is not in that exact form
	 */
	static Instant parseDiscordForm(String text) {
		int length = text.length();
		if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > Month.of(month).length(Year.isLeap(year))
				|| hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
			return null;
		}
		int index = 19;
		int nanos = 0;
		if (text.charAt(index) == '.') {
			int start = ++index;
			while (index < length && index - start < 9 && text.charAt(index) >= '0' && text.charAt(index) <= '9') {
				nanos = nanos * 10 + (text.charAt(index++) - '0');
			}
			int count = index - start;
			if (count == 0 || index < length && text.charAt(index) >= '0' && text.charAt(index) <= '9') {
				return null;
			}
			for (int i = count; i < 9; i++) {
				nanos *= 10;
			}
		}
		int offsetSeconds;
		if (index == length - 1 && text.charAt(index) == 'Z') {
			offsetSeconds = 0;
		}
		else if (index == length - 6 && (text.charAt(index) == '+' || text.charAt(index) == '-')
				&& text.charAt(index + 3) == ':') {
			int offsetHours = digits(text, index + 1, 2);
			int offsetMinutes = digits(text, index + 4, 2);
			if (offsetHours < 0 || offsetHours > 17 || offsetMinutes < 0 || offsetMinutes > 59) {
				return null;
			}
			offsetSeconds = ((text.charAt(index) == '-') ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
		}
		else {
			return null;
		}
		long epochDay = LocalDate.of(year, month, day).toEpochDay();
		long seconds = epochDay * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds;
		return Instant.ofEpochSecond(seconds, nanos);
	}

	private static int digits(String text, int start, int count) {
		int value = 0;
		for (int i = start; i < start + count; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
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
