package dev.serenity.gateway.compression;

/**
 * The decompressor for {@link TransportCompression#NONE}: each message already is one payload, so it is returned as
 * it is, after the size check every decompressor makes.
 */
final class PassThroughDecompressor implements GatewayDecompressor {

	private final int maxPayloadBytes;

	PassThroughDecompressor(int maxPayloadBytes) {
		this.maxPayloadBytes = maxPayloadBytes;
	}

	@Override
	public byte[] decompress(byte[] message) {
		if (message.length > this.maxPayloadBytes) {
			throw new GatewayPayloadTooLargeException(this.maxPayloadBytes);
		}
		return message;
	}

	@Override
	public void close() {
	}

}
