package dev.serenity.gateway;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the envelope of a gateway payload without binding its data: {@code op}, {@code s}, {@code t}, where
 * {@code d} starts and ends, and the guild id of a dispatch. The whole payload is tokenized, so malformed JSON,
 * trailing content, NaN, excessive nesting and oversized numbers are rejected here, before anything else sees the
 * frame.
 */
public final class FrameReader {

	/** Deepest nesting accepted; Discord's payloads stay far below it. */
	public static final int MAX_NESTING_DEPTH = 200;

	/** Longest string accepted (characters). */
	public static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;

	private static final JsonFactory FACTORY = JsonFactory.builder()
		.streamReadConstraints(StreamReadConstraints.builder()
			.maxNestingDepth(MAX_NESTING_DEPTH)
			.maxStringLength(MAX_STRING_LENGTH)
			.maxNumberLength(40)
			.build())
		.build();

	private FrameReader() {
	}

	/**
	 * Read a payload's envelope.
	 * @param bytes the UTF-8 JSON payload
	 * @return the frame
	 * @throws MalformedFrameException when the payload is not a well-formed gateway envelope
	 */
	public static GatewayFrame read(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			throw new MalformedFrameException("payload starts with a byte order mark", null);
		}
		for (int i = 0; i < Math.min(4, bytes.length); i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0x00 || b == 0xFE || b == 0xFF) {
				throw new MalformedFrameException("payload is not UTF-8 (UTF-16 or UTF-32?)", null);
			}
		}
		try (JsonParser parser = FACTORY.createParser(bytes)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new MalformedFrameException("payload is not a JSON object", null);
			}
			Envelope envelope = new Envelope();
			JsonToken token;
			while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				switch (name) {
					case "op" -> envelope.op(parser);
					case "s" -> envelope.sequence(parser);
					case "t" -> envelope.type(parser);
					case "d" -> envelope.data(parser);
					default -> parser.skipChildren();
				}
			}
			if (token != JsonToken.END_OBJECT) {
				throw new MalformedFrameException("payload is truncated", null);
			}
			if (parser.nextToken() != null) {
				throw new MalformedFrameException("payload has content after its end (two payloads in one frame?)",
						null);
			}
			return envelope.toFrame(bytes);
		}
		catch (JacksonException ex) {
			throw new MalformedFrameException("payload is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	private static final java.util.Set<String> GUILD_ITSELF = java.util.Set.of("GUILD_CREATE", "GUILD_UPDATE",
			"GUILD_DELETE");

	private static final class Envelope {

		private int op = -1;

		private long sequence = -1;

		private String type;

		private int dataOffset = -1;

		private int dataLength;

		private String guildIdField;

		private String idField;

		private final boolean[] seen = new boolean[4];

		private void once(int index, String name) {
			if (this.seen[index]) {
				throw new MalformedFrameException("payload has '" + name + "' twice", null);
			}
			this.seen[index] = true;
		}

		void op(JsonParser parser) {
			once(0, "op");
			if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
				throw new MalformedFrameException("'op' must be an integer", null);
			}
			this.op = parser.getIntValue();
		}

		void sequence(JsonParser parser) {
			once(1, "s");
			JsonToken token = parser.currentToken();
			if (token == JsonToken.VALUE_NULL) {
				return;
			}
			if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
					|| parser.getLongValue() < 0) {
				throw new MalformedFrameException("'s' must be a non-negative 64-bit integer or null", null);
			}
			this.sequence = parser.getLongValue();
		}

		void type(JsonParser parser) {
			once(2, "t");
			JsonToken token = parser.currentToken();
			if (token == JsonToken.VALUE_STRING) {
				this.type = parser.getString();
			}
			else if (token != JsonToken.VALUE_NULL) {
				throw new MalformedFrameException("'t' must be a string or null", null);
			}
		}

		void data(JsonParser parser) {
			once(3, "d");
			long start = parser.currentTokenLocation().getByteOffset();
			if (parser.currentToken() == JsonToken.START_OBJECT) {
				scanObject(parser);
			}
			else if (parser.currentToken().isStructStart()) {
				parser.skipChildren();
			}
			else {
				// A scalar is reported before it is read; read it so that the location is after its end.
				parser.finishToken();
			}
			long end = parser.currentLocation().getByteOffset();
			if (start < 0 || end < start) {
				throw new MalformedFrameException("cannot locate 'd' in the payload", null);
			}
			this.dataOffset = (int) start;
			this.dataLength = (int) (end - start);
		}

		private void scanObject(JsonParser parser) {
			JsonToken token;
			while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (value == JsonToken.VALUE_STRING && "guild_id".equals(name)) {
					this.guildIdField = parser.getString();
				}
				else if (value == JsonToken.VALUE_STRING && "id".equals(name)) {
					this.idField = parser.getString();
				}
				else {
					parser.skipChildren();
				}
			}
			if (token != JsonToken.END_OBJECT) {
				throw new MalformedFrameException("'d' is truncated", null);
			}
		}

		GatewayFrame toFrame(byte[] bytes) {
			if (this.op < 0) {
				throw new MalformedFrameException("payload has no 'op'", null);
			}
			long guildId = 0;
			if (this.op == GatewayFrame.DISPATCH) {
				if (this.type == null) {
					throw new MalformedFrameException("dispatch (op 0) without 't'", null);
				}
				String guild = (this.guildIdField != null) ? this.guildIdField
						: GUILD_ITSELF.contains(this.type) ? this.idField : null;
				guildId = (guild != null) ? snowflake(guild) : 0;
			}
			return new GatewayFrame(bytes, this.op, this.sequence, this.type, guildId, this.dataOffset, this.dataLength);
		}

		private static long snowflake(String value) {
			if (value.isEmpty() || value.length() > 19) {
				throw new MalformedFrameException("guild id '" + abbreviate(value) + "' is not a 64-bit snowflake", null);
			}
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c < '0' || c > '9') {
					throw new MalformedFrameException("guild id '" + abbreviate(value) + "' is not a snowflake", null);
				}
			}
			try {
				return Long.parseLong(value);
			}
			catch (NumberFormatException ex) {
				throw new MalformedFrameException("guild id '" + value + "' is beyond 64 bits", ex);
			}
		}

		private static String abbreviate(String value) {
			return (value.length() > 32) ? value.substring(0, 32) + "..." : value;
		}

	}

}
