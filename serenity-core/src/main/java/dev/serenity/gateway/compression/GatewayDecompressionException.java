package dev.serenity.gateway.compression;

/**
 * Thrown when a compressed gateway stream cannot be decoded: corrupt data, a message that is not part of the stream
 * (for example a message of an earlier connection fed to a new decompressor), or a decompressor used after an earlier
 * failure. The stream cannot recover, so the connection must be dropped and a new one opened with a new
 * {@link GatewayDecompressor}.
 */
public class GatewayDecompressionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception with a message.
	 * @param message what went wrong
	 */
	public GatewayDecompressionException(String message) {
		super(message);
	}

	/**
	 * Create an exception with a message and a cause.
	 * @param message what went wrong
	 * @param cause the decoder's error
	 */
	public GatewayDecompressionException(String message, Throwable cause) {
		super(message, cause);
	}

}
