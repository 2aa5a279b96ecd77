package dev.serenity.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.serenity.simulator.gateway.FaultKind;
import dev.serenity.simulator.gateway.FaultPlan;
import dev.serenity.simulator.record.SessionAttempt;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults injected per shard through the control API, as a client sees them.
 */
class FaultInjectionTests {

	private final ManualClock clock = new ManualClock();

	private DiscordSimulator discord;

	private SimUser user;

	private SimChannel channel;

	@BeforeEach
	void start() {
		this.discord = DiscordSimulator.start(SimulatorConfig.builder().clock(this.clock).build());
		SimulatorControl.GuildWithMember scene = this.discord.control().createGuildWithMember("Faults", "eve");
		this.user = scene.member();
		this.channel = scene.channel();
	}

	@AfterEach
	void stop() {
		this.discord.close();
	}

	private GatewayTestClient identified() {
		this.clock.advance(SimulatorConfig.DEFAULT_IDENTIFY_WINDOW);
		GatewayTestClient client = GatewayTestClient.connect(this.discord.gatewayUrl());
		client.awaitOp(10);
		client.identify(this.discord.token(), 1 | 512 | 32768, 0, 1);
		client.awaitDispatch("GUILD_CREATE");
		return client;
	}

	@Test
	void dropClosesWithoutACloseFrameAndKeepsTheSession() {
		try (GatewayTestClient client = identified()) {
			assertThat(this.discord.control().shard(0).drop()).isEqualTo(1);
			assertThat(client.awaitClose()).isIn(-1, 1006);
		}
		await().atMost(GatewayTestClient.TIMEOUT)
			.until(() -> this.discord.gateway().sessions().size() == 1
					&& this.discord.gateway().sessions().get(0).connection() == null);
	}

	@Test
	void closeWithACodeReachesTheClient() {
		try (GatewayTestClient client = identified()) {
			this.discord.control().shard(0).close(4000);
			assertThat(client.awaitClose()).isEqualTo(4000);
		}
		assertThat(this.discord.gateway().sessions()).hasSize(1);
	}

	@Test
	void closeWithANewSessionCodeEndsTheSession() {
		try (GatewayTestClient client = identified()) {
			this.discord.control().shard(0).close(4009);
			assertThat(client.awaitClose()).isEqualTo(4009);
		}
		assertThat(this.discord.gateway().sessions()).isEmpty();
	}

	@Test
	void reconnectSendsOp7() {
		try (GatewayTestClient client = identified()) {
			this.discord.control().shard(0).reconnect();
			assertThat(client.awaitOp(7).path("d").isNull()).isTrue();
		}
	}

	@Test
	void invalidSessionTrueKeepsTheSessionAndFalseEndsIt() {
		try (GatewayTestClient client = identified()) {
			this.discord.control().shard(0).invalidateSession(true);
			assertThat(client.awaitOp(9).path("d").asBoolean()).isTrue();
			assertThat(this.discord.gateway().sessions()).hasSize(1);
			this.discord.control().shard(0).invalidateSession(false);
			assertThat(client.awaitOp(9).path("d").asBoolean()).isFalse();
			assertThat(this.discord.gateway().sessions()).isEmpty();
		}
	}

	@Test
	void delayedFramesArriveInOrder() {
		try (GatewayTestClient client = identified()) {
			this.discord.control().shard(0).delayFrames(Duration.ofMillis(50));
			for (int i = 0; i < 20; i++) {
				this.discord.control().say(this.user.id(), this.channel.id(), "delayed " + i);
			}
			for (int i = 0; i < 20; i++) {
				assertThat(client.awaitDispatch("MESSAGE_CREATE").path("d").path("content").asString())
					.isEqualTo("delayed " + i);
			}
		}
	}

	@Test
	void heldShardIsRefusedUntilReleased() {
		String sessionId;
		try (GatewayTestClient client = identified()) {
			sessionId = this.discord.gateway().sessions().get(0).id();
			this.discord.control().shard(0).hold();
			client.awaitClose();
		}
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.resumeGatewayUrl())) {
			client.awaitOp(10);
			client.resume(this.discord.token(), sessionId, 1);
			client.awaitClose();
		}
		this.discord.control().shard(0).release();
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.resumeGatewayUrl())) {
			client.awaitOp(10);
			client.resume(this.discord.token(), sessionId, 1);
			client.awaitDispatch("RESUMED");
		}
		assertThat(this.discord.recorder().sessionAttempts()).extracting(SessionAttempt::result)
			.containsExactly(SessionAttempt.Result.READY, SessionAttempt.Result.REFUSED, SessionAttempt.Result.RESUMED);
	}

	@Test
	void rawFrameIsSentAsIs() {
		try (GatewayTestClient client = identified()) {
			this.discord.control().shard(0).sendRaw("{\"op\":0,\"s\":999,\"t\":\"SOMETHING_NEW\",\"d\":{\"x\":1}}");
			assertThat(client.awaitDispatch("SOMETHING_NEW").path("d").path("x").asInt()).isEqualTo(1);
		}
	}

	@Test
	void faultPlanWithTheSameSeedInjectsTheSameFaults() {
		assertThat(runPlan(42)).isEqualTo(runPlan(42)).hasSize(6);
	}

	private List<Integer> runPlan(long seed) {
		List<Integer> ops = new ArrayList<>();
		try (GatewayTestClient client = identified()) {
			FaultPlan plan = new FaultPlan(seed, 6, 2, 5, List.of(FaultKind.RECONNECT, FaultKind.INVALIDATE_RESUMABLE));
			this.discord.control().shard(0).plan(plan);
			for (int i = 0; i < 40; i++) {
				this.discord.control().say(this.user.id(), this.channel.id(), "plan " + i);
			}
			// Faults are injected as dispatches are written; every fault frame is queued before the ACK asked next.
			await().atMost(GatewayTestClient.TIMEOUT).until(plan::done);
			client.heartbeat(null);
			client.await((p) -> {
				int op = p.path("op").asInt();
				if (op == 7 || op == 9) {
					ops.add(op);
				}
				return op == 11;
			}, "heartbeat ACK");
			this.discord.control().shard(0).plan(null);
			client.closeWith(1000);
		}
		return ops;
	}

}
