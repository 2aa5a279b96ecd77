package dev.serenity.simulator.gateway.compression;

import java.util.zip.Deflater;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * {@code compress=zlib-stream}: one deflate context for the whole connection, each payload ended by a sync flush
 * ({@code 00 00 FF FF}), so a payload can only be inflated by a decoder that saw every earlier one.
 */
public final class ZlibStreamEncoder implements TransportEncoder {

	private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);

	private final byte[] chunk = new byte[16 * 1024];

	@Override
	public WebSocketFrame encode(ByteBufAllocator allocator, byte[] json, String type) {
		ByteBuf out = allocator.buffer(json.length / 2 + 64);
		this.deflater.setInput(json);
		int written;
		do {
			written = this.deflater.deflate(this.chunk, 0, this.chunk.length, Deflater.SYNC_FLUSH);
			out.writeBytes(this.chunk, 0, written);
		}
		while (written == this.chunk.length);
		return new BinaryWebSocketFrame(out);
	}

	@Override
	public void close() {
		this.deflater.end();
	}

}
