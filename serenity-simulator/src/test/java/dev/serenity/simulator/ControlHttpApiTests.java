package dev.serenity.simulator;

import dev.serenity.simulator.HttpTestClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The control API over HTTP drives the same world as the Java API.
 */
class ControlHttpApiTests {

	private DiscordSimulator discord;

	@BeforeEach
	void start() {
		this.discord = DiscordSimulator.start();
	}

	@AfterEach
	void stop() {
		this.discord.close();
	}

	@Test
	void infoShowsHowToConnect() {
		JsonNode info = HttpTestClient.control(this.discord, "GET", "", null).body();
		assertThat(info.path("gateway_url").asString()).isEqualTo(this.discord.gatewayUrl());
		assertThat(info.path("rest_url").asString()).isEqualTo(this.discord.restUrl());
		assertThat(info.path("token").asString()).isEqualTo(this.discord.token());
	}

	@Test
	void userSaysSomethingInAChannelOverHttp() {
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.gatewayUrl())) {
			client.awaitOp(10);
			client.identify(this.discord.token(), 1 | 2 | 512 | 32768, 0, 1);
			client.awaitDispatch("READY");
			JsonNode guild = HttpTestClient.control(this.discord, "POST", "/guilds", "{\"name\":\"Over HTTP\"}").body();
			client.awaitDispatch("GUILD_CREATE");
			String guildId = guild.path("id").asString();
			String channelId = guild.path("channels").get(0).path("id").asString();
			String userId = HttpTestClient.control(this.discord, "POST", "/users", "{\"username\":\"frank\"}")
				.body()
				.path("id")
				.asString();
			assertThat(HttpTestClient.control(this.discord, "PUT", "/guilds/" + guildId + "/members/" + userId, null)
				.status()).isEqualTo(204);
			assertThat(client.awaitDispatch("GUILD_MEMBER_ADD").path("d").path("user").path("id").asString())
				.isEqualTo(userId);
			Reply said = HttpTestClient.control(this.discord, "POST", "/channels/" + channelId + "/messages",
					"{\"author_id\":\"" + userId + "\",\"content\":\"!ping\"}");
			assertThat(said.status()).isEqualTo(200);
			JsonNode message = client.awaitDispatch("MESSAGE_CREATE").path("d");
			assertThat(message.path("content").asString()).isEqualTo("!ping");
			assertThat(message.path("author").path("id").asString()).isEqualTo(userId);
			assertThat(HttpTestClient.control(this.discord, "GET", "/messages", null).body().size()).isEqualTo(1);
		}
	}

	@Test
	void faultsAndRecordingsOverHttp() {
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.gatewayUrl())) {
			client.awaitOp(10);
			client.identify(this.discord.token(), 1, 0, 1);
			client.awaitDispatch("READY");
			Reply fault = HttpTestClient.control(this.discord, "POST", "/shards/0/faults",
					"{\"type\":\"close\",\"code\":4000}");
			assertThat(fault.body().path("connections").asInt()).isEqualTo(1);
			assertThat(client.awaitClose()).isEqualTo(4000);
		}
		JsonNode attempts = HttpTestClient.control(this.discord, "GET", "/recordings/session-attempts", null).body();
		assertThat(attempts.get(0).path("result").asString()).isEqualTo("READY");
		JsonNode closes = HttpTestClient.control(this.discord, "GET", "/recordings/closes", null).body();
		assertThat(closes.get(0).path("code").asInt()).isEqualTo(4000);
		JsonNode sessions = HttpTestClient.control(this.discord, "GET", "/sessions", null).body();
		assertThat(sessions.get(0).path("shard").toString()).isEqualTo("[0,1]");
	}

	@Test
	void simulatedUsersReactPinAndDeleteOverHttp() {
		JsonNode guild = HttpTestClient.control(this.discord, "POST", "/guilds", "{\"name\":\"Reactions\"}").body();
		String channelId = guild.path("channels").get(0).path("id").asString();
		String userId = guild.path("owner_id").asString();
		String messageId = HttpTestClient.control(this.discord, "POST", "/channels/" + channelId + "/messages",
				"{\"author_id\":\"" + userId + "\",\"content\":\"hi\"}").body().path("id").asString();
		String message = "/channels/" + channelId + "/messages/" + messageId;
		assertThat(HttpTestClient.control(this.discord, "PUT", message + "/reactions/%F0%9F%91%8B/" + userId, null)
			.status()).isEqualTo(204);
		assertThat(HttpTestClient.control(this.discord, "PUT", "/channels/" + channelId + "/pins/" + messageId,
				"{\"user_id\":\"" + userId + "\"}").status()).isEqualTo(204);
		var stored = this.discord.control().world().findMessage(Long.parseUnsignedLong(messageId)).orElseThrow();
		assertThat(stored.pinned()).isTrue();
		assertThat(stored.reactions().get(0).emoji().name()).isEqualTo("👋");
		assertThat(HttpTestClient.control(this.discord, "PUT", message + "/reactions/wave/" + userId, null).status())
			.isEqualTo(400);
		assertThat(HttpTestClient.control(this.discord, "DELETE", message, null).status()).isEqualTo(204);
		assertThat(this.discord.control().world().findMessage(Long.parseUnsignedLong(messageId))).isEmpty();
		assertThat(HttpTestClient.control(this.discord, "PUT", message + "/reactions/%F0%9F%91%8B/" + userId, null)
			.status()).isEqualTo(404);
	}

	@Test
	void badControlRequestNamesTheProblem() {
		Reply reply = HttpTestClient.control(this.discord, "POST", "/shards/0/faults", "{\"type\":\"explode\"}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body().path("message").asString()).contains("Unknown fault type 'explode'");
		Reply missing = HttpTestClient.control(this.discord, "POST", "/users", "{}");
		assertThat(missing.body().path("message").asString()).contains("'username' is required");
	}

}
