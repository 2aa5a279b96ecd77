package dev.serenity.simulator;

import java.util.EnumSet;

import dev.serenity.simulator.gateway.Intent;
import dev.serenity.simulator.record.SessionAttempt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each close code of the gateway, caused by the real bad input that makes Discord send it.
 */
class IdentifyCloseCodeTests {

	private static final String PROPERTIES = "\"properties\":{\"os\":\"linux\",\"browser\":\"t\",\"device\":\"t\"}";

	private DiscordSimulator discord;

	private DiscordSimulator start(SimulatorConfig.Builder config) {
		this.discord = DiscordSimulator.start(config.clock(new ManualClock()).build());
		return this.discord;
	}

	@AfterEach
	void stop() {
		if (this.discord != null) {
			this.discord.close();
		}
	}

	private int closeCodeAfter(DiscordSimulator discord, String... frames) {
		try (GatewayTestClient client = GatewayTestClient.connect(discord.gatewayUrl())) {
			client.awaitOp(10);
			for (String frame : frames) {
				client.send(frame);
			}
			return client.awaitClose();
		}
	}

	private String identify(String token, String extra) {
		return "{\"op\":2,\"d\":{\"token\":\"" + token + "\"," + PROPERTIES + extra + "}}";
	}

	@Test
	void unknownTokenIsClosedWith4004() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		assertThat(closeCodeAfter(discord, identify("not-the-token", ",\"intents\":1"))).isEqualTo(4004);
	}

	@Test
	void tokenWithBotPrefixIsClosedWith4004() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		assertThat(closeCodeAfter(discord, identify("Bot " + discord.token(), ",\"intents\":1"))).isEqualTo(4004);
	}

	@Test
	void shardIdNotBelowShardCountIsClosedWith4010() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		assertThat(closeCodeAfter(discord, identify(discord.token(), ",\"intents\":1,\"shard\":[2,2]")))
			.isEqualTo(4010);
	}

	@Test
	void malformedShardArrayIsClosedWith4010() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		assertThat(closeCodeAfter(discord, identify(discord.token(), ",\"intents\":1,\"shard\":[0]")))
			.isEqualTo(4010);
	}

	@Test
	void tooManyGuildsOnOneShardIsClosedWith4011() {
		DiscordSimulator discord = start(SimulatorConfig.builder().guilds(3).maxGuildsPerShard(2));
		assertThat(closeCodeAfter(discord, identify(discord.token(), ",\"intents\":1,\"shard\":[0,1]")))
			.isEqualTo(4011);
	}

	@Test
	void enoughShardsForTheGuildsAreAccepted() {
		DiscordSimulator discord = start(SimulatorConfig.builder().guilds(3).maxGuildsPerShard(2));
		try (GatewayTestClient client = GatewayTestClient.connect(discord.gatewayUrl())) {
			client.awaitOp(10);
			client.identify(discord.token(), 1, 0, 2);
			assertThat(client.awaitDispatch("READY").path("d").path("shard").toString()).isEqualTo("[0,2]");
		}
	}

	@Test
	void wrongApiVersionIsClosedWith4012() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		try (GatewayTestClient client = GatewayTestClient.connectRaw(discord.gatewayUrl() + "?v=9&encoding=json")) {
			assertThat(client.awaitClose()).isEqualTo(4012);
		}
	}

	@Test
	void undefinedIntentBitsAreClosedWith4013() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		assertThat(closeCodeAfter(discord, identify(discord.token(), ",\"intents\":" + (1 << 17)))).isEqualTo(4013);
	}

	@Test
	void missingIntentsAreClosedWith4013() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		assertThat(closeCodeAfter(discord, identify(discord.token(), ""))).isEqualTo(4013);
	}

	@Test
	void privilegedIntentNotEnabledForTheApplicationIsClosedWith4014() {
		DiscordSimulator discord = start(SimulatorConfig.builder().privilegedIntents(EnumSet.of(Intent.GUILD_MEMBERS)));
		assertThat(closeCodeAfter(discord, identify(discord.token(), ",\"intents\":" + Intent.MESSAGE_CONTENT.bit())))
			.isEqualTo(4014);
	}

	@Test
	void enabledPrivilegedIntentIsAccepted() {
		DiscordSimulator discord = start(SimulatorConfig.builder().privilegedIntents(EnumSet.of(Intent.GUILD_MEMBERS)));
		try (GatewayTestClient client = GatewayTestClient.connect(discord.gatewayUrl())) {
			client.awaitOp(10);
			client.identify(discord.token(), Intent.GUILD_MEMBERS.bit(), 0, 1);
			client.awaitDispatch("READY");
		}
	}

	@Test
	void commandBeforeIdentifyIsClosedWith4003() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		assertThat(closeCodeAfter(discord,
				"{\"op\":3,\"d\":{\"since\":null,\"activities\":[],\"status\":\"online\",\"afk\":false}}"))
			.isEqualTo(4003);
	}

	@Test
	void heartbeatBeforeIdentifyIsAccepted() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		try (GatewayTestClient client = GatewayTestClient.connect(discord.gatewayUrl())) {
			client.awaitOp(10);
			client.heartbeat(null);
			client.awaitOp(11);
			assertThat(client.isClosed()).isFalse();
		}
	}

	@Test
	void secondIdentifyIsClosedWith4005() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		try (GatewayTestClient client = GatewayTestClient.connect(discord.gatewayUrl())) {
			client.awaitOp(10);
			client.identify(discord.token(), 1, 0, 1);
			client.awaitDispatch("READY");
			client.identify(discord.token(), 1, 0, 1);
			assertThat(client.awaitClose()).isEqualTo(4005);
		}
		assertThat(discord.recorder().sessionAttempts()).extracting(SessionAttempt::result)
			.containsExactly(SessionAttempt.Result.READY, SessionAttempt.Result.CLOSED);
	}

	@Test
	void malformedJsonIsClosedWith4002() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		assertThat(closeCodeAfter(discord, "{\"op\":1,\"d\":")).isEqualTo(4002);
	}

	@Test
	void twoConcatenatedPayloadsAreClosedWith4002() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		assertThat(closeCodeAfter(discord, "{\"op\":1,\"d\":null}{\"op\":1,\"d\":null}")).isEqualTo(4002);
	}

	@Test
	void payloadWithoutIntegerOpIsClosedWith4002() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		assertThat(closeCodeAfter(discord, "{\"op\":\"1\",\"d\":null}")).isEqualTo(4002);
	}

	@Test
	void frameOver4096BytesIsClosedWith4002() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		String padding = "x".repeat(4100);
		assertThat(closeCodeAfter(discord, "{\"op\":1,\"d\":null,\"pad\":\"" + padding + "\"}")).isEqualTo(4002);
	}

	@Test
	void frameOfExactly4096BytesIsAccepted() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		String head = "{\"op\":1,\"d\":null,\"pad\":\"";
		String frame = head + "x".repeat(4096 - head.length() - 2) + "\"}";
		assertThat(frame).hasSize(4096);
		try (GatewayTestClient client = GatewayTestClient.connect(discord.gatewayUrl())) {
			client.awaitOp(10);
			client.send(frame);
			client.awaitOp(11);
		}
	}

	@Test
	void unknownOpcodeIsClosedWith4001() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		assertThat(closeCodeAfter(discord, "{\"op\":5,\"d\":null}")).isEqualTo(4001);
	}

	@Test
	void serverOnlyOpcodeFromClientIsClosedWith4001() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		assertThat(closeCodeAfter(discord, "{\"op\":11}")).isEqualTo(4001);
	}

	@Test
	void payloadThatDoesNotFitItsOpcodeIsClosedWith4001() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		assertThat(closeCodeAfter(discord, "{\"op\":1,\"d\":\"not a sequence\"}")).isEqualTo(4001);
	}

	@Test
	void moreThan120FramesIn60SecondsAreClosedWith4008() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		try (GatewayTestClient client = GatewayTestClient.connect(discord.gatewayUrl())) {
			client.awaitOp(10);
			for (int i = 0; i < 120; i++) {
				client.heartbeat(null);
			}
			for (int i = 0; i < 120; i++) {
				client.awaitOp(11);
			}
			assertThat(client.isClosed()).isFalse();
			client.heartbeat(null);
			assertThat(client.awaitClose()).isEqualTo(4008);
		}
	}

	@Test
	void framesSpreadOverTwoWindowsStayWithinTheLimit() {
		ManualClock clock = new ManualClock();
		this.discord = DiscordSimulator.start(SimulatorConfig.builder().clock(clock).build());
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.gatewayUrl())) {
			client.awaitOp(10);
			for (int round = 0; round < 2; round++) {
				for (int i = 0; i < 120; i++) {
					client.heartbeat(null);
				}
				for (int i = 0; i < 120; i++) {
					client.awaitOp(11);
				}
				clock.advance(java.time.Duration.ofSeconds(61));
			}
			assertThat(client.isClosed()).isFalse();
		}
	}

	@Test
	void closeReasonNamesTheProblem() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		try (GatewayTestClient client = GatewayTestClient.connect(discord.gatewayUrl())) {
			client.awaitOp(10);
			client.send(identify(discord.token(), ",\"intents\":" + (1 << 17)));
			assertThat(client.awaitClose()).isEqualTo(4013);
			assertThat(client.closeReason()).contains("undefined bits");
		}
	}

}
