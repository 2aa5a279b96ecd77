package dev.serenity.simulator;

import java.time.Duration;
import java.time.Instant;

import dev.serenity.simulator.HttpTestClient.Reply;
import dev.serenity.simulator.gateway.Intent;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.serenity.simulator.HttpTestClient.assertError;
import static dev.serenity.simulator.HttpTestClient.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Components and polls on the message routes: Discord's validation (paths and codes), the stored state as it
 * round-trips, votes and the end of a poll with their gateway events.
 */
class ComponentAndPollRoutesTests {

	private static final Instant START = Instant.parse("2025-06-01T12:00:00Z");

	private static final String BUTTONS = """
			{"type":1,"components":[
			  {"type":2,"style":1,"custom_id":"yes","label":"Yes"},
			  {"type":2,"style":5,"url":"https://example.com","label":"Docs"}]}""";

	private static final String SELECT = """
			{"type":1,"components":[{"type":3,"custom_id":"colour","placeholder":"Pick",
			  "options":[{"label":"Red","value":"red"},{"label":"Blue","value":"blue","default":true}]}]}""";

	private static final String POLL = """
			{"question":{"text":"Lunch?"},"answers":[{"poll_media":{"text":"Pizza","emoji":{"name":"🍕"}}},
			  {"poll_media":{"text":"Sushi"}}],"duration":4,"allow_multiselect":false,"layout_type":1}""";

	private final ManualClock clock = new ManualClock(START);

	private DiscordSimulator discord;

	private SimUser alice;

	private SimChannel channel;

	private String messages;

	private GatewayTestClient gateway;

	@BeforeEach
	void start() {
		this.discord = HttpTestClient.startWithRoomyLimits(this.clock);
		SimGuild guild = this.discord.control().createGuild("Polls");
		this.alice = this.discord.control().createUser("alice");
		this.discord.control().addMember(guild.id(), this.alice.id());
		this.channel = this.discord.control().defaultChannel(guild.id());
		this.messages = "/channels/" + id(this.channel.id()) + "/messages";
		this.gateway = GatewayTestClient.identified(this.discord, Intent.GUILDS.bit() | Intent.GUILD_MESSAGES.bit()
				| Intent.GUILD_MESSAGE_POLLS.bit() | Intent.MESSAGE_CONTENT.bit());
	}

	@AfterEach
	void stop() {
		this.gateway.close();
		this.discord.close();
	}

	@Test
	void componentsRoundTripWithTheIdsDiscordAssigns() {
		Reply reply = post("{\"content\":\"pick\",\"components\":[" + BUTTONS + "," + SELECT + "]}");
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		JsonNode components = reply.body().path("components");
		assertThat(components.path(0).path("id").asInt()).isEqualTo(1);
		assertThat(components.path(0).path("components").path(0).path("id").asInt()).isEqualTo(2);
		assertThat(components.path(0).path("components").path(1).path("url").asString())
			.isEqualTo("https://example.com");
		assertThat(components.path(1).path("components").path(0).path("options").path(1).path("default").asBoolean())
			.isTrue();
		JsonNode created = this.gateway.awaitDispatch("MESSAGE_CREATE").path("d");
		assertThat(created.path("components")).isEqualTo(components);
		String id = reply.body().path("id").asString();
		assertThat(rest("GET", this.messages + "/" + id, null).body().path("components")).isEqualTo(components);
		Reply edited = rest("PATCH", this.messages + "/" + id, "{\"components\":[" + SELECT + "]}");
		assertThat(edited.status()).as(edited.text()).isEqualTo(200);
		assertThat(this.gateway.awaitDispatch("MESSAGE_UPDATE").path("d").path("components").path(0)
			.path("components").path(0).path("custom_id").asString()).isEqualTo("colour");
	}

	@Test
	void rowLimitsAreDiscordsErrors() {
		String button = "{\"type\":2,\"style\":2,\"label\":\"b\",\"custom_id\":\"b%d\"}";
		StringBuilder six = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			six.append((i > 0) ? "," : "").append(button.formatted(i));
		}
		Reply tooWide = post("{\"components\":[{\"type\":1,\"components\":[" + six + "]}]}");
		assertField(tooWide, "BASE_TYPE_BAD_LENGTH", "components", "0", "components");
		Reply mixed = post("{\"components\":[{\"type\":1,\"components\":[" + button.formatted(1)
				+ ",{\"type\":3,\"custom_id\":\"s\",\"options\":[{\"label\":\"a\",\"value\":\"a\"}]}]}]}");
		assertField(mixed, "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "components", "0", "components", "1");
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			rows.append((i > 0) ? "," : "").append("{\"type\":1,\"components\":[" + button.formatted(i) + "]}");
		}
		assertField(post("{\"components\":[" + rows + "]}"), "BASE_TYPE_MAX_LENGTH", "components");
	}

	@Test
	void fieldErrorsNameTheComponentPath() {
		Reply duplicate = post("{\"components\":[" + BUTTONS + ",{\"type\":1,\"components\":["
				+ "{\"type\":2,\"style\":4,\"custom_id\":\"yes\",\"label\":\"Again\"}]}]}");
		assertField(duplicate, "COMPONENT_CUSTOM_ID_DUPLICATED", "components", "1", "components", "0", "custom_id");
		Reply longId = post("{\"components\":[{\"type\":1,\"components\":[{\"type\":2,\"style\":1,\"label\":\"x\","
				+ "\"custom_id\":\"" + "c".repeat(101) + "\"}]}]}");
		assertField(longId, "BASE_TYPE_BAD_LENGTH", "components", "0", "components", "0", "custom_id");
		Reply longLabel = post("{\"components\":[{\"type\":1,\"components\":[{\"type\":2,\"style\":1,"
				+ "\"custom_id\":\"x\",\"label\":\"" + "l".repeat(81) + "\"}]}]}");
		assertField(longLabel, "BASE_TYPE_MAX_LENGTH", "components", "0", "components", "0", "label");
		Reply linkWithoutUrl = post("{\"components\":[{\"type\":1,\"components\":[{\"type\":2,\"style\":5,"
				+ "\"label\":\"go\"}]}]}");
		assertField(linkWithoutUrl, "BASE_TYPE_REQUIRED", "components", "0", "components", "0", "url");
		Reply noOptions = post("{\"components\":[{\"type\":1,\"components\":[{\"type\":3,\"custom_id\":\"s\","
				+ "\"options\":[]}]}]}");
		assertField(noOptions, "BASE_TYPE_BAD_LENGTH", "components", "0", "components", "0", "options");
	}

	@Test
	void layoutComponentsNeedTheComponentsV2Flag() {
		String text = "{\"type\":10,\"content\":\"# Hello\"}";
		assertField(post("{\"components\":[" + text + "]}"), "UNION_TYPE_CHOICES", "components", "0");
		Reply v2 = post("{\"flags\":32768,\"components\":[{\"type\":17,\"accent_color\":703487,\"components\":["
				+ text + ",{\"type\":14,\"divider\":true,\"spacing\":2},{\"type\":9,\"components\":[" + text
				+ "],\"accessory\":{\"type\":11,\"media\":{\"url\":\"https://example.com/a.png\"}}}]}]}");
		assertThat(v2.status()).as(v2.text()).isEqualTo(200);
		assertThat(v2.body().path("flags").asInt()).isEqualTo(32768);
		assertThat(this.gateway.awaitDispatch("MESSAGE_CREATE").path("d").path("components").path(0)
			.path("components").path(2).path("accessory").path("type").asInt()).isEqualTo(11);
		assertField(post("{\"flags\":32768,\"content\":\"x\",\"components\":[" + text + "]}"),
				"MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2", "content");
		StringBuilder many = new StringBuilder();
		for (int i = 0; i < 41; i++) {
			many.append((i > 0) ? "," : "").append("{\"type\":14}");
		}
		assertField(post("{\"flags\":32768,\"components\":[" + many + "]}"), "BASE_TYPE_MAX_LENGTH", "components");
		assertField(post("{\"flags\":32768,\"components\":[{\"type\":9,\"components\":[" + text + "]}]}"),
				"BASE_TYPE_REQUIRED", "components", "0", "accessory");
	}

	@Test
	void pollIsStoredVotedOnAndEndedWithFinalResults() {
		Reply reply = post("{\"poll\":" + POLL + "}");
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		JsonNode poll = reply.body().path("poll");
		assertThat(poll.path("question").path("text").asString()).isEqualTo("Lunch?");
		assertThat(poll.path("answers").path(1).path("answer_id").asInt()).isEqualTo(2);
		assertThat(poll.path("answers").path(0).path("poll_media").path("emoji").path("name").asString())
			.isEqualTo("🍕");
		assertThat(Instant.parse(poll.path("expiry").asString())).isEqualTo(START.plus(Duration.ofHours(4)));
		assertThat(poll.path("results").path("is_finalized").asBoolean()).isFalse();
		assertThat(this.gateway.awaitDispatch("MESSAGE_CREATE").path("d").path("poll").path("answers").size())
			.isEqualTo(2);
		long messageId = Long.parseUnsignedLong(reply.body().path("id").asString());
		PollControl polls = this.discord.control().polls();
		assertThat(polls.vote(this.alice.id(), this.channel.id(), messageId, 1)).isTrue();
		JsonNode add = this.gateway.awaitDispatch("MESSAGE_POLL_VOTE_ADD").path("d");
		assertThat(add.path("user_id").asString()).isEqualTo(id(this.alice.id()));
		assertThat(add.path("answer_id").asInt()).isEqualTo(1);
		assertThat(add.path("guild_id").asString()).isEqualTo(id(this.channel.guildId()));
		polls.vote(this.alice.id(), this.channel.id(), messageId, 2);
		assertThat(this.gateway.awaitDispatch("MESSAGE_POLL_VOTE_REMOVE").path("d").path("answer_id").asInt())
			.isEqualTo(1);
		assertThat(this.gateway.awaitDispatch("MESSAGE_POLL_VOTE_ADD").path("d").path("answer_id").asInt())
			.isEqualTo(2);
		String pollPath = "/channels/" + id(this.channel.id()) + "/polls/" + id(messageId);
		JsonNode voters = rest("GET", pollPath + "/answers/2?limit=10", null).body();
		assertThat(voters.path("users").path(0).path("id").asString()).isEqualTo(id(this.alice.id()));
		assertThat(rest("GET", pollPath + "/answers/1", null).body().path("users").isEmpty()).isTrue();
		Reply ended = rest("POST", pollPath + "/expire", null);
		assertThat(ended.status()).as(ended.text()).isEqualTo(200);
		JsonNode update = this.gateway.awaitDispatch("MESSAGE_UPDATE").path("d").path("poll").path("results");
		assertThat(update.path("is_finalized").asBoolean()).isTrue();
		assertThat(update.path("answer_counts").path(0).path("id").asInt()).isEqualTo(2);
		assertThat(update.path("answer_counts").path(0).path("count").asInt()).isEqualTo(1);
		assertError(rest("POST", pollPath + "/expire", null), 400, 520001);
		assertThatIllegalStateException()
			.isThrownBy(() -> polls.vote(this.alice.id(), this.channel.id(), messageId, 1));
	}

	@Test
	void pollsEndAtTheirExpiryAndOnlyPollsCanBeExpired() {
		Reply reply = post("{\"poll\":" + POLL + "}");
		String id = reply.body().path("id").asString();
		this.clock.advance(Duration.ofHours(4));
		JsonNode read = rest("GET", this.messages + "/" + id, null).body();
		assertThat(read.path("poll").path("results").path("is_finalized").asBoolean()).isTrue();
		assertError(rest("POST", "/channels/" + id(this.channel.id()) + "/polls/" + id + "/expire", null), 400, 520001);
		String plain = post("{\"content\":\"no poll\"}").body().path("id").asString();
		assertError(rest("POST", "/channels/" + id(this.channel.id()) + "/polls/" + plain + "/expire", null), 400,
				520006);
	}

	@Test
	void pollRequestsAreValidated() {
		assertField(post("{\"poll\":{\"question\":{\"text\":\"" + "q".repeat(301) + "\"},\"answers\":"
				+ "[{\"poll_media\":{\"text\":\"a\"}}]}}"), "BASE_TYPE_MAX_LENGTH", "poll", "question", "text");
		StringBuilder answers = new StringBuilder();
		for (int i = 0; i < 11; i++) {
			answers.append((i > 0) ? "," : "").append("{\"poll_media\":{\"text\":\"a" + i + "\"}}");
		}
		assertField(post("{\"poll\":{\"question\":{\"text\":\"q\"},\"answers\":[" + answers + "]}}"),
				"BASE_TYPE_BAD_LENGTH", "poll", "answers");
		assertField(post("{\"poll\":{\"question\":{\"text\":\"q\"},\"answers\":[{\"poll_media\":{\"text\":\""
				+ "a".repeat(56) + "\"}}]}}"), "BASE_TYPE_MAX_LENGTH", "poll", "answers", "0", "poll_media", "text");
		assertField(post("{\"poll\":{\"question\":{\"text\":\"q\"},\"duration\":769,\"answers\":"
				+ "[{\"poll_media\":{\"text\":\"a\"}}]}}"), "NUMBER_TYPE_MAX", "poll", "duration");
		assertField(post("{\"flags\":32768,\"poll\":" + POLL + ",\"components\":[{\"type\":10,\"content\":\"x\"}]}"),
				"MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2", "poll");
	}

	private Reply post(String body) {
		return rest("POST", this.messages, body);
	}

	private Reply rest(String method, String path, String body) {
		return HttpTestClient.bot(this.discord, method, path, body);
	}

	private static void assertField(Reply reply, String code, String... path) {
		assertError(reply, 400, 50035);
		JsonNode node = reply.body().path("errors");
		for (String part : path) {
			node = node.path(part);
		}
		assertThat(node.path("_errors").path(0).path("code").asString()).as(reply.text()).isEqualTo(code);
	}

}
