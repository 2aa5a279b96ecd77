package dev.serenity.gateway.compression;

/**
 * Decodes the binary WebSocket messages of one gateway connection into UTF-8 JSON payloads.
 * <p>
 * Transport compression is one stream per connection: a message can only be decoded by the decompressor that decoded
 * every earlier message of the same connection. Create a new instance for each new connection (including a resumed
 * one), feed it every binary message in arrival order, and {@link #close()} it when the connection ends. Instances are
 * not thread-safe; a connection's messages are decoded one at a time.
 * <p>
 * After any exception the stream is broken: drop the connection and open a new one with a new decompressor.
 *
 * @see TransportCompression
 */
public interface GatewayDecompressor extends AutoCloseable {

	/**
	 * Default limit for one decoded payload: 16 MiB. A READY or GUILD_CREATE of a very large guild can reach a few
	 * MiB; anything above the limit is rejected instead of exhausting memory.
	 */
	int DEFAULT_MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;

	/**
	 * Feed one binary WebSocket message.
	 * @param message the message's bytes; not modified or retained
	 * @return the complete UTF-8 JSON payload(s) decoded so far, or {@code null} if more messages are needed
	 * @throws GatewayPayloadTooLargeException if the payload decodes to more than the configured limit
	 * @throws GatewayDecompressionException if the message cannot be decoded
	 */
	byte[] decompress(byte[] message);

	/**
	 * Release the decoder's (possibly native) resources. Calling it again has no effect; {@link #decompress(byte[])}
	 * must not be called afterwards.
	 */
	@Override
	void close();

	/**
	 * Create a decompressor for one connection.
	 * @param compression the compression the connection asked for; {@link TransportCompression#NONE} gives a
	 * decompressor that returns each message unchanged (after checking its size)
	 * @param maxPayloadBytes the largest decoded payload accepted, in bytes; see {@link #DEFAULT_MAX_PAYLOAD_BYTES}
	 * @return a new decompressor
	 * @throws IllegalArgumentException if {@code maxPayloadBytes} is not positive
	 * @throws IllegalStateException if {@link TransportCompression#ZSTD_STREAM} is chosen but
	 * {@code com.github.luben:zstd-jni} is not on the class path or cannot load its native library
	 */
	static GatewayDecompressor create(TransportCompression compression, int maxPayloadBytes) {
		return GatewayDecompressors.create(compression, maxPayloadBytes, GatewayDecompressors::isClassPresent);
	}

}
