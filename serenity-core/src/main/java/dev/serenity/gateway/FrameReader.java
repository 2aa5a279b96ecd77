package dev.serenity.gateway;

import java.util.Set;

/**
 * Reads the envelope of a gateway payload without binding its data: {@code op}, {@code s}, {@code t}, where
 * {@code d} starts and ends, and the guild id of a dispatch. The whole payload is checked against JSON's grammar
 * ({@link EnvelopeScanner}), so malformed JSON, trailing content, NaN, excessive nesting and oversized numbers are
 * rejected here, before anything else sees the frame.
 */
public final class FrameReader {

	/** Deepest nesting accepted; Discord's payloads stay far below it. */
	public static final int MAX_NESTING_DEPTH = 200;

	private static final Set<String> GUILD_ITSELF = Set.of("GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE");

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
		EnvelopeScanner envelope = new EnvelopeScanner(bytes);
		envelope.scan();
		if (envelope.op < 0) {
			throw new MalformedFrameException("payload has no 'op'", null);
		}
		long guildId = 0;
		if (envelope.op == GatewayFrame.DISPATCH) {
			if (envelope.type == null) {
				throw new MalformedFrameException("dispatch (op 0) without 't'", null);
			}
			String guild = (envelope.guildIdField != null) ? envelope.guildIdField
					: GUILD_ITSELF.contains(envelope.type) ? envelope.idField : null;
			guildId = (guild != null) ? snowflake(guild) : 0;
		}
		return new GatewayFrame(bytes, envelope.op, envelope.sequence, envelope.type, guildId, envelope.dataOffset,
				envelope.dataLength);
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
