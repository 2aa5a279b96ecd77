package dev.serenity.simulator;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatorSmokeTests {

	@Test
	void identifyGetsReadyThenGuildCreate() {
		try (DiscordSimulator discord = DiscordSimulator.start(SimulatorConfig.builder().guilds(2).build());
				GatewayTestClient client = GatewayTestClient.connect(discord.gatewayUrl())) {
			JsonNode hello = client.awaitOp(10);
			assertThat(hello.path("d").path("heartbeat_interval").asLong()).isEqualTo(41250);
			client.identify(discord.token(), 513, 0, 1);
			JsonNode ready = client.awaitDispatch("READY");
			assertThat(ready.path("s").asLong()).isEqualTo(1);
			assertThat(ready.path("d").path("guilds").size()).isEqualTo(2);
			client.awaitDispatch("GUILD_CREATE");
			client.awaitDispatch("GUILD_CREATE");
		}
	}

}
