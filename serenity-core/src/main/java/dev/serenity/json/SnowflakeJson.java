package dev.serenity.json;

import dev.serenity.model.Snowflake;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * JSON form of {@link Snowflake}: written as a string, read from a string or a non-negative integer below
 * 2<sup>63</sup>. Errors name the field.
 */
final class SnowflakeJson {

	private SnowflakeJson() {
	}

	/**
	 * Writes a snowflake as a JSON string.
	 */
	static final class Serializer extends StdScalarSerializer<Snowflake> {

		Serializer() {
			super(Snowflake.class);
		}

		@Override
		public void serialize(Snowflake value, JsonGenerator generator, SerializationContext context) {
			generator.writeString(value.toString());
		}

	}

	/**
	 * Writes a snowflake map key as its digits.
	 */
	static final class KeySerializer extends StdScalarSerializer<Snowflake> {

		KeySerializer() {
			super(Snowflake.class);
		}

		@Override
		public void serialize(Snowflake value, JsonGenerator generator, SerializationContext context) {
			generator.writeName(value.toString());
		}

	}

	/**
	 * Reads a snowflake from a string or an integer.
	 */
	static final class Deserializer extends StdScalarDeserializer<Snowflake> {

		Deserializer() {
			super(Snowflake.class);
		}

		@Override
		public Snowflake deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			if (token == JsonToken.VALUE_STRING) {
				String text = parser.getString();
				try {
					return Snowflake.parse(text);
				}
				catch (IllegalArgumentException ex) {
					throw InvalidFormatException.from(parser,
							"Invalid snowflake at " + JsonErrors.field(parser) + ": " + ex.getMessage(), text,
							Snowflake.class);
				}
			}
			if (token == JsonToken.VALUE_NUMBER_INT) {
				if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER || parser.getLongValue() < 0) {
					String digits = parser.getString();
					throw InvalidFormatException.from(parser, "Invalid snowflake at " + JsonErrors.field(parser)
							+ ": must be between 0 and 2^63 - 1, was " + JsonErrors.quote(digits), digits,
							Snowflake.class);
				}
				return Snowflake.of(parser.getLongValue());
			}
			return (Snowflake) context.handleUnexpectedToken(Snowflake.class, parser);
		}

	}

	/**
	 * Reads a snowflake map key, as in {@code resolved.users}.
	 */
	static final class KeyReader extends KeyDeserializer {

		@Override
		public Object deserializeKey(String key, DeserializationContext context) {
			try {
				return Snowflake.parse(key);
			}
			catch (IllegalArgumentException ex) {
				throw context.weirdKeyException(Snowflake.class, key,
						"Invalid snowflake key at " + JsonErrors.field(context.getParser()) + ": " + ex.getMessage());
			}
		}

	}

}
