package dev.serenity.simulator;

import java.time.Duration;

import dev.serenity.simulator.record.CloseRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * HELLO with the configured interval, an ACK for every heartbeat, op 1 on request, and a connection that stops
 * heartbeating is closed while its session stays resumable.
 */
class HeartbeatTests {

	private final ManualClock clock = new ManualClock();

	private DiscordSimulator discord;

	@BeforeEach
	void start() {
		this.discord = DiscordSimulator.start(SimulatorConfig.builder()
			.clock(this.clock)
			.heartbeatInterval(Duration.ofSeconds(30))
			.heartbeatGrace(Duration.ofSeconds(5))
			.build());
	}

	@AfterEach
	void stop() {
		this.discord.close();
	}

	@Test
	void helloCarriesTheConfiguredInterval() {
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.gatewayUrl())) {
			assertThat(client.awaitOp(10).path("d").path("heartbeat_interval").asLong()).isEqualTo(30_000);
		}
	}

	@Test
	void everyHeartbeatIsAcknowledged() {
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.gatewayUrl())) {
			client.awaitOp(10);
			for (int i = 0; i < 5; i++) {
				client.heartbeat((long) i);
			}
			for (int i = 0; i < 5; i++) {
				client.awaitOp(11);
			}
		}
	}

	@Test
	void heartbeatRequestedByTheServerArrivesAsOp1() {
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.gatewayUrl())) {
			client.awaitOp(10);
			client.identify(this.discord.token(), 1, 0, 1);
			client.awaitDispatch("READY");
			assertThat(this.discord.control().shard(0).requestHeartbeat()).isEqualTo(1);
			client.awaitOp(1);
		}
	}

	@Test
	void connectionThatStopsHeartbeatingIsClosedAndItsSessionStaysResumable() {
		String sessionId;
		long seq;
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.gatewayUrl())) {
			client.awaitOp(10);
			client.identify(this.discord.token(), 1, 0, 1);
			JsonNode ready = client.awaitDispatch("READY");
			sessionId = ready.path("d").path("session_id").asString();
			seq = ready.path("s").asLong();
			this.clock.advance(Duration.ofSeconds(34));
			this.discord.control().sweep();
			client.heartbeat(seq);
			client.awaitOp(11);
			this.clock.advance(Duration.ofSeconds(36));
			this.discord.control().sweep();
			client.awaitClose();
		}
		assertThat(this.discord.recorder().closes()).anySatisfy((close) -> {
			assertThat(close.initiator()).isEqualTo(CloseRecord.Initiator.SERVER);
			assertThat(close.reason()).contains("Heartbeat");
		});
		await().atMost(GatewayTestClient.TIMEOUT)
			.until(() -> this.discord.gateway().sessions().stream().allMatch((s) -> s.connection() == null));
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.resumeGatewayUrl())) {
			client.awaitOp(10);
			client.resume(this.discord.token(), sessionId, seq);
			client.awaitDispatch("RESUMED");
		}
	}

	@Test
	void withheldAcksStopUntilResumed() {
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.gatewayUrl())) {
			client.awaitOp(10);
			client.identify(this.discord.token(), 1, 0, 1);
			client.awaitDispatch("READY");
			this.discord.control().shard(0).stopAcking();
			client.heartbeat(1L);
			this.discord.control().shard(0).requestHeartbeat();
			java.util.List<JsonNode> seen = new java.util.ArrayList<>();
			client.await((p) -> seen.add(p) && p.path("op").asInt() == 1, "server heartbeat request");
			assertThat(seen).noneMatch((p) -> p.path("op").asInt() == 11);
			this.discord.control().shard(0).resumeAcking();
			client.heartbeat(1L);
			client.awaitOp(11);
		}
	}

}
