package dev.serenity.simulator.gateway.compression;

import java.util.zip.Deflater;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * IDENTIFY's {@code compress: true} without transport compression: READY and GUILD_CREATE go out as binary frames,
 * each a complete, standalone zlib stream; every other payload stays a text frame.
 */
public final class PayloadCompressionEncoder implements TransportEncoder {

	private final byte[] chunk = new byte[16 * 1024];

	@Override
	public WebSocketFrame encode(ByteBufAllocator allocator, byte[] json, String type) {
		if (!"READY".equals(type) && !"GUILD_CREATE".equals(type)) {
			return new TextWebSocketFrame(Unpooled.wrappedBuffer(json));
		}
		Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
		try {
			deflater.setInput(json);
			deflater.finish();
			ByteBuf out = allocator.buffer(json.length / 2 + 64);
			while (!deflater.finished()) {
				int written = deflater.deflate(this.chunk);
				out.writeBytes(this.chunk, 0, written);
			}
			return new BinaryWebSocketFrame(out);
		}
		finally {
			deflater.end();
		}
	}

}
