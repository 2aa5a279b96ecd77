package dev.serenity.client;

/**
 * Receives what listeners throw. A failing listener never stops the shard or other listeners.
 */
@FunctionalInterface
public interface ListenerErrorHandler {

	/**
	 * Handle a listener's failure.
	 * @param event the event it was handling
	 * @param listener the listener's name
	 * @param context where the event came from
	 * @param error what it threw
	 */
	void handle(Object event, String listener, EventContext context, Throwable error);

	/**
	 * Return the default handler: it logs the event type, the listener and the error.
	 * @return the logging handler
	 */
	static ListenerErrorHandler logging() {
		return LoggingListenerErrorHandler.INSTANCE;
	}

}
