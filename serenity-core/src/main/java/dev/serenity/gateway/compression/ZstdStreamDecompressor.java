package dev.serenity.gateway.compression;

import java.nio.ByteBuffer;

import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdException;

/**
 * Decodes {@code compress=zstd-stream} with zstd-jni: one {@link ZstdDecompressCtx} for the whole connection. Each
 * WebSocket message is exactly one payload, flushed but not ending the zstd frame, so the streaming decoder is called
 * until the message is consumed and its output drained; its return value (frame finished or not) is not needed.
 * <p>
 * Needs the optional dependency {@code com.github.luben:zstd-jni}; {@link GatewayDecompressor#create} checks that it
 * is present before creating this class. The message is fed through fixed 64 KiB direct buffers, so native memory
 * stays bounded whatever the payload size; decoding stops as soon as the payload exceeds the limit.
 */
public final class ZstdStreamDecompressor extends StreamDecompressor {

	private static final int CHUNK_SIZE = 64 * 1024;

	private final ZstdDecompressCtx context;

	private final ByteBuffer source = ByteBuffer.allocateDirect(CHUNK_SIZE);

	private final ByteBuffer target = ByteBuffer.allocateDirect(CHUNK_SIZE);

	private final byte[] chunk = new byte[CHUNK_SIZE];

	private final ByteAccumulator output = new ByteAccumulator();

	private final int maxPayloadBytes;

	/**
	 * Create a decompressor for one connection. Prefer {@link GatewayDecompressor#create}, which explains a missing
	 * zstd-jni.
	 * @param maxPayloadBytes the largest decoded payload accepted, in bytes
	 * @throws IllegalArgumentException if {@code maxPayloadBytes} is not positive
	 * @throws NoClassDefFoundError if zstd-jni is not on the class path
	 */
	public ZstdStreamDecompressor(int maxPayloadBytes) {
		if (maxPayloadBytes <= 0) {
			throw new IllegalArgumentException("'maxPayloadBytes' must be positive, was " + maxPayloadBytes);
		}
		this.maxPayloadBytes = maxPayloadBytes;
		this.context = new ZstdDecompressCtx();
	}

	/**
	 * Decode one message into one payload.
	 * @param message the message's bytes; not modified or retained
	 * @return the payload, or {@code null} if the message decoded to nothing
	 * @throws GatewayPayloadTooLargeException if the payload exceeds the limit
	 * @throws GatewayDecompressionException if the data is not a continuation of this connection's zstd stream
	 */
	@Override
	public byte[] decompress(byte[] message) {
		checkUsable();
		try {
			int offset = 0;
			do {
				int length = Math.min(CHUNK_SIZE, message.length - offset);
				this.source.clear();
				this.source.put(message, offset, length).flip();
				offset += length;
				drainSource();
			}
			while (offset < message.length);
			return (this.output.size() != 0) ? this.output.toByteArray() : null;
		}
		catch (ZstdException ex) {
			markFailed();
			throw new GatewayDecompressionException("Corrupt zstd-stream data (" + ex.getMessage()
					+ "); each connection needs its own decompressor fed with every message in order", ex);
		}
		catch (GatewayDecompressionException ex) {
			markFailed();
			throw ex;
		}
		finally {
			this.output.clear();
		}
	}

	/**
	 * Call the decoder until the source is consumed and the decoder has no buffered output left (a call that fills
	 * the whole target may have more to flush).
	 */
	private void drainSource() {
		boolean targetFilled;
		do {
			this.target.clear();
			this.context.decompressDirectByteBufferStream(this.target, this.source);
			this.target.flip();
			int decoded = this.target.remaining();
			if (this.output.size() + (long) decoded > this.maxPayloadBytes) {
				throw new GatewayPayloadTooLargeException(this.maxPayloadBytes);
			}
			this.target.get(this.chunk, 0, decoded);
			this.output.append(this.chunk, 0, decoded);
			targetFilled = decoded == this.target.capacity();
		}
		while (this.source.hasRemaining() || targetFilled);
	}

	@Override
	protected void release() {
		this.context.close();
	}

}
