package dev.serenity.client;

import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.serenity.BotToken;
import dev.serenity.gateway.command.ActivityData;
import dev.serenity.gateway.command.PresenceUpdate;
import dev.serenity.model.OnlineStatus;
import dev.serenity.simulator.SimulatorConfig;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token appears in no log line, even with Reactor Netty, Netty and Spring at TRACE, and in no {@code toString}.
 */
class TokenRedactionTests {

	private static final String TOKEN = "MTIzNDU2Nzg5.secret-token-value.XyZ";

	private static final List<String> LOGGERS = List.of("reactor.netty", "io.netty", "org.springframework",
			"dev.serenity", "reactor");

	@Test
	void tokenIsInNoLogLineAtTrace() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.setContext(context);
		appender.start();
		Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		Map<String, Level> previous = new java.util.HashMap<>();
		for (String name : LOGGERS) {
			previous.put(name, context.getLogger(name).getLevel());
			context.getLogger(name).setLevel(Level.TRACE);
		}
		root.addAppender(appender);
		try (SimulatedDiscord discord = SimulatedDiscord.start(SimulatorConfig.builder().token(TOKEN).guilds(1))) {
			DiscordClient client = discord.track(DiscordClient.builder("Bot " + TOKEN, 1 | 512)
				.restUrl(discord.simulator.restUrl())
				.build());
			client.start();
			client.shards().get(0).updatePresence(PresenceUpdate.of(OnlineStatus.IDLE, ActivityData.playing("tests")))
				.join();
			client.shards().get(0).restart().join();
			discord.simulator.control().shard(0).close(4004);
			org.awaitility.Awaitility.await()
				.atMost(java.time.Duration.ofSeconds(10))
				.until(() -> client.shards().get(0).state() == dev.serenity.gateway.ShardState.FATALLY_CLOSED);
		}
		finally {
			root.detachAppender(appender);
			previous.forEach((name, level) -> context.getLogger(name).setLevel(level));
		}
		assertThat(appender.list).as("log lines captured").hasSizeGreaterThan(50);
		for (ILoggingEvent event : appender.list) {
			String text = event.getFormattedMessage()
					+ ((event.getThrowableProxy() != null) ? ThrowableProxyUtil.asString(event.getThrowableProxy()) : "");
			assertThat(text).as("log line of %s", event.getLoggerName()).doesNotContain(TOKEN);
		}
	}

	@Test
	void toStringNeverShowsTheToken() {
		BotToken token = BotToken.of("Bot " + TOKEN);
		DiscordClientBuilder builder = DiscordClient.builder(TOKEN, 1);
		DiscordClient client = builder.build();
		try {
			assertThat(token.toString()).doesNotContain(TOKEN).contains("redacted");
			assertThat(builder.toString()).doesNotContain(TOKEN);
			assertThat(client.toString()).doesNotContain(TOKEN);
			assertThat(builder.gatewayConfig().toString()).doesNotContain(TOKEN);
			assertThat(token.raw()).isEqualTo(TOKEN);
			assertThat(token.authorization()).isEqualTo("Bot " + TOKEN);
		}
		finally {
			client.close();
		}
	}

	@Test
	void blankTokenIsRejectedWithAHint() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> BotToken.of("  "))
			.withMessageContaining("Developer Portal");
	}

}
