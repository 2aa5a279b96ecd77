package dev.serenity.simulator;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The simulator's own configuration errors fail fast and name the setting.
 */
class SimulatorConfigTests {

	@Test
	void negativeGuildCountNamesTheSetting() {
		assertThatIllegalArgumentException().isThrownBy(() -> SimulatorConfig.builder().guilds(-1).build())
			.withMessageContaining("'guilds'")
			.withMessageContaining("-1");
	}

	@Test
	void zeroHeartbeatIntervalNamesTheSetting() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SimulatorConfig.builder().heartbeatInterval(Duration.ZERO).build())
			.withMessageContaining("'heartbeatInterval'");
	}

	@Test
	void tokenWithBotPrefixIsRejectedWithoutPrintingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> SimulatorConfig.builder().token("Bot secret").build())
			.withMessageContaining("'token'")
			.withMessageNotContaining("secret");
	}

	@Test
	void toStringRedactsTheToken() {
		assertThat(SimulatorConfig.builder().token("very-secret").build().toString()).doesNotContain("very-secret")
			.contains("<redacted>");
	}

	@Test
	void portInUseFailsWithAClearMessage() {
		try (DiscordSimulator first = DiscordSimulator.start()) {
			assertThatIllegalStateException()
				.isThrownBy(() -> DiscordSimulator.start(SimulatorConfig.builder().port(first.port()).build()))
				.withMessageContaining(String.valueOf(first.port()))
				.withMessageContaining("port is in use");
		}
	}

	@Test
	void standaloneOptionsAreParsedAndBadOnesNamed() {
		SimulatorConfig config = SimulatorMain.parse(new String[] { "--port=0", "--guilds=5", "--max-concurrency=4" });
		assertThat(config.guilds()).isEqualTo(5);
		assertThat(config.maxConcurrency()).isEqualTo(4);
		assertThatIllegalArgumentException().isThrownBy(() -> SimulatorMain.parse(new String[] { "--guilds=many" }))
			.withMessageContaining("--guilds");
		assertThatIllegalArgumentException().isThrownBy(() -> SimulatorMain.parse(new String[] { "--colour=red" }))
			.withMessageContaining("--colour");
	}

	@Test
	void bannerPrintsEverythingABotNeeds() {
		try (DiscordSimulator discord = DiscordSimulator.start(SimulatorConfig.builder().guilds(1).build())) {
			assertThat(SimulatorMain.banner(discord)).contains(discord.gatewayUrl(), discord.restUrl(), discord.token(),
					"Simulated Guild 1");
		}
	}

}
