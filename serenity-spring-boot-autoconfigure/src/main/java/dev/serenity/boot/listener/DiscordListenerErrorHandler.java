package dev.serenity.boot.listener;

import dev.serenity.client.EventContext;

/**
 * Receives what {@link DiscordListener} methods throw. A failing listener never stops its shard or other
 * listeners. The starter logs by default; define a bean of this type to do something else.
 */
@FunctionalInterface
public interface DiscordListenerErrorHandler {

	/**
	 * Handle a listener's failure.
	 * @param exception names the listener method and the event, with the failure as its cause
	 * @param event the event being handled
	 * @param context where the event came from
	 */
	void handle(ListenerExecutionFailedException exception, Object event, EventContext context);

	/**
	 * Return a handler that logs each failure at ERROR with the listener and the event type.
	 * @return the logging handler
	 */
	static DiscordListenerErrorHandler logging() {
		return LoggingDiscordListenerErrorHandler.INSTANCE;
	}

}
