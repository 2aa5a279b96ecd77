package dev.serenity.simulator;

import java.util.Base64;

import dev.serenity.simulator.HttpTestClient.Reply;
import dev.serenity.simulator.gateway.Intent;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.serenity.simulator.HttpTestClient.id;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user, application and webhook routes: Discord's validation and error codes, and the gateway event after each
 * change.
 */
class UserAndWebhookRoutesTests {

	private static final String PNG = "data:image/png;base64,"
			+ Base64.getEncoder().encodeToString(new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 });

	private DiscordSimulator discord;

	private SimGuild guild;

	private SimUser alice;

	private SimChannel channel;

	private GatewayTestClient gateway;

	@BeforeEach
	void start() {
		this.discord = HttpTestClient.startWithRoomyLimits(null);
		SimulatorControl.GuildWithMember scene = this.discord.control().createGuildWithMember("Hooks", "alice");
		this.guild = scene.guild();
		this.alice = scene.member();
		this.channel = scene.channel();
		this.gateway = GatewayTestClient.identified(this.discord, Intent.GUILDS.bit() | Intent.GUILD_MEMBERS.bit()
				| Intent.GUILD_MESSAGES.bit() | Intent.GUILD_WEBHOOKS.bit() | Intent.DIRECT_MESSAGES.bit()
				| Intent.MESSAGE_CONTENT.bit());
	}

	@AfterEach
	void stop() {
		this.gateway.close();
		this.discord.close();
	}

	private Reply rest(String method, String path, String body) {
		return HttpTestClient.bot(this.discord, method, path, body);
	}

	@Test
	void modifyCurrentUserStoresTheProfileAndDispatchesUserUpdate() {
		Reply reply = rest("PATCH", "/users/@me", "{\"username\":\"renamed\",\"avatar\":\"" + PNG + "\"}");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().get("username").asString()).isEqualTo("renamed");
		assertThat(reply.body().get("avatar").asString()).matches("[0-9a-f]{32}");
		assertThat(this.discord.control().world().bot().username()).isEqualTo("renamed");
		JsonNode update = this.gateway.awaitDispatch("USER_UPDATE");
		assertThat(update.get("d").get("avatar").asString()).isEqualTo(reply.body().get("avatar").asString());
		assertThat(rest("GET", "/users/@me", null).body().get("username").asString()).isEqualTo("renamed");
	}

	@Test
	void modifyCurrentUserRejectsShortNamesAndBadImages() {
		Reply shortName = rest("PATCH", "/users/@me", "{\"username\":\"x\"}");
		assertThat(shortName.status()).isEqualTo(400);
		assertThat(shortName.body().get("code").asInt()).isEqualTo(50035);
		assertThat(shortName.body().at("/errors/username/_errors/0/code").asString()).isEqualTo("BASE_TYPE_BAD_LENGTH");
		Reply image = rest("PATCH", "/users/@me", "{\"banner\":\"not an image\"}");
		assertThat(image.body().at("/errors/banner/_errors/0/code").asString()).isEqualTo("IMAGE_INVALID");
	}

	@Test
	void unknownUserIs10013() {
		assertThat(rest("GET", "/users/" + id(this.alice.id()), null).body().get("username").asString())
			.isEqualTo("alice");
		Reply unknown = rest("GET", "/users/1234", null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body().get("code").asInt()).isEqualTo(10013);
	}

	@Test
	void currentUserGuildsArePagedById() {
		SimGuild second = this.discord.control().createGuild("Second");
		SimGuild third = this.discord.control().createGuild("Third");
		JsonNode all = rest("GET", "/users/@me/guilds?with_counts=true", null).body();
		assertThat(all).hasSize(3);
		assertThat(all.get(0).get("approximate_member_count").asInt()).isEqualTo(3);
		JsonNode page = rest("GET", "/users/@me/guilds?after=" + id(this.guild.id()) + "&limit=1", null).body();
		assertThat(page).singleElement().satisfies((g) -> assertThat(g.get("id").asString()).isEqualTo(id(second.id())));
		JsonNode before = rest("GET", "/users/@me/guilds?before=" + id(third.id()) + "&limit=1", null).body();
		assertThat(before.get(0).get("id").asString()).isEqualTo(id(second.id()));
		assertThat(before.get(0).has("approximate_member_count")).isFalse();
		Reply tooMany = rest("GET", "/users/@me/guilds?limit=201", null);
		assertThat(tooMany.body().at("/errors/limit/_errors/0/code").asString()).isEqualTo("NUMBER_TYPE_MAX");
	}

	@Test
	void leavingAGuildDispatchesMemberRemoveAndGuildDelete() {
		Reply member = rest("GET", "/users/@me/guilds/" + id(this.guild.id()) + "/member", null);
		assertThat(member.body().get("user").get("id").asString()).isEqualTo(id(this.discord.control().world().bot().id()));
		assertThat(rest("DELETE", "/users/@me/guilds/" + id(this.guild.id()), null).status()).isEqualTo(204);
		JsonNode remove = this.gateway.awaitDispatch("GUILD_MEMBER_REMOVE");
		assertThat(remove.get("d").get("user").get("id").asString()).isEqualTo(id(this.discord.control().world().bot().id()));
		JsonNode delete = this.gateway.awaitDispatch("GUILD_DELETE");
		assertThat(delete.get("d").get("id").asString()).isEqualTo(id(this.guild.id()));
		assertThat(delete.get("d").has("unavailable")).isFalse();
		assertThat(rest("GET", "/users/@me/guilds", null).body()).isEmpty();
		assertThat(rest("DELETE", "/users/@me/guilds/" + id(this.guild.id()), null).body().get("code").asInt())
			.isEqualTo(10004);
	}

	@Test
	void createDmReturnsTheSameChannelWithoutChannelCreate() {
		Reply first = rest("POST", "/users/@me/channels", "{\"recipient_id\":\"" + id(this.alice.id()) + "\"}");
		Reply second = rest("POST", "/users/@me/channels", "{\"recipient_id\":\"" + id(this.alice.id()) + "\"}");
		assertThat(first.body().get("type").asInt()).isEqualTo(1);
		assertThat(second.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
		assertThat(rest("POST", "/users/@me/channels", "{}").body().at("/errors/recipient_id/_errors/0/code")
			.asString()).isEqualTo("BASE_TYPE_REQUIRED");
		rest("POST", "/channels/" + first.body().get("id").asString() + "/messages", "{\"content\":\"hi\"}");
		this.gateway.awaitDispatch("MESSAGE_CREATE");
		assertThat(this.gateway.drainReceived()).noneMatch((p) -> "CHANNEL_CREATE".equals(p.path("t").asString(null)));
	}

	@Test
	void editCurrentApplicationKeepsTheChangesAndOnlySetsLimitedFlags() {
		Reply edited = rest("PATCH", "/applications/@me", "{\"description\":\"New\",\"tags\":[\"fun\"],"
				+ "\"flags\":8192,\"interactions_endpoint_url\":\"https://example.com/i\"}");
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.body().get("flags").asInt() & 8192).isEqualTo(8192);
		assertThat(edited.body().get("flags").asInt() & (1 << 12)).isEqualTo(1 << 12);
		JsonNode application = rest("GET", "/applications/@me", null).body();
		assertThat(application.get("description").asString()).isEqualTo("New");
		assertThat(application.get("tags").get(0).asString()).isEqualTo("fun");
		assertThat(rest("PATCH", "/applications/@me", "{\"flags\":1}").body().at("/errors/flags/_errors/0/code")
			.asString()).isEqualTo("BASE_TYPE_CHOICES");
		assertThat(rest("PATCH", "/applications/@me", "{\"tags\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\"]}").body()
			.get("code").asInt()).isEqualTo(50035);
	}

	@Test
	void createWebhookValidatesTheNameAndDispatchesWebhooksUpdate() {
		String path = "/channels/" + id(this.channel.id()) + "/webhooks";
		Reply created = rest("POST", path, "{\"name\":\"Relay\",\"avatar\":\"" + PNG + "\"}");
		assertThat(created.status()).isEqualTo(200);
		assertThat(created.body().get("token").asString()).hasSizeGreaterThan(60);
		assertThat(created.body().get("user").get("id").asString())
			.isEqualTo(id(this.discord.control().world().bot().id()));
		JsonNode update = this.gateway.awaitDispatch("WEBHOOKS_UPDATE");
		assertThat(update.get("d").get("channel_id").asString()).isEqualTo(id(this.channel.id()));
		Reply clyde = rest("POST", path, "{\"name\":\"my Clyde\"}");
		assertThat(clyde.body().get("code").asInt()).isEqualTo(50035);
		assertThat(clyde.body().at("/errors/name/_errors/0/code").asString()).isEqualTo("USERNAME_INVALID_CONTAINS");
		assertThat(rest("POST", path, "{\"name\":\"\"}").body().at("/errors/name/_errors/0/code").asString())
			.isEqualTo("BASE_TYPE_BAD_LENGTH");
		for (int i = 1; i < 15; i++) {
			assertThat(rest("POST", path, "{\"name\":\"hook " + i + "\"}").status()).isEqualTo(200);
		}
		Reply sixteenth = rest("POST", path, "{\"name\":\"one too many\"}");
		assertThat(sixteenth.body().get("code").asInt()).isEqualTo(30007);
		assertThat(rest("GET", path, null).body()).hasSize(15);
		assertThat(rest("GET", "/guilds/" + id(this.guild.id()) + "/webhooks", null).body()).hasSize(15);
	}

	@Test
	void webhookTokensAreChecked() {
		JsonNode webhook = webhook("Relay");
		String base = "/webhooks/" + webhook.get("id").asString();
		Reply wrong = rest("GET", base + "/not-the-token", null);
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.body().get("code").asInt()).isEqualTo(50027);
		String url = this.discord.restUrl() + base + "/" + webhook.get("token").asString();
		assertThat(HttpTestClient.call("GET", url, null, null).status()).as("no Authorization needed").isEqualTo(200);
		assertThat(HttpTestClient.call("GET", this.discord.restUrl() + base, null, null).status()).isEqualTo(401);
		Reply right = rest("GET", base + "/" + webhook.get("token").asString(), null);
		assertThat(right.body().get("name").asString()).isEqualTo("Relay");
		assertThat(right.body().has("user")).isFalse();
		assertThat(rest("GET", "/webhooks/1234", null).body().get("code").asInt()).isEqualTo(10015);
	}

	@Test
	void modifyAndDeleteDispatchWebhooksUpdate() {
		JsonNode webhook = webhook("Relay");
		String base = "/webhooks/" + webhook.get("id").asString();
		this.gateway.awaitDispatch("WEBHOOKS_UPDATE");
		Reply renamed = rest("PATCH", base, "{\"name\":\"Renamed\"}");
		assertThat(renamed.body().get("name").asString()).isEqualTo("Renamed");
		this.gateway.awaitDispatch("WEBHOOKS_UPDATE");
		Reply withToken = rest("PATCH", base + "/" + webhook.get("token").asString(), "{\"avatar\":null}");
		assertThat(withToken.body().get("avatar").isNull()).isTrue();
		this.gateway.awaitDispatch("WEBHOOKS_UPDATE");
		assertThat(rest("DELETE", base, null).status()).isEqualTo(204);
		this.gateway.awaitDispatch("WEBHOOKS_UPDATE");
		assertThat(rest("GET", base, null).body().get("code").asInt()).isEqualTo(10015);
	}

	@Test
	void executeCreatesAMessageAuthoredByTheWebhook() {
		JsonNode webhook = webhook("Relay");
		String base = "/webhooks/" + webhook.get("id").asString() + "/" + webhook.get("token").asString();
		Reply sent = rest("POST", base + "?wait=true", "{\"content\":\"hello\",\"username\":\"Other name\"}");
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.body().get("webhook_id").asString()).isEqualTo(webhook.get("id").asString());
		assertThat(sent.body().get("author").get("id").asString()).isEqualTo(webhook.get("id").asString());
		assertThat(sent.body().get("author").get("username").asString()).isEqualTo("Other name");
		JsonNode create = this.gateway.awaitDispatch("MESSAGE_CREATE");
		assertThat(create.get("d").get("webhook_id").asString()).isEqualTo(webhook.get("id").asString());
		assertThat(rest("POST", base, "{\"content\":\"no wait\"}").status()).isEqualTo(204);
		assertThat(rest("POST", base, "{}").body().get("code").asInt()).isEqualTo(50006);
		assertThat(rest("POST", base, "{\"content\":\"x\",\"username\":\"discord bot\"}").body()
			.at("/errors/username/_errors/0/code").asString()).isEqualTo("USERNAME_INVALID_CONTAINS");
		assertThat(rest("POST", base + "?thread_id=1234", "{\"content\":\"x\"}").body().get("code").asInt())
			.isEqualTo(10003);
		String message = base + "/messages/" + sent.body().get("id").asString();
		Reply edited = rest("PATCH", message, "{\"content\":\"edited\"}");
		assertThat(edited.body().get("content").asString()).isEqualTo("edited");
		assertThat(this.gateway.awaitDispatch("MESSAGE_UPDATE").get("d").get("content").asString()).isEqualTo("edited");
		assertThat(rest("GET", message, null).body().get("content").asString()).isEqualTo("edited");
		assertThat(rest("DELETE", message, null).status()).isEqualTo(204);
		this.gateway.awaitDispatch("MESSAGE_DELETE");
		assertThat(rest("GET", message, null).body().get("code").asInt()).isEqualTo(10008);
	}

	private JsonNode webhook(String name) {
		Reply created = rest("POST", "/channels/" + id(this.channel.id()) + "/webhooks", "{\"name\":\"" + name + "\"}");
		assertThat(created.status()).isEqualTo(200);
		return created.body();
	}

}
