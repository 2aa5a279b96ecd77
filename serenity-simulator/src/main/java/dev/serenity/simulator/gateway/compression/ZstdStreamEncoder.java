package dev.serenity.simulator.gateway.compression;

import java.nio.ByteBuffer;

import com.github.luben.zstd.EndDirective;
import com.github.luben.zstd.ZstdCompressCtx;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * {@code compress=zstd-stream}: one zstd stream for the whole connection; each payload is flushed (not ended) into
 * exactly one binary frame.
 */
public final class ZstdStreamEncoder implements TransportEncoder {

	private final ZstdCompressCtx context = new ZstdCompressCtx();

	private ByteBuffer input = ByteBuffer.allocateDirect(16 * 1024);

	private ByteBuffer output = ByteBuffer.allocateDirect(32 * 1024);

	public ZstdStreamEncoder() {
		this.context.setLevel(3);
	}

	@Override
	public WebSocketFrame encode(ByteBufAllocator allocator, byte[] json, String type) {
		if (this.input.capacity() < json.length) {
			this.input = ByteBuffer.allocateDirect(Integer.highestOneBit(json.length) << 1);
		}
		this.input.clear();
		this.input.put(json).flip();
		ByteBuf out = allocator.buffer(json.length / 2 + 64);
		boolean more;
		do {
			this.output.clear();
			more = !this.context.compressDirectByteBufferStream(this.output, this.input, EndDirective.FLUSH);
			this.output.flip();
			out.writeBytes(this.output);
		}
		while (more || this.input.hasRemaining());
		return new BinaryWebSocketFrame(out);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
