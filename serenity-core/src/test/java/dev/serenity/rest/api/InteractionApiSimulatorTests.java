package dev.serenity.rest.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.serenity.client.DiscordClient;
import dev.serenity.event.InteractionCreateEvent;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.event.MessageDeleteEvent;
import dev.serenity.event.MessageUpdateEvent;
import dev.serenity.json.DiscordJson;
import dev.serenity.model.Component;
import dev.serenity.model.Interaction;
import dev.serenity.model.InteractionCallbackResponse;
import dev.serenity.model.InteractionType;
import dev.serenity.model.Message;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRestException;
import dev.serenity.rest.JsonErrorCode;
import dev.serenity.rest.RestFile;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.InteractionControl;
import dev.serenity.simulator.ManualClock;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.record.RestRecord;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimInteractions;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static dev.serenity.rest.api.SimulatedBot.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link InteractionApi} against the simulator: a real client receives INTERACTION_CREATE and answers with each
 * callback type; each test checks the request the simulator recorded, the response it accepted and the dispatch
 * the client received after it.
 */
class InteractionApiSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	/** GUILDS, GUILD_MESSAGES, MESSAGE_CONTENT. */
	private static final long INTENTS = 1 | 512 | 32768;

	private static List<Object> events;

	/** The simulator's clock, advanced by hand (its rate limit windows never end, hence the high limits). */
	private static final ManualClock clock = new ManualClock(Instant.now());

	private static SimulatedBot bot;

	private static DiscordSimulator simulator;

	private static DiscordClient client;

	private static InteractionApi api;

	private static SimChannel channel;

	private static SimUser alice;

	@BeforeAll
	static void start() {
		bot = new SimulatedBot(SimulatorConfig.builder()
			.guilds(0)
			.clock(clock)
			.defaultRouteLimit(1000, Duration.ofSeconds(1))
			.globalLimit(1000, Duration.ofSeconds(1))
			.build());
		simulator = bot.simulator;
		events = bot.events;
		SimGuild guild = simulator.control().createGuild("Interactions");
		channel = simulator.control().defaultChannel(guild.id());
		alice = simulator.control().createUser("alice");
		simulator.control().addMember(guild.id(), alice.id());
		client = bot.connect(INTENTS).client;
		api = new InteractionApi(client.rest(), Snowflake.of(simulator.applicationId()));
	}

	@AfterAll
	static void stop() {
		bot.close();
	}

	/** Alice runs a slash command; the interaction as the client received it. */
	private static Interaction slash(String name) {
		ObjectNode sent = simulator.control().invokeSlashCommand(alice.id(), channel.id(), name, Map.of());
		return received(sent);
	}

	private static Interaction received(ObjectNode sent) {
		Snowflake id = Snowflake.parse(sent.get("id").asString());
		return bot.awaitEvent(InteractionCreateEvent.class, (e) -> e.interaction().id().equals(id)).interaction();
	}

	private static SimInteractions.Callback accepted(Interaction interaction) {
		return simulator.control().interactions().callback(interaction.id().value()).orElseThrow();
	}

	@Test
	void channelMessageResponseCreatesTheMessageWithInteractionMetadata() {
		Interaction interaction = slash("ping");
		assertThat(interaction.type()).isEqualTo(InteractionType.APPLICATION_COMMAND);
		api.respond(interaction, InteractionResponse.message("Pong!")).block(TIMEOUT);
		RestRecord record = bot.last("POST", "/callback");
		assertThat(record.path()).isEqualTo("/interactions/" + interaction.id().value() + "/" + interaction.token()
				+ "/callback");
		assertThat(body(record).get("type").asInt()).isEqualTo(4);
		assertThat(accepted(interaction).data().get("content").asString()).isEqualTo("Pong!");
		Message message = bot.awaitEvent(MessageCreateEvent.class, (e) -> e.message().interactionMetadata() != null
				&& e.message().interactionMetadata().id().equals(interaction.id())).message();
		assertThat(message.content()).isEqualTo("Pong!");
		assertThat(api.getOriginal(interaction.token()).block(TIMEOUT).id()).isEqualTo(message.id());
	}

	@Test
	void ephemeralResponseSetsFlag64AndStaysOutOfTheChannel() {
		Interaction interaction = slash("secret");
		api.respond(interaction, InteractionResponse.message(MessageCreate.builder()
			.content("only you")
			.file(RestFile.of("note.txt", "hi".getBytes(StandardCharsets.UTF_8)))
			.build(), true)).block(TIMEOUT);
		RestRecord record = bot.last("POST", "/callback");
		assertThat(record.contentType()).startsWith("multipart/form-data");
		assertThat(body(record).get("data").get("flags").asInt()).isEqualTo(64);
		Message original = api.getOriginal(interaction.token()).block(TIMEOUT);
		assertThat(original.flags() & InteractionResponse.EPHEMERAL).isEqualTo(InteractionResponse.EPHEMERAL);
		assertThat(original.attachments()).extracting((a) -> a.filename()).containsExactly("note.txt");
		assertThat(simulator.control().world().findMessage(original.id().value())).isEmpty();
	}

	@Test
	void deferredResponseIsEditedThenFollowedUp() {
		Interaction interaction = slash("slow");
		InteractionCallbackResponse response = api.respondWithResponse(interaction.id(), interaction.token(),
				InteractionResponse.deferMessage(false)).block(TIMEOUT);
		assertThat(bot.last("POST", "/callback").query()).isEqualTo("with_response=true");
		assertThat(response.interaction().id()).isEqualTo(interaction.id());
		assertThat(response.interaction().responseMessageLoading()).isTrue();
		Snowflake originalId = response.interaction().responseMessageId();
		bot.awaitEvent(MessageCreateEvent.class, (e) -> e.message().id().equals(originalId));

		Message edited = api.editOriginal(interaction.token(), MessageEdit.content("Done")).block(TIMEOUT);
		assertThat(edited.id()).isEqualTo(originalId);
		assertThat(bot.last("PATCH", "/messages/@original").path()).contains("/webhooks/" + simulator.applicationId());
		assertThat(bot.awaitEvent(MessageUpdateEvent.class, (e) -> e.message().id().equals(originalId)).message()
			.content()).isEqualTo("Done");

		Message followUp = api.createFollowup(interaction.token(), MessageCreate.of("One more thing"), false)
			.block(TIMEOUT);
		assertThat(bot.awaitEvent(MessageCreateEvent.class, (e) -> e.message().id().equals(followUp.id())).message()
			.interactionMetadata()
			.originalResponseMessageId()).isEqualTo(originalId);
		assertThat(api.getFollowup(interaction.token(), followUp.id()).block(TIMEOUT).content())
			.isEqualTo("One more thing");
		api.editFollowup(interaction.token(), followUp.id(), MessageEdit.content("Changed")).block(TIMEOUT);
		assertThat(bot.awaitEvent(MessageUpdateEvent.class, (e) -> e.message().id().equals(followUp.id())
				&& "Changed".equals(e.message().content()))).isNotNull();
		api.deleteFollowup(interaction.token(), followUp.id()).block(TIMEOUT);
		bot.awaitEvent(MessageDeleteEvent.class, (e) -> e.id().equals(followUp.id()));
		api.deleteOriginal(interaction.token()).block(TIMEOUT);
		bot.awaitEvent(MessageDeleteEvent.class, (e) -> e.id().equals(originalId));
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.getOriginal(interaction.token()).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.is(JsonErrorCode.UNKNOWN_MESSAGE)).isTrue());
	}

	@Test
	void ephemeralFollowUpIsNotDispatched() {
		Interaction interaction = slash("quiet");
		api.respond(interaction, InteractionResponse.deferMessage(true)).block(TIMEOUT);
		assertThat(body(bot.last("POST", "/callback")).get("data").get("flags").asInt()).isEqualTo(64);
		Message first = api.createFollowup(interaction.token(), MessageCreate.of("replaces thinking"), true)
			.block(TIMEOUT);
		Message second = api.createFollowup(interaction.token(), MessageCreate.of("psst"), true).block(TIMEOUT);
		assertThat(second.flags() & InteractionResponse.EPHEMERAL).isEqualTo(InteractionResponse.EPHEMERAL);
		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(simulator.control().world().findMessage(second.id().value())).isEmpty();
		Message marker = new MessageApi(client.rest()).say(Snowflake.of(channel.id()), "marker").block(TIMEOUT);
		bot.awaitEvent(MessageCreateEvent.class, (e) -> e.message().id().equals(marker.id()));
		assertThat(events).noneMatch((e) -> e instanceof MessageCreateEvent created
				&& (created.message().id().equals(first.id()) || created.message().id().equals(second.id())));
	}

	@Test
	void secondResponseIs40060AndALateOneIs10062() {
		Interaction answered = slash("twice");
		api.respond(answered, InteractionResponse.deferMessage(false)).block(TIMEOUT);
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.respond(answered, InteractionResponse.message("again")).block(TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex.is(JsonErrorCode.INTERACTION_ALREADY_ACKNOWLEDGED)).isTrue();
				assertThat(ex.getMessage()).doesNotContain(answered.token());
			});
		Interaction late = slash("late");
		clock.advance(Duration.ofMillis(3001));
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.respond(late, InteractionResponse.message("sorry")).block(TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(404);
				assertThat(ex.is(JsonErrorCode.UNKNOWN_INTERACTION)).isTrue();
				assertThat(ex.getMessage()).doesNotContain(late.token());
			});
		assertThat(simulator.control().interactions().callback(late.id().value())).isEmpty();
	}

	@Test
	void componentInteractionsAreUpdatedOrDeferred() {
		Message message = new MessageApi(client.rest()).say(Snowflake.of(channel.id()), "Vote").block(TIMEOUT);
		Interaction click = received(simulator.control().interactions().clickComponent(alice.id(),
				message.id().value(), "yes", InteractionControl.BUTTON, List.of()));
		assertThat(click.type()).isEqualTo(InteractionType.MESSAGE_COMPONENT);
		api.respond(click, InteractionResponse.updateMessage(MessageEdit.content("Voted"))).block(TIMEOUT);
		assertThat(accepted(click).type()).isEqualTo(7);
		assertThat(bot.awaitEvent(MessageUpdateEvent.class, (e) -> e.message().id().equals(message.id())
				&& "Voted".equals(e.message().content()))).isNotNull();

		Interaction later = received(simulator.control().interactions().clickComponent(alice.id(),
				message.id().value(), "yes", InteractionControl.BUTTON, List.of()));
		api.respond(later, InteractionResponse.deferUpdate()).block(TIMEOUT);
		assertThat(accepted(later).type()).isEqualTo(6);
		assertThat(api.editOriginal(later.token(), MessageEdit.content("Counted")).block(TIMEOUT).id())
			.isEqualTo(message.id());

		Interaction command = slash("not-a-component");
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.respond(command, InteractionResponse.deferUpdate()).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(400));
	}

	@Test
	void autocompleteModalPremiumAndActivityResponsesAreAccepted() {
		Interaction autocomplete = received(simulator.control().interactions().autocomplete(alice.id(), channel.id(),
				"color", "name", "re"));
		assertThat(autocomplete.type()).isEqualTo(InteractionType.APPLICATION_COMMAND_AUTOCOMPLETE);
		api.respond(autocomplete, InteractionResponse.autocomplete(List.of(CommandChoice.of("Red", "red"),
				CommandChoice.of("Reed", "reed")))).block(TIMEOUT);
		JsonNode choices = accepted(autocomplete).data().get("choices");
		assertThat(choices).hasSize(2);
		assertThat(choices.get(0).get("value").asString()).isEqualTo("red");

		Interaction form = slash("form");
		Component row = DiscordJson.mapper().readValue("{\"type\":1,\"components\":[{\"type\":4,\"custom_id\":"
				+ "\"answer\",\"label\":\"Answer\",\"style\":1}]}", Component.class);
		api.respond(form, InteractionResponse.modal("survey", "Survey", List.of(row))).block(TIMEOUT);
		JsonNode modal = accepted(form).data();
		assertThat(modal.get("title").asString()).isEqualTo("Survey");
		assertThat(modal.get("components").get(0).get("components").get(0).get("custom_id").asString())
			.isEqualTo("answer");

		Interaction premium = slash("premium");
		@SuppressWarnings("deprecation")
		InteractionResponse premiumRequired = InteractionResponse.premiumRequired();
		api.respond(premium, premiumRequired).block(TIMEOUT);
		assertThat(accepted(premium).type()).isEqualTo(10);

		Interaction activity = slash("play");
		InteractionCallbackResponse launched = api.respondWithResponse(activity.id(), activity.token(),
				InteractionResponse.launchActivity()).block(TIMEOUT);
		assertThat(launched.resource().type()).isEqualTo(12);
		assertThat(launched.resource().activityInstance().id()).isNotBlank();

		Interaction ping = slash("pong");
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.respond(ping, InteractionResponse.pong()).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.is(JsonErrorCode.INVALID_FORM_BODY)).isTrue());
	}
}
