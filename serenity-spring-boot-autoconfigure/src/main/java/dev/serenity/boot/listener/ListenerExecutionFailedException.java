package dev.serenity.boot.listener;

/**
 * A {@link DiscordListener} method failed; the message names the method and the event type, the cause is what the
 * method threw.
 */
public class ListenerExecutionFailedException extends RuntimeException {

	private final String listenerId;

	/**
	 * Create the exception.
	 * @param listenerId the listener, e.g. {@code PingListener.onMessage}
	 * @param eventType the event's type name
	 * @param cause what the method threw
	 */
	public ListenerExecutionFailedException(String listenerId, String eventType, Throwable cause) {
		super("Discord listener '" + listenerId + "' failed on " + eventType + ": " + cause, cause);
		this.listenerId = listenerId;
	}

	/**
	 * Return the listener that failed.
	 * @return its id
	 */
	public String listenerId() {
		return this.listenerId;
	}

}
