package dev.serenity.boot.listener;

import dev.serenity.client.EventContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Logs listener failures; the default {@link DiscordListenerErrorHandler}.
 */
final class LoggingDiscordListenerErrorHandler implements DiscordListenerErrorHandler {

	static final LoggingDiscordListenerErrorHandler INSTANCE = new LoggingDiscordListenerErrorHandler();

	private static final Log logger = LogFactory.getLog(LoggingDiscordListenerErrorHandler.class);

	private LoggingDiscordListenerErrorHandler() {
	}

	@Override
	public void handle(ListenerExecutionFailedException exception, Object event, EventContext context) {
		logger.error(exception.getMessage() + " (shard " + context.shardId() + ")", exception.getCause());
	}

}
