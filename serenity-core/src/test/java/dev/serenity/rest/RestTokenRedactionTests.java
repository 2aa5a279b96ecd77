package dev.serenity.rest;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.serenity.model.Message;
import dev.serenity.model.User;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The token appears in no log line of a REST call, even with Reactor Netty, Netty, Spring and the library at TRACE,
 * in success, error and retry paths.
 */
class RestTokenRedactionTests {

	private static final String TOKEN = "MTIzNDU2Nzg5.rest-secret-token.XyZ";

	private static final List<String> LOGGERS = List.of("reactor.netty", "io.netty", "org.springframework",
			"dev.serenity", "reactor");

	@Test
	void tokenIsInNoLogLineAtTrace() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.setContext(context);
		appender.start();
		Map<String, Level> previous = new HashMap<>();
		for (String name : LOGGERS) {
			// Captured here only, so TRACE output stays off the console.
			Logger logger = context.getLogger(name);
			previous.put(name, logger.getLevel());
			logger.setLevel(Level.TRACE);
			logger.setAdditive(false);
			logger.addAppender(appender);
		}
		try (DiscordSimulator simulator = DiscordSimulator.start(SimulatorConfig.builder().token(TOKEN).build());
				DiscordRest rest = DiscordRest.builder(RestConfig.builder("Bot " + TOKEN)
					.baseUrl(simulator.restUrl())
					.observer((observation) -> LoggerFactory.getLogger(RestTokenRedactionTests.class)
						.info("observed {}", observation))
					.build()).build()) {
			long channel = simulator.control().defaultChannel(simulator.control().createGuild("Logs").id()).id();
			rest.exchange(RestRequest.of(Route.get("/users/@me"), User.class)).block(Duration.ofSeconds(10));
			rest.exchange(RestRequest.of(Route.post("/channels/{channel.id}/messages", channel), Message.class)
				.withBody(Map.of("content", "logged?"))
				.withAuditLogReason("audit")).block(Duration.ofSeconds(10));
			assertThatExceptionOfType(DiscordRestException.class).isThrownBy(() -> rest
				.exchange(RestRequest.of(Route.post("/channels/{channel.id}/messages", channel), Message.class)
					.withBody(Map.of("content", "")))
				.block(Duration.ofSeconds(10)));
			simulator.control().forceRateLimit(dev.serenity.simulator.http.RateLimitScope.USER, null,
					Duration.ofMillis(10));
			User me = rest.exchange(RestRequest.of(Route.get("/users/@me"), User.class)).block(Duration.ofSeconds(10));
			assertThat(me).isNotNull();
		}
		finally {
			previous.forEach((name, level) -> {
				Logger logger = context.getLogger(name);
				logger.detachAppender(appender);
				logger.setAdditive(true);
				logger.setLevel(level);
			});
		}
		assertThat(appender.list).as("log lines captured").hasSizeGreaterThan(20);
		for (ILoggingEvent event : appender.list) {
			String stack = (event.getThrowableProxy() != null)
					? ThrowableProxyUtil.asString(event.getThrowableProxy()) : "";
			String text = event.getFormattedMessage() + stack;
			assertThat(text).as("log line of %s", event.getLoggerName()).doesNotContain(TOKEN);
		}
	}

}
