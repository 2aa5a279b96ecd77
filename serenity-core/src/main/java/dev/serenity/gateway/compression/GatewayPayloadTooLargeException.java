package dev.serenity.gateway.compression;

/**
 * Thrown when a gateway payload decodes to more bytes than the configured limit. The decompressor stops at the limit,
 * so a corrupt or hostile stream cannot exhaust memory; the connection must then be dropped, because the stream can no
 * longer be decoded.
 */
public class GatewayPayloadTooLargeException extends GatewayDecompressionException {

	private static final long serialVersionUID = 1L;

	private final int limit;

	/**
	 * Create an exception for a payload larger than {@code limit} bytes.
	 * @param limit the limit that was exceeded, in bytes
	 */
	public GatewayPayloadTooLargeException(int limit) {
		super("Gateway payload is larger than the limit of " + limit + " bytes; raise the maxFrameSize setting if "
				+ "payloads this large are expected (for example a READY or GUILD_CREATE of a very large guild)");
		this.limit = limit;
	}

	/**
	 * Return the limit that was exceeded.
	 * @return the limit in bytes
	 */
	public int limit() {
		return this.limit;
	}

}
