package dev.serenity.simulator.gateway.compression;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * No transport compression: each payload is one text frame.
 */
public final class PlainEncoder implements TransportEncoder {

	@Override
	public WebSocketFrame encode(ByteBufAllocator allocator, byte[] json, String type) {
		return new TextWebSocketFrame(Unpooled.wrappedBuffer(json));
	}

}
