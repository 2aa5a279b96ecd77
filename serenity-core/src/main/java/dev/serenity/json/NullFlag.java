package dev.serenity.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * (De)serializers for Discord's "present with a null value" flags, such as a role tag's {@code premium_subscriber}:
 * {@code "premium_subscriber": null} means {@code true} and an absent property means {@code null}. Use both on a
 * {@code Boolean} record component:
 *
 * <pre>{@code
 * @JsonDeserialize(using = NullFlag.Deserializer.class) @JsonSerialize(using = NullFlag.Serializer.class)
 * Boolean premiumSubscriber
 * }</pre>
 */
public final class NullFlag {

	private NullFlag() {
	}

	/**
	 * Reads JSON {@code null} as {@code true}, a boolean as itself, and leaves an absent property {@code null}.
	 */
	public static final class Deserializer extends StdScalarDeserializer<Boolean> {

		/**
		 * Create the deserializer.
		 */
		public Deserializer() {
			super(Boolean.class);
		}

		@Override
		public Boolean deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
				return token == JsonToken.VALUE_TRUE;
			}
			if (token == JsonToken.VALUE_NULL) {
				return Boolean.TRUE;
			}
			return (Boolean) context.handleUnexpectedToken(Boolean.class, parser);
		}

		@Override
		public Object getNullValue(DeserializationContext context) {
			return Boolean.TRUE;
		}

		@Override
		public Object getAbsentValue(DeserializationContext context) {
			return null;
		}

	}

	/**
	 * Writes {@code true} as JSON {@code null}, as Discord does, and {@code false} as {@code false}.
	 */
	public static final class Serializer extends StdScalarSerializer<Boolean> {

		/**
		 * Create the serializer.
		 */
		public Serializer() {
			super(Boolean.class);
		}

		@Override
		public void serialize(Boolean value, JsonGenerator generator, SerializationContext context) {
			if (Boolean.TRUE.equals(value)) {
				generator.writeNull();
			}
			else {
				generator.writeBoolean(false);
			}
		}

	}

}
