package dev.serenity.gateway;

/**
 * A gateway payload that cannot be read; the shard logs it and skips it.
 */
public final class MalformedFrameException extends RuntimeException {

	/**
	 * Create the exception.
	 * @param message what is wrong
	 * @param cause the parser's error, or {@code null}
	 */
	public MalformedFrameException(String message, Throwable cause) {
		super(message, cause);
	}

}
