package dev.serenity.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.serenity.simulator.HttpTestClient.Reply;
import dev.serenity.simulator.gateway.Intent;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimInteraction;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static dev.serenity.simulator.HttpTestClient.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interaction routes: the 3-second deadline and single response, each callback type against the interaction's
 * type, the original response and follow-ups, the token's 15 minutes, and the dispatch after each change.
 */
class InteractionRoutesTests {

	private final ManualClock clock = new ManualClock(Instant.parse("2025-06-01T12:00:00Z"));

	private DiscordSimulator discord;

	private SimUser alice;

	private SimChannel channel;

	private GatewayTestClient gateway;

	@BeforeEach
	void start() {
		this.discord = HttpTestClient.startWithRoomyLimits(this.clock);
		SimGuild guild = this.discord.control().createGuild("Interactions");
		this.alice = this.discord.control().createUser("alice");
		this.discord.control().addMember(guild.id(), this.alice.id());
		this.channel = this.discord.control().defaultChannel(guild.id());
		this.gateway = GatewayTestClient.identified(this.discord, Intent.GUILDS.bit() | Intent.GUILD_MESSAGES.bit()
				| Intent.MESSAGE_CONTENT.bit());
	}

	@AfterEach
	void stop() {
		this.gateway.close();
		this.discord.close();
	}

	private ObjectNode slash() {
		ObjectNode interaction = this.discord.control().invokeSlashCommand(this.alice.id(), this.channel.id(), "ping",
				Map.of());
		this.gateway.awaitDispatch("INTERACTION_CREATE");
		return interaction;
	}

	private Reply callback(JsonNode interaction, String body) {
		return callback(interaction, body, "");
	}

	private Reply callback(JsonNode interaction, String body, String query) {
		return HttpTestClient.bot(this.discord, "POST", "/interactions/" + interaction.get("id").asString() + "/"
				+ interaction.get("token").asString() + "/callback" + query, body);
	}

	private Reply webhook(String method, JsonNode interaction, String suffix, String body) {
		return HttpTestClient.bot(this.discord, method, "/webhooks/" + Long.toUnsignedString(
				this.discord.applicationId()) + "/" + interaction.get("token").asString() + suffix, body);
	}

	@Test
	void messageResponseIsSentOnceWithInteractionMetadata() {
		ObjectNode interaction = slash();
		assertThat(callback(interaction, "{\"type\":4,\"data\":{\"content\":\"pong\"}}").status()).isEqualTo(204);
		JsonNode created = this.gateway.awaitDispatch("MESSAGE_CREATE").get("d");
		assertThat(created.get("content").asString()).isEqualTo("pong");
		assertThat(created.get("type").asInt()).isEqualTo(20);
		assertThat(created.get("webhook_id").asString()).isEqualTo(Long.toUnsignedString(this.discord.applicationId()));
		assertThat(created.get("interaction_metadata").get("id")).isEqualTo(interaction.get("id"));
		assertThat(created.get("interaction_metadata").get("user").get("id").asString())
			.isEqualTo(Long.toUnsignedString(this.alice.id()));
		assertError(callback(interaction, "{\"type\":4,\"data\":{\"content\":\"again\"}}"), 400, 40060);
		long interactionId = Long.parseUnsignedLong(interaction.get("id").asString());
		assertThat(this.discord.control().interactions().callback(interactionId)).hasValueSatisfying((callback) -> {
			assertThat(callback.type()).isEqualTo(4);
			assertThat(callback.data().get("content").asString()).isEqualTo("pong");
		});
		assertThat(webhook("GET", interaction, "/messages/@original", null).body().get("id")).isEqualTo(
				created.get("id"));
	}

	@Test
	void aResponseAfterThreeSecondsOrWithAnotherTokenIsAnUnknownInteraction() {
		ObjectNode interaction = slash();
		ObjectNode wrongToken = interaction.deepCopy().put("token", "interaction.0");
		assertError(callback(wrongToken, "{\"type\":5}"), 404, 10062);
		this.clock.advance(Duration.ofMillis(3001));
		assertError(callback(interaction, "{\"type\":5}"), 404, 10062);
		assertThat(this.discord.control().interactions().callbacks()).isEmpty();
	}

	@Test
	void ephemeralResponsesReachNoChannel() {
		ObjectNode interaction = slash();
		assertThat(callback(interaction, "{\"type\":4,\"data\":{\"content\":\"secret\",\"flags\":64}}").status())
			.isEqualTo(204);
		JsonNode original = webhook("GET", interaction, "/messages/@original", null).body();
		assertThat(original.get("flags").asInt() & 64).isEqualTo(64);
		assertThat(this.discord.control().world().findMessage(Long.parseUnsignedLong(original.get("id").asString())))
			.isEmpty();
		SimMessage said = this.discord.control().say(this.alice.id(), this.channel.id(), "next");
		assertThat(this.gateway.awaitDispatch("MESSAGE_CREATE").get("d").get("id").asString())
			.as("no MESSAGE_CREATE for the ephemeral response").isEqualTo(Long.toUnsignedString(said.id()));
	}

	@Test
	void deferredResponseIsEditedAndFollowedUp() {
		ObjectNode interaction = slash();
		assertError(webhook("POST", interaction, "", "{\"content\":\"too early\"}"), 404, 10015);
		Reply deferred = callback(interaction, "{\"type\":5}", "?with_response=true");
		assertThat(deferred.status()).isEqualTo(200);
		assertThat(deferred.body().get("interaction").get("response_message_loading").asBoolean()).isTrue();
		JsonNode thinking = this.gateway.awaitDispatch("MESSAGE_CREATE").get("d");
		assertThat(thinking.get("flags").asInt() & 128).isEqualTo(128);
		assertThat(deferred.body().get("resource").get("message").get("id")).isEqualTo(thinking.get("id"));
		Reply edited = webhook("PATCH", interaction, "/messages/@original", "{\"content\":\"done\"}");
		assertThat(edited.body().get("content").asString()).isEqualTo("done");
		JsonNode update = this.gateway.awaitDispatch("MESSAGE_UPDATE").get("d");
		assertThat(update.get("id")).isEqualTo(thinking.get("id"));
		assertThat(update.get("flags").asInt() & 128).isZero();
		Reply followUp = webhook("POST", interaction, "", "{\"content\":\"more\"}");
		assertThat(followUp.status()).isEqualTo(200);
		JsonNode created = this.gateway.awaitDispatch("MESSAGE_CREATE").get("d");
		assertThat(created.get("id")).isEqualTo(followUp.body().get("id"));
		assertThat(created.get("interaction_metadata").get("original_response_message_id"))
			.isEqualTo(thinking.get("id"));
		String followUpPath = "/messages/" + created.get("id").asString();
		assertThat(webhook("PATCH", interaction, followUpPath, "{\"content\":\"changed\"}").body().get("content")
			.asString()).isEqualTo("changed");
		assertThat(this.gateway.awaitDispatch("MESSAGE_UPDATE").get("d").get("content").asString())
			.isEqualTo("changed");
		assertThat(webhook("DELETE", interaction, followUpPath, null).status()).isEqualTo(204);
		assertThat(this.gateway.awaitDispatch("MESSAGE_DELETE").get("d").get("id")).isEqualTo(created.get("id"));
		assertError(webhook("GET", interaction, followUpPath, null), 404, 10008);
		assertThat(webhook("DELETE", interaction, "/messages/@original", null).status()).isEqualTo(204);
		assertThat(this.gateway.awaitDispatch("MESSAGE_DELETE").get("d").get("id")).isEqualTo(thinking.get("id"));
	}

	@Test
	void theTokenExpiresAfterFifteenMinutes() {
		ObjectNode interaction = slash();
		callback(interaction, "{\"type\":4,\"data\":{\"content\":\"pong\"}}");
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(webhook("POST", interaction, "", "{\"content\":\"still here\"}").status()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(2));
		assertError(webhook("POST", interaction, "", "{\"content\":\"too late\"}"), 401, 50027);
		assertError(webhook("GET", interaction, "/messages/@original", null), 401, 50027);
	}

	@Test
	void componentResponsesOnlyAnswerComponentInteractions() {
		assertError(callback(slash(), "{\"type\":7,\"data\":{\"content\":\"x\"}}"), 400, 50035);
		assertError(callback(slash(), "{\"type\":6}"), 400, 50035);
		assertError(callback(slash(), "{\"type\":8,\"data\":{\"choices\":[]}}"), 400, 50035);
		Reply sent = HttpTestClient.bot(this.discord, "POST", "/channels/" + Long.toUnsignedString(this.channel.id())
				+ "/messages", "{\"content\":\"vote\",\"components\":[{\"type\":1,\"components\":[{\"type\":2,"
						+ "\"style\":1,\"label\":\"Yes\",\"custom_id\":\"yes\"}]}]}");
		long messageId = Long.parseUnsignedLong(sent.body().get("id").asString());
		this.gateway.awaitDispatch("MESSAGE_CREATE");
		ObjectNode click = this.discord.control().interactions().clickComponent(this.alice.id(), messageId, "yes",
				InteractionControl.BUTTON, List.of());
		JsonNode received = this.gateway.awaitDispatch("INTERACTION_CREATE").get("d");
		assertThat(received.get("type").asInt()).isEqualTo(3);
		assertThat(received.get("data").get("custom_id").asString()).isEqualTo("yes");
		assertThat(callback(click, "{\"type\":7,\"data\":{\"content\":\"voted\",\"components\":[]}}").status())
			.isEqualTo(204);
		JsonNode update = this.gateway.awaitDispatch("MESSAGE_UPDATE").get("d");
		assertThat(update.get("id").asString()).isEqualTo(Long.toUnsignedString(messageId));
		assertThat(update.get("content").asString()).isEqualTo("voted");
		ObjectNode second = this.discord.control().interactions().clickComponent(this.alice.id(), messageId, "yes",
				InteractionControl.BUTTON, List.of());
		assertThat(callback(second, "{\"type\":6}").status()).isEqualTo(204);
		SimInteraction state = this.discord.control().interactions()
			.find(Long.parseUnsignedLong(second.get("id").asString()))
			.orElseThrow();
		assertThat(state.callbackType()).isEqualTo(6);
		assertThat(webhook("GET", second, "/messages/@original", null).body().get("id").asString())
			.isEqualTo(Long.toUnsignedString(messageId));
	}

	@Test
	void autocompleteTakesOnlyAtMost25Choices() {
		ObjectNode interaction = this.discord.control().interactions().autocomplete(this.alice.id(),
				this.channel.id(), "color", "name", "re");
		assertThat(this.gateway.awaitDispatch("INTERACTION_CREATE").get("d").get("type").asInt()).isEqualTo(4);
		assertError(callback(interaction, "{\"type\":4,\"data\":{\"content\":\"x\"}}"), 400, 50035);
		StringBuilder many = new StringBuilder();
		for (int i = 0; i < 26; i++) {
			many.append((i > 0) ? "," : "").append("{\"name\":\"c").append(i).append("\",\"value\":\"v\"}");
		}
		Reply tooMany = callback(interaction, "{\"type\":8,\"data\":{\"choices\":[" + many + "]}}");
		assertError(tooMany, 400, 50035);
		assertThat(tooMany.body().get("errors").get("data").get("choices").get("_errors").get(0).get("code")
			.asString()).isEqualTo("BASE_TYPE_MAX_LENGTH");
		assertThat(callback(interaction, "{\"type\":8,\"data\":{\"choices\":[{\"name\":\"red\",\"value\":\"red\"}]}}")
			.status()).isEqualTo(204);
	}

	@Test
	void modalsNeedACustomIdAShortTitleAndComponents() {
		ObjectNode interaction = slash();
		String components = "[{\"type\":1,\"components\":[{\"type\":4,\"custom_id\":\"a\",\"label\":\"A\",\"style\":1}]}]";
		Reply longTitle = callback(interaction, "{\"type\":9,\"data\":{\"custom_id\":\"m\",\"title\":\""
				+ "x".repeat(46) + "\",\"components\":" + components + "}}");
		assertError(longTitle, 400, 50035);
		assertThat(longTitle.body().get("errors").get("data").has("title")).isTrue();
		assertThat(callback(interaction, "{\"type\":9,\"data\":{\"custom_id\":\"m\",\"title\":\"Form\","
				+ "\"components\":" + components + "}}").status()).isEqualTo(204);
		ObjectNode submitted = this.discord.control().interactions().submitModal(this.alice.id(), this.channel.id(),
				"m", Map.of("a", "answer"));
		assertError(callback(submitted, "{\"type\":9,\"data\":{\"custom_id\":\"m\",\"title\":\"Form\","
				+ "\"components\":" + components + "}}"), 400, 50035);
		assertThat(callback(submitted, "{\"type\":4,\"data\":{\"content\":\"thanks\"}}").status()).isEqualTo(204);
	}

	@Test
	void launchActivityAnswersWithAnActivityInstance() {
		Reply reply = callback(slash(), "{\"type\":12}", "?with_response=true");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().get("resource").get("type").asInt()).isEqualTo(12);
		assertThat(reply.body().get("resource").get("activity_instance").get("id").asString()).isNotEmpty();
		assertError(callback(slash(), "{\"type\":1}"), 400, 50035);
		assertError(callback(slash(), "{\"type\":11}"), 400, 50035);
	}

}
