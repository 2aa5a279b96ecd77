package dev.serenity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Test support: captures, at TRACE, every log line of the libraries a token could leak through (Reactor Netty, Netty,
 * Spring, Reactor and this library), off the console, and restores the levels on close.
 */
public final class TraceLogCapture implements AutoCloseable {

	/** The loggers captured. */
	public static final List<String> LOGGERS = List.of("reactor.netty", "io.netty", "org.springframework", "reactor",
			"dev.serenity");

	private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private final Map<String, Level> previous = new HashMap<>();

	/**
	 * Start capturing.
	 */
	public TraceLogCapture() {
		this.appender.setContext(this.context);
		this.appender.start();
		for (String name : LOGGERS) {
			Logger logger = this.context.getLogger(name);
			this.previous.put(name, logger.getLevel());
			logger.setLevel(Level.TRACE);
			logger.setAdditive(false);
			logger.addAppender(this.appender);
		}
	}

	/**
	 * Return every captured line with its stack trace, if any.
	 * @return the lines as text
	 */
	public List<String> lines() {
		List<ILoggingEvent> events;
		// Appending holds the appender's lock; other threads may still be logging.
		synchronized (this.appender) {
			events = new ArrayList<>(this.appender.list);
		}
		return events.stream()
			.map((event) -> event.getLoggerName() + ": " + event.getFormattedMessage()
					+ ((event.getThrowableProxy() != null) ? ThrowableProxyUtil.asString(event.getThrowableProxy())
							: ""))
			.toList();
	}

	@Override
	public void close() {
		this.previous.forEach((name, level) -> {
			Logger logger = this.context.getLogger(name);
			logger.detachAppender(this.appender);
			logger.setAdditive(true);
			logger.setLevel(level);
		});
	}

}
