package dev.serenity.json;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.serenity.model.Snowflake;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;

/**
 * Value readers for the hand-written streaming readers ({@link MessageJson}). Each reads the value the parser
 * stands on. The common shape of a value (a string for a string, {@code true} for a boolean, an empty array) is read
 * directly; any other shape is bound by {@link DiscordJson#mapper()} for that value alone, so coercions, the
 * treatment of odd input and error messages (naming the field) are exactly those of databind.
 */
final class StreamingValues {

	static final ObjectReader STRINGS = reader(String.class);

	static final ObjectReader BOOLEANS = reader(Boolean.class);

	static final ObjectReader INTEGERS = reader(Integer.class);

	static final ObjectReader SNOWFLAKES = reader(Snowflake.class);

	static final ObjectReader INSTANTS = reader(Instant.class);

	static final ObjectReader SNOWFLAKE_LISTS = DiscordJson.mapper().readerFor(new TypeReference<List<Snowflake>>() {
	});

	private StreamingValues() {
	}

	static ObjectReader reader(Class<?> type) {
		return DiscordJson.mapper().readerFor(type);
	}

	static ObjectReader listReader(Class<?> elementType) {
		return DiscordJson.mapper()
			.readerFor(DiscordJson.mapper().getTypeFactory().constructCollectionType(List.class, elementType));
	}

	/**
	 * Bind the current value with databind.
	 * @param parser the parser, on the value's first token
	 * @param reader the reader for the value's type
	 * @param <T> the value's type
	 * @return the value
	 */
	static <T> T bind(JsonParser parser, ObjectReader reader) {
		return reader.readValue(parser);
	}

	static String string(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_STRING) {
			return parser.getString();
		}
		return (token == JsonToken.VALUE_NULL) ? null : bind(parser, STRINGS);
	}

	static Boolean bool(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_TRUE) {
			return Boolean.TRUE;
		}
		if (token == JsonToken.VALUE_FALSE) {
			return Boolean.FALSE;
		}
		return (token == JsonToken.VALUE_NULL) ? null : bind(parser, BOOLEANS);
	}

	static Integer integer(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
			return parser.getIntValue();
		}
		return (token == JsonToken.VALUE_NULL) ? null : bind(parser, INTEGERS);
	}

	static Snowflake snowflake(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_STRING) {
			try {
				return Snowflake.parse(parser.getString());
			}
			catch (IllegalArgumentException ex) {
				return bind(parser, SNOWFLAKES);
			}
		}
		return (token == JsonToken.VALUE_NULL) ? null : bind(parser, SNOWFLAKES);
	}

	static Instant instant(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_STRING) {
			try {
				return TimestampJson.parse(parser.getString());
			}
			catch (DateTimeParseException ex) {
				return bind(parser, INSTANTS);
			}
		}
		return (token == JsonToken.VALUE_NULL) ? null : bind(parser, INSTANTS);
	}

	/**
	 * Read an array with a reader per element, or bind anything else (such as a scalar) with the list's reader.
	 * @param parser the parser, on the value's first token
	 * @param element reads one element; the parser stands on the element's first token
	 * @param whole the reader of the whole list, for values that are not arrays
	 * @param <T> the element type
	 * @return the list, {@code null} for JSON {@code null}
	 */
	static <T> List<T> list(JsonParser parser, Function<JsonParser, T> element, ObjectReader whole) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NULL) {
			return null;
		}
		if (token != JsonToken.START_ARRAY) {
			return bind(parser, whole);
		}
		if (parser.nextToken() == JsonToken.END_ARRAY) {
			return List.of();
		}
		List<T> values = new ArrayList<>();
		do {
			if (parser.currentToken() == null) {
				throw new StreamReadException(parser, "Unexpected end of input in an array at " + JsonErrors.field(parser));
			}
			values.add(element.apply(parser));
		}
		while (parser.nextToken() != JsonToken.END_ARRAY);
		return values;
	}

	/**
	 * A list whose elements databind binds one by one, with a fast path for the empty array most messages carry.
	 * @param <T> the element type
	 */
	static final class BoundList<T> {

		private final Function<JsonParser, T> element;

		private final ObjectReader whole;

		BoundList(Class<T> elementType) {
			ObjectReader reader = reader(elementType);
			this.element = (parser) -> bind(parser, reader);
			this.whole = listReader(elementType);
		}

		/**
		 * Read the list.
		 * @param parser the parser, on the value's first token
		 * @return the list, {@code null} for JSON {@code null}
		 */
		List<T> read(JsonParser parser) {
			return list(parser, this.element, this.whole);
		}

	}

	static List<Snowflake> snowflakes(JsonParser parser) {
		return list(parser, StreamingValues::snowflake, SNOWFLAKE_LISTS);
	}

	/**
	 * Bind a value with databind, or return {@code null} for JSON {@code null}.
	 * @param parser the parser, on the value's first token
	 * @param reader the reader of the value's type
	 * @param <T> the type
	 * @return the value
	 */
	static <T> T nullOr(JsonParser parser, ObjectReader reader) {
		return (parser.currentToken() == JsonToken.VALUE_NULL) ? null : bind(parser, reader);
	}

}
