package dev.serenity.client;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs listener failures with the event type and the listener named.
 */
final class LoggingListenerErrorHandler implements ListenerErrorHandler {

	static final LoggingListenerErrorHandler INSTANCE = new LoggingListenerErrorHandler();

	private static final Logger logger = LoggerFactory.getLogger(ListenerErrorHandler.class);

	@Override
	public void handle(Object event, String listener, EventContext context, Throwable error) {
		logger.error("Listener '{}' threw while handling {} on shard {}", listener, event.getClass().getSimpleName(),
				context.shardId(), error);
	}

}
