package dev.serenity.simulator.gateway.compression;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * Turns one gateway payload into the WebSocket frame a connection sends. Implementations keep per-connection state
 * (a compression context) and are called on the connection's event loop, in send order.
 */
public interface TransportEncoder {

	/**
	 * Encode one payload.
	 * @param allocator allocator for the frame's buffer
	 * @param json the UTF-8 JSON payload
	 * @param type the dispatch name, or {@code null} for non-dispatch frames
	 * @return the frame to write
	 */
	WebSocketFrame encode(ByteBufAllocator allocator, byte[] json, String type);

	/**
	 * Release native resources; called once when the connection closes.
	 */
	default void close() {
	}

	/**
	 * Return the encoder for a {@code compress} query parameter.
	 * @param compress the parameter's value, or {@code null}
	 * @return the encoder
	 * @throws IllegalArgumentException for a value Discord does not offer
	 */
	static TransportEncoder forQuery(String compress) {
		if (compress == null || compress.isEmpty()) {
			return new PlainEncoder();
		}
		return switch (compress) {
			case "zlib-stream" -> new ZlibStreamEncoder();
			case "zstd-stream" -> new ZstdStreamEncoder();
			default -> throw new IllegalArgumentException("Unsupported compress value '" + compress
					+ "'; Discord offers zlib-stream and zstd-stream");
		};
	}

}
