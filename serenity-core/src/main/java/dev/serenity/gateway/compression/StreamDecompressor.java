package dev.serenity.gateway.compression;

/**
 * What the stream decompressors share: one use per connection, refused once closed or after a failure (a broken
 * stream cannot be decoded any further).
 */
abstract class StreamDecompressor implements GatewayDecompressor {

	private boolean failed;

	private boolean closed;

	/**
	 * Fail unless the decompressor can still be used.
	 */
	protected final void checkUsable() {
		if (this.closed) {
			throw new IllegalStateException("Decompressor is closed");
		}
		if (this.failed) {
			throw new GatewayDecompressionException(
					"Decompressor failed on an earlier message; drop the connection and reconnect with a new one");
		}
	}

	/**
	 * Refuse every later message.
	 */
	protected final void markFailed() {
		this.failed = true;
	}

	@Override
	public final void close() {
		if (!this.closed) {
			this.closed = true;
			release();
		}
	}

	/**
	 * Free the native state, once.
	 */
	protected abstract void release();

}
