package dev.serenity.gateway.compression;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes {@code compress=zlib-stream}: one zlib stream for the whole connection, decoded by one {@link Inflater}.
 * Messages are appended to a buffer until it ends with the sync-flush marker {@code 00 00 FF FF}; the buffer is then
 * inflated into one payload and cleared. A payload can therefore span several WebSocket messages, and a message can
 * only be inflated by the inflater that saw every earlier message.
 * <p>
 * Memory is bounded: inflating stops as soon as the payload exceeds the limit, and the compressed buffer may not
 * grow beyond the limit either (plus deflate's worst-case overhead for incompressible data, under 0.1%).
 */
public final class ZlibStreamDecompressor extends StreamDecompressor {

	/** The marker a zlib sync flush ({@code Z_SYNC_FLUSH}) ends with, which ends every payload. */
	static final byte[] SYNC_FLUSH_SUFFIX = { 0, 0, (byte) 0xFF, (byte) 0xFF };

	private static final int CHUNK_SIZE = 32 * 1024;

	private final Inflater inflater;

	private final int maxPayloadBytes;

	private final long maxBufferedBytes;

	private final ByteAccumulator input = new ByteAccumulator();

	private final ByteAccumulator output = new ByteAccumulator();

	private final byte[] chunk = new byte[CHUNK_SIZE];

	/**
	 * Create a decompressor for one connection.
	 * @param maxPayloadBytes the largest decoded payload accepted, in bytes
	 * @throws IllegalArgumentException if {@code maxPayloadBytes} is not positive
	 */
	public ZlibStreamDecompressor(int maxPayloadBytes) {
		if (maxPayloadBytes <= 0) {
			throw new IllegalArgumentException("'maxPayloadBytes' must be positive, was " + maxPayloadBytes);
		}
		this.maxPayloadBytes = maxPayloadBytes;
		this.maxBufferedBytes = (long) maxPayloadBytes + maxPayloadBytes / 1024 + 1024;
		this.inflater = new Inflater();
	}

	/**
	 * Buffer one message and, once the buffer ends with a sync flush, inflate it.
	 * @param message the message's bytes; not modified or retained
	 * @return the payload once a sync flush completes it, otherwise {@code null}
	 * @throws GatewayPayloadTooLargeException if the payload (or its compressed form) exceeds the limit
	 * @throws GatewayDecompressionException if the data is not a continuation of this connection's zlib stream
	 */
	@Override
	public byte[] decompress(byte[] message) {
		checkUsable();
		try {
			if (this.input.size() + (long) message.length > this.maxBufferedBytes) {
				throw new GatewayPayloadTooLargeException(this.maxPayloadBytes);
			}
			this.input.append(message, 0, message.length);
			if (!this.input.endsWith(SYNC_FLUSH_SUFFIX)) {
				return null;
			}
			byte[] payload = inflateBuffered();
			this.input.clear();
			return payload;
		}
		catch (GatewayDecompressionException ex) {
			markFailed();
			throw ex;
		}
	}

	private byte[] inflateBuffered() {
		this.inflater.setInput(this.input.array(), 0, this.input.size());
		try {
			while (true) {
				int inflated = this.inflater.inflate(this.chunk);
				if (inflated > 0) {
					if (this.output.size() + (long) inflated > this.maxPayloadBytes) {
						throw new GatewayPayloadTooLargeException(this.maxPayloadBytes);
					}
					this.output.append(this.chunk, 0, inflated);
					continue;
				}
				if (this.inflater.needsDictionary()) {
					throw new GatewayDecompressionException(
							"zlib-stream data asks for a preset dictionary, which the gateway never uses; "
									+ "the message does not belong to this connection's stream");
				}
				if (this.inflater.finished() && this.inflater.getRemaining() > 0) {
					throw new GatewayDecompressionException(
							"zlib-stream data continues after the end of the zlib stream");
				}
				break;
			}
			return (this.output.size() != 0) ? this.output.toByteArray() : null;
		}
		catch (DataFormatException ex) {
			throw new GatewayDecompressionException("Corrupt zlib-stream data (" + ex.getMessage()
					+ "); each connection needs its own decompressor fed with every message in order", ex);
		}
		finally {
			this.output.clear();
		}
	}

	@Override
	protected void release() {
		this.inflater.end();
	}

}
