package dev.serenity.json;

import java.math.BigInteger;

import dev.serenity.model.Permissions;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * JSON form of {@link Permissions}: written as v10's decimal string, read from that string or from v6's integer.
 */
final class PermissionsJson {

	private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

	private PermissionsJson() {
	}

	/**
	 * Writes permissions as an unsigned decimal string.
	 */
	static final class Serializer extends StdScalarSerializer<Permissions> {

		Serializer() {
			super(Permissions.class);
		}

		@Override
		public void serialize(Permissions value, JsonGenerator generator, SerializationContext context) {
			generator.writeString(value.toString());
		}

	}

	/**
	 * Reads permissions from a string or an integer.
	 */
	static final class Deserializer extends StdScalarDeserializer<Permissions> {

		Deserializer() {
			super(Permissions.class);
		}

		@Override
		public Permissions deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			if (token == JsonToken.VALUE_STRING) {
				String text = parser.getString();
				try {
					return Permissions.parse(text);
				}
				catch (IllegalArgumentException ex) {
					throw InvalidFormatException.from(parser,
							"Invalid permissions at " + JsonErrors.field(parser) + ": " + ex.getMessage(), text,
							Permissions.class);
				}
			}
			if (token == JsonToken.VALUE_NUMBER_INT) {
				BigInteger value = parser.getBigIntegerValue();
				if (value.signum() < 0 || value.compareTo(TWO_TO_64) >= 0) {
					String digits = parser.getString();
					throw InvalidFormatException.from(parser, "Invalid permissions at " + JsonErrors.field(parser)
							+ ": must be between 0 and 2^64 - 1, was " + JsonErrors.quote(digits), digits,
							Permissions.class);
				}
				return Permissions.of(value.longValue());
			}
			return (Permissions) context.handleUnexpectedToken(Permissions.class, parser);
		}

	}

}
