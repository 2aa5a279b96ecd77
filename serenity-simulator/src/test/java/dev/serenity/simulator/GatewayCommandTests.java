package dev.serenity.simulator;

import java.time.Duration;

import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands an identified client sends: presence update (recorded), voice state update (answered with
 * VOICE_STATE_UPDATE and VOICE_SERVER_UPDATE) and request guild members (answered with GUILD_MEMBERS_CHUNK).
 */
class GatewayCommandTests {

	private static final long ALL = 1 | 2 | 128 | 256 | 512;

	private final ManualClock clock = new ManualClock();

	private DiscordSimulator discord;

	private SimGuild guild;

	private GatewayTestClient client;

	@BeforeEach
	void start() {
		this.discord = DiscordSimulator.start(SimulatorConfig.builder().clock(this.clock).build());
		this.guild = this.discord.control().createGuild("Commands");
		for (int i = 0; i < 2500; i++) {
			this.discord.control().world().addMember(this.guild.id(),
					this.discord.control().world().createUser("member" + i, false).id());
		}
	}

	@AfterEach
	void stop() {
		if (this.client != null) {
			this.client.close();
		}
		this.discord.close();
	}

	private GatewayTestClient identify(long intents) {
		this.client = GatewayTestClient.connect(this.discord.gatewayUrl());
		this.client.awaitOp(10);
		this.client.send("{\"op\":2,\"d\":{\"token\":\"" + this.discord.token() + "\",\"intents\":" + intents
				+ ",\"properties\":{\"os\":\"linux\",\"browser\":\"t\",\"device\":\"t\"},"
				+ "\"presence\":{\"since\":null,\"activities\":[{\"name\":\"tests\",\"type\":0}],\"status\":\"idle\","
				+ "\"afk\":false}}}");
		this.client.awaitDispatch("READY");
		return this.client;
	}

	@Test
	void presenceFromIdentifyAndOp3IsRecorded() {
		GatewayTestClient client = identify(ALL);
		client.send("{\"op\":3,\"d\":{\"since\":null,\"activities\":[{\"name\":\"ping\",\"type\":2}],\"status\":\"dnd\","
				+ "\"afk\":false}}");
		client.heartbeat(null);
		client.awaitOp(11);
		assertThat(this.discord.recorder().presences()).extracting((p) -> p.status()).containsExactly("idle", "dnd");
	}

	@Test
	void presenceWithUnknownStatusIsClosedWith4001() {
		GatewayTestClient client = identify(ALL);
		client.send("{\"op\":3,\"d\":{\"since\":null,\"activities\":[],\"status\":\"busy\",\"afk\":false}}");
		assertThat(client.awaitClose()).isEqualTo(4001);
		assertThat(client.closeReason()).contains("status");
	}

	@Test
	void joiningVoiceAnswersWithVoiceStateThenVoiceServer() {
		GatewayTestClient client = identify(ALL);
		SimChannel voice = this.discord.control().world().channelsOf(this.guild).stream()
			.filter((c) -> c.type() == SimChannel.GUILD_VOICE).findFirst().orElseThrow();
		client.send("{\"op\":4,\"d\":{\"guild_id\":\"" + Long.toUnsignedString(this.guild.id()) + "\",\"channel_id\":\""
				+ Long.toUnsignedString(voice.id()) + "\",\"self_mute\":false,\"self_deaf\":true}}");
		JsonNode state = client.awaitDispatch("VOICE_STATE_UPDATE").path("d");
		assertThat(state.path("channel_id").asString()).isEqualTo(Long.toUnsignedString(voice.id()));
		assertThat(state.path("user_id").asString()).isEqualTo(Long.toUnsignedString(this.discord.botUserId()));
		assertThat(state.path("self_deaf").asBoolean()).isTrue();
		assertThat(state.path("session_id").asString()).isNotEmpty();
		JsonNode server = client.awaitDispatch("VOICE_SERVER_UPDATE").path("d");
		assertThat(server.path("guild_id").asString()).isEqualTo(Long.toUnsignedString(this.guild.id()));
		assertThat(server.path("token").asString()).isNotEmpty();
		assertThat(server.path("endpoint").asString()).isNotEmpty();
	}

	@Test
	void leavingVoiceAnswersWithVoiceStateWithoutChannel() {
		GatewayTestClient client = identify(ALL);
		client.send("{\"op\":4,\"d\":{\"guild_id\":\"" + Long.toUnsignedString(this.guild.id())
				+ "\",\"channel_id\":null,\"self_mute\":false,\"self_deaf\":false}}");
		assertThat(client.awaitDispatch("VOICE_STATE_UPDATE").path("d").path("channel_id").isNull()).isTrue();
	}

	@Test
	void requestingAllMembersAnswersInChunksOf1000WithTheNonce() {
		GatewayTestClient client = identify(ALL);
		client.send("{\"op\":8,\"d\":{\"guild_id\":\"" + Long.toUnsignedString(this.guild.id())
				+ "\",\"query\":\"\",\"limit\":0,\"nonce\":\"n-1\"}}");
		int members = 0;
		for (int index = 0; index < 3; index++) {
			JsonNode chunk = client.awaitDispatch("GUILD_MEMBERS_CHUNK").path("d");
			assertThat(chunk.path("chunk_index").asInt()).isEqualTo(index);
			assertThat(chunk.path("chunk_count").asInt()).isEqualTo(3);
			assertThat(chunk.path("nonce").asString()).isEqualTo("n-1");
			members += chunk.path("members").size();
		}
		assertThat(members).isEqualTo(2500 + 2);
	}

	@Test
	void secondRequestForAllMembersWithin30SecondsIsRateLimited() {
		GatewayTestClient client = identify(ALL);
		String request = "{\"op\":8,\"d\":{\"guild_id\":\"" + Long.toUnsignedString(this.guild.id())
				+ "\",\"query\":\"\",\"limit\":0,\"nonce\":\"again\"}}";
		client.send(request);
		client.awaitDispatch("GUILD_MEMBERS_CHUNK");
		client.send(request);
		JsonNode limited = client.awaitDispatch("RATE_LIMITED").path("d");
		assertThat(limited.path("opcode").asInt()).isEqualTo(8);
		assertThat(limited.path("retry_after").asDouble()).isPositive();
		assertThat(limited.path("meta").path("nonce").asString()).isEqualTo("again");
		this.clock.advance(Duration.ofSeconds(30));
		client.send(request);
		client.awaitDispatch("GUILD_MEMBERS_CHUNK");
	}

	@Test
	void requestingMembersByIdListsThoseNotFound() {
		GatewayTestClient client = identify(ALL);
		client.send("{\"op\":8,\"d\":{\"guild_id\":\"" + Long.toUnsignedString(this.guild.id()) + "\",\"user_ids\":[\""
				+ Long.toUnsignedString(this.discord.botUserId()) + "\",\"42\"],\"limit\":0}}");
		JsonNode chunk = client.awaitDispatch("GUILD_MEMBERS_CHUNK").path("d");
		assertThat(chunk.path("members").size()).isEqualTo(1);
		assertThat(chunk.path("not_found").get(0).asString()).isEqualTo("42");
	}

	@Test
	void queryReturnsAtMost100MembersByPrefix() {
		GatewayTestClient client = identify(ALL);
		client.send("{\"op\":8,\"d\":{\"guild_id\":\"" + Long.toUnsignedString(this.guild.id())
				+ "\",\"query\":\"member1\",\"limit\":1000}}");
		JsonNode chunk = client.awaitDispatch("GUILD_MEMBERS_CHUNK").path("d");
		assertThat(chunk.path("members").size()).isEqualTo(100);
		assertThat(chunk.path("members").valueStream())
			.allMatch((m) -> m.path("user").path("username").asString().startsWith("member1"));
	}

	@Test
	void requestingAllMembersWithoutGuildMembersIntentGetsNoAnswer() {
		GatewayTestClient client = identify(1);
		client.send("{\"op\":8,\"d\":{\"guild_id\":\"" + Long.toUnsignedString(this.guild.id())
				+ "\",\"query\":\"\",\"limit\":0}}");
		client.heartbeat(null);
		java.util.List<JsonNode> seen = new java.util.ArrayList<>();
		client.await((p) -> seen.add(p) && p.path("op").asInt() == 11, "heartbeat ACK");
		assertThat(seen).noneMatch((p) -> "GUILD_MEMBERS_CHUNK".equals(p.path("t").asString(null)));
		assertThat(client.isClosed()).isFalse();
	}

}
