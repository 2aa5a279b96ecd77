package dev.serenity.simulator;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A flood of MESSAGE_CREATE: every message arrives once, in sequence, also across a dropped connection and RESUME.
 */
class FloodTests {

	private DiscordSimulator discord;

	private SimUser user;

	private SimChannel channel;

	@BeforeEach
	void start() {
		this.discord = DiscordSimulator.start(SimulatorConfig.builder().resumeBufferSize(50_000).build());
		SimGuild guild = this.discord.control().createGuild("Flood");
		this.user = this.discord.control().createUser("flooder");
		this.discord.control().addMember(guild.id(), this.user.id());
		this.channel = this.discord.control().defaultChannel(guild.id());
	}

	@AfterEach
	void stop() {
		this.discord.close();
	}

	@Test
	void everyFloodedMessageArrivesInSequence() {
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.gatewayUrl())) {
			client.awaitOp(10);
			client.identify(this.discord.token(), 512 | 32768, 0, 1);
			long seq = client.awaitDispatch("READY").path("s").asLong();
			SimulatorControl.Flood flood = this.discord.control().flood(this.channel.id(), this.user.id(), 20_000);
			Set<String> ids = new HashSet<>();
			for (int i = 0; i < 20_000; i++) {
				JsonNode message = client.awaitDispatch("MESSAGE_CREATE");
				assertThat(message.path("s").asLong()).isEqualTo(++seq);
				assertThat(message.path("d").path("channel_id").asString())
					.isEqualTo(Long.toUnsignedString(this.channel.id()));
				assertThat(message.path("d").path("content").asString()).startsWith("Flood message " + i + " ");
				ids.add(message.path("d").path("id").asString());
			}
			assertThat(ids).hasSize(20_000);
			assertThat(flood.await(Duration.ofSeconds(10))).isTrue();
			assertThat(flood.sent()).isEqualTo(20_000);
		}
	}

	private record Dropped(String sessionId, long lastSeq) {
	}

	private Dropped identifyThenDropAfter(int messages, long floodCount, Set<String> ids) {
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.gatewayUrl())) {
			client.awaitOp(10);
			client.identify(this.discord.token(), 512 | 32768, 0, 1);
			JsonNode ready = client.awaitDispatch("READY");
			long lastSeq = ready.path("s").asLong();
			if (floodCount > 0) {
				this.discord.control().flood(this.channel.id(), this.user.id(), floodCount);
			}
			for (int i = 0; i < messages; i++) {
				JsonNode message = client.awaitDispatch("MESSAGE_CREATE");
				assertThat(message.path("s").asLong()).isEqualTo(++lastSeq);
				ids.add(message.path("d").path("id").asString());
			}
			client.abort();
			await().atMost(GatewayTestClient.TIMEOUT)
				.until(() -> this.discord.gateway().sessions().get(0).connection() == null);
			return new Dropped(ready.path("d").path("session_id").asString(), lastSeq);
		}
	}

	private void resumeAndReceiveTheRest(Dropped dropped, Set<String> ids, int total) {
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.resumeGatewayUrl())) {
			client.awaitOp(10);
			client.resume(this.discord.token(), dropped.sessionId(), dropped.lastSeq());
			long lastSeq = dropped.lastSeq();
			while (ids.size() < total) {
				JsonNode message = client.await((p) -> p.path("op").asInt() == 0, "dispatch");
				assertThat(message.path("s").asLong()).isEqualTo(++lastSeq);
				if ("MESSAGE_CREATE".equals(message.path("t").asString())) {
					assertThat(ids.add(message.path("d").path("id").asString())).as("delivered once").isTrue();
				}
			}
		}
	}

	@Test
	void floodStartedWhileDisconnectedWaitsForTheResume() {
		Set<String> ids = new HashSet<>();
		Dropped dropped = identifyThenDropAfter(0, 0, ids);
		SimulatorControl.Flood flood = this.discord.control().flood(this.channel.id(), this.user.id(), 5_000);
		assertThat(flood.floods()).hasSize(1);
		assertThat(flood.sent()).isZero();
		resumeAndReceiveTheRest(dropped, ids, 5_000);
		assertThat(flood.await(Duration.ofSeconds(10))).isTrue();
	}

	@Test
	void floodInterruptedByADropDeliversEveryMessageOnceAfterResume() {
		Set<String> ids = new HashSet<>();
		Dropped dropped = identifyThenDropAfter(5_000, 30_000, ids);
		resumeAndReceiveTheRest(dropped, ids, 30_000);
		assertThat(ids).hasSize(30_000);
	}

}
