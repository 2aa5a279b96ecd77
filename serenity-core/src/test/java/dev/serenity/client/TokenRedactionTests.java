package dev.serenity.client;

import java.util.List;

import dev.serenity.BotToken;
import dev.serenity.TraceLogCapture;
import dev.serenity.gateway.command.ActivityData;
import dev.serenity.gateway.command.PresenceUpdate;
import dev.serenity.model.OnlineStatus;
import dev.serenity.simulator.SimulatorConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token appears in no log line, even with Reactor Netty, Netty and Spring at TRACE, and in no {@code toString}.
 */
class TokenRedactionTests {

	private static final String TOKEN = "MTIzNDU2Nzg5.secret-token-value.XyZ";

	@Test
	void tokenIsInNoLogLineAtTrace() {
		List<String> lines;
		try (TraceLogCapture capture = new TraceLogCapture()) {
			try (SimulatedDiscord discord = SimulatedDiscord.start(SimulatorConfig.builder().token(TOKEN).guilds(1))) {
				DiscordClient client = discord.track(DiscordClient.builder("Bot " + TOKEN, 1 | 512)
					.restUrl(discord.simulator.restUrl())
					.build());
				client.start();
				client.shards()
					.get(0)
					.updatePresence(PresenceUpdate.of(OnlineStatus.IDLE, ActivityData.playing("tests")))
					.join();
				client.shards().get(0).restart().join();
				discord.simulator.control().shard(0).close(4004);
				org.awaitility.Awaitility.await()
					.atMost(java.time.Duration.ofSeconds(10))
					.until(() -> client.shards().get(0).state() == dev.serenity.gateway.ShardState.FATALLY_CLOSED);
			}
			lines = capture.lines();
		}
		assertThat(lines).as("log lines captured").hasSizeGreaterThan(50);
		assertThat(lines).allSatisfy((line) -> assertThat(line).doesNotContain(TOKEN));
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
