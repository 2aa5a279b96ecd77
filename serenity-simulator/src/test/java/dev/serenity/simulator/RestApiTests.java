package dev.serenity.simulator;

import dev.serenity.simulator.HttpTestClient.Reply;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST routes clients need now, with Discord's authentication, validation and error bodies.
 */
class RestApiTests {

	private DiscordSimulator discord;

	private SimChannel channel;

	@BeforeEach
	void start() {
		this.discord = DiscordSimulator.start(SimulatorConfig.builder().guilds(1500).maxConcurrency(4).build());
		SimGuild guild = this.discord.control().world().guilds().get(0);
		this.channel = this.discord.control().defaultChannel(guild.id());
	}

	@AfterEach
	void stop() {
		this.discord.close();
	}

	@Test
	void getGatewayNeedsNoToken() {
		Reply reply = HttpTestClient.call("GET", this.discord.restUrl() + "/gateway", null, null);
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().path("url").asString()).isEqualTo(this.discord.gatewayUrl());
	}

	@Test
	void getGatewayBotRecommendsShardsAndReportsSessionStartLimit() {
		Reply reply = HttpTestClient.bot(this.discord, "GET", "/gateway/bot", null);
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().path("url").asString()).isEqualTo(this.discord.gatewayUrl());
		assertThat(reply.body().path("shards").asInt()).isEqualTo(2);
		JsonNode limit = reply.body().path("session_start_limit");
		assertThat(limit.path("total").asInt()).isEqualTo(1000);
		assertThat(limit.path("remaining").asInt()).isEqualTo(1000);
		assertThat(limit.path("max_concurrency").asInt()).isEqualTo(4);
		assertThat(limit.path("reset_after").asLong()).isPositive();
	}

	@Test
	void missingOrWrongTokenGets401WithDiscordsBody() {
		for (String authorization : new String[] { null, "Bot wrong", this.discord.token() }) {
			Reply reply = HttpTestClient.call("GET", this.discord.restUrl() + "/users/@me", authorization, null);
			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.body().path("message").asString()).isEqualTo("401: Unauthorized");
			assertThat(reply.body().path("code").asInt()).isZero();
		}
	}

	@Test
	void currentUserIsTheBot() {
		Reply reply = HttpTestClient.bot(this.discord, "GET", "/users/@me", null);
		assertThat(reply.body().path("id").asString()).isEqualTo(Long.toUnsignedString(this.discord.botUserId()));
		assertThat(reply.body().path("bot").asBoolean()).isTrue();
	}

	@Test
	void currentApplicationHasTheApplicationId() {
		Reply reply = HttpTestClient.bot(this.discord, "GET", "/applications/@me", null);
		assertThat(reply.body().path("id").asString()).isEqualTo(Long.toUnsignedString(this.discord.applicationId()));
		assertThat(reply.body().path("bot").path("id").asString())
			.isEqualTo(Long.toUnsignedString(this.discord.botUserId()));
	}

	@Test
	void getChannelAndUnknownChannel() {
		Reply reply = HttpTestClient.bot(this.discord, "GET", "/channels/" + Long.toUnsignedString(this.channel.id()), null);
		assertThat(reply.body().path("name").asString()).isEqualTo("general");
		Reply unknown = HttpTestClient.bot(this.discord, "GET", "/channels/12345", null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body().path("code").asInt()).isEqualTo(10003);
	}

	@Test
	void unknownRouteGets404AndWrongMethodGets405() {
		assertThat(HttpTestClient.bot(this.discord, "GET", "/nothing/here", null).status()).isEqualTo(404);
		Reply reply = HttpTestClient.bot(this.discord, "DELETE", "/users/@me", null);
		assertThat(reply.status()).isEqualTo(405);
		assertThat(reply.body().path("message").asString()).isEqualTo("405: Method Not Allowed");
	}

	@Test
	void createMessageEmitsMessageCreateAndCanBeRead() {
		try (GatewayTestClient client = GatewayTestClient.connect(this.discord.gatewayUrl())) {
			client.awaitOp(10);
			long guildShard = (this.channel.guildId() >> 22) % 2;
			client.identify(this.discord.token(), 512, (int) guildShard, 2);
			client.awaitDispatch("READY");
			Reply reply = HttpTestClient.bot(this.discord, "POST",
					"/channels/" + Long.toUnsignedString(this.channel.id()) + "/messages", "{\"content\":\"Pong!\"}");
			assertThat(reply.status()).isEqualTo(200);
			String id = reply.body().path("id").asString();
			assertThat(reply.body().path("author").path("id").asString())
				.isEqualTo(Long.toUnsignedString(this.discord.botUserId()));
			JsonNode event = client.awaitDispatch("MESSAGE_CREATE").path("d");
			assertThat(event.path("id").asString()).isEqualTo(id);
			assertThat(event.path("content").asString()).as("the bot's own content is always visible").isEqualTo("Pong!");
			assertThat(event.path("guild_id").asString()).isEqualTo(Long.toUnsignedString(this.channel.guildId()));
			Reply read = HttpTestClient.bot(this.discord, "GET",
					"/channels/" + Long.toUnsignedString(this.channel.id()) + "/messages/" + id, null);
			assertThat(read.body().path("content").asString()).isEqualTo("Pong!");
		}
		assertThat(this.discord.control().world().messages()).anyMatch((m) -> m.content().equals("Pong!"));
	}

	@Test
	void emptyMessageGets50006() {
		Reply reply = HttpTestClient.bot(this.discord, "POST",
				"/channels/" + Long.toUnsignedString(this.channel.id()) + "/messages", "{\"content\":\"\"}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body().path("code").asInt()).isEqualTo(50006);
	}

	@Test
	void contentOver2000CharactersGets50035NamingTheField() {
		Reply reply = HttpTestClient.bot(this.discord, "POST",
				"/channels/" + Long.toUnsignedString(this.channel.id()) + "/messages",
				"{\"content\":\"" + "a".repeat(2001) + "\"}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body().path("code").asInt()).isEqualTo(50035);
		assertThat(reply.body().path("errors").path("content").path("_errors").get(0).path("code").asString())
			.isEqualTo("BASE_TYPE_MAX_LENGTH");
	}

	@Test
	void invalidJsonGets50109() {
		Reply reply = HttpTestClient.bot(this.discord, "POST",
				"/channels/" + Long.toUnsignedString(this.channel.id()) + "/messages", "{\"content\":");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body().path("code").asInt()).isEqualTo(50109);
	}

	@Test
	void unknownMessageGets10008() {
		Reply reply = HttpTestClient.bot(this.discord, "GET",
				"/channels/" + Long.toUnsignedString(this.channel.id()) + "/messages/1", null);
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.body().path("code").asInt()).isEqualTo(10008);
	}

	@Test
	void otherApiVersionGets50041() {
		Reply reply = HttpTestClient.call("GET", this.discord.restUrl().replace("/v10", "/v9") + "/gateway", null, null);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body().path("code").asInt()).isEqualTo(50041);
	}

}
