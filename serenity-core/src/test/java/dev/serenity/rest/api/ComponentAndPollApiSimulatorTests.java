package dev.serenity.rest.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.serenity.client.DiscordClient;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.event.MessagePollVoteAddEvent;
import dev.serenity.event.MessagePollVoteRemoveEvent;
import dev.serenity.event.MessageUpdateEvent;
import dev.serenity.model.Component;
import dev.serenity.model.ComponentType;
import dev.serenity.model.Message;
import dev.serenity.model.PollAnswerVoters;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRestException;
import dev.serenity.rest.JsonErrorCode;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.Route;
import dev.serenity.rest.api.component.ActionRow;
import dev.serenity.rest.api.component.Button;
import dev.serenity.rest.api.component.Container;
import dev.serenity.rest.api.component.EntitySelect;
import dev.serenity.rest.api.component.MediaItem;
import dev.serenity.rest.api.component.Section;
import dev.serenity.rest.api.component.TextDisplay;
import dev.serenity.rest.api.component.Thumbnail;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.serenity.rest.api.SimulatedBot.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Components and polls through {@link MessageApi} against the simulator: the request the simulator recorded, the
 * gateway dispatch the client received (MESSAGE_CREATE, MESSAGE_POLL_VOTE_*, MESSAGE_UPDATE) and Discord's errors.
 */
class ComponentAndPollApiSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	/** GUILDS, GUILD_MESSAGES, MESSAGE_CONTENT, GUILD_MESSAGE_POLLS. */
	private static final long INTENTS = 1 | 512 | 32768 | (1 << 24);

	private static List<Object> events;

	private static SimulatedBot bot;

	private static DiscordSimulator simulator;

	private static DiscordClient client;

	private static MessageApi api;

	private static SimChannel channel;

	private static SimUser alice;

	@BeforeAll
	static void start() {
		bot = new SimulatedBot(SimulatorConfig.builder().guilds(0).build());
		simulator = bot.simulator;
		events = bot.events;
		SimGuild guild = simulator.control().createGuild("Components");
		channel = simulator.control().defaultChannel(guild.id());
		alice = simulator.control().createUser("alice");
		simulator.control().addMember(guild.id(), alice.id());
		client = bot.connect(INTENTS).client;
		api = new MessageApi(client.rest());
	}

	@AfterAll
	static void stop() {
		bot.close();
	}

	@Test
	void messageWithComponentsAndPollIsSentAndDispatched() {
		MessageCreate message = MessageCreate.builder()
			.content("Lunch vote")
			.components(ActionRow.of(Button.primary("remind", "Remind me"), Button.link("https://example.com", "Menu")),
					ActionRow.of(EntitySelect.users("who").withValues(0, 3)))
			.poll(PollCreate.of("Lunch?", "Pizza", "Sushi").withDuration(2))
			.build();
		Message sent = api.create(channelId(), message).block(TIMEOUT);
		JsonNode body = body(bot.last("POST", "/channels/" + channel.id() + "/messages"));
		assertThat(body.get("components").get(0).get("components").get(0).get("custom_id").asString())
			.isEqualTo("remind");
		assertThat(body.get("components").get(1).get("components").get(0).get("max_values").asInt()).isEqualTo(3);
		assertThat(body.get("poll").get("duration").asInt()).isEqualTo(2);
		assertThat(sent.components()).hasSize(2);
		assertThat(sent.components().get(1).components().get(0).type()).isEqualTo(ComponentType.USER_SELECT);
		assertThat(sent.poll().answers()).extracting((answer) -> answer.pollMedia().text())
			.containsExactly("Pizza", "Sushi");
		Message created = bot.awaitEvent(MessageCreateEvent.class, (e) -> e.message().id().equals(sent.id())).message();
		Component button = created.components().get(0).components().get(0);
		assertThat(button.customId()).isEqualTo("remind");
		assertThat(button.style()).isEqualTo(Button.Style.PRIMARY.value());
		assertThat(created.poll().question().text()).isEqualTo("Lunch?");
		assertThat(created.poll().results().isFinalized()).isFalse();
	}

	@Test
	void componentsV2MessageIsDispatchedWithItsLayout() {
		MessageCreate message = MessageCreate.builder()
			.componentsV2(Container.of(TextDisplay.of("# Status"),
					Section.of("All good", Thumbnail.of(MediaItem.of("https://example.com/ok.png"))))
				.withAccentColor(0x00FF00))
			.build();
		Message sent = api.create(channelId(), message).block(TIMEOUT);
		assertThat(body(bot.last("POST", "/channels/" + channel.id() + "/messages")).get("flags").asInt())
			.isEqualTo(MessageCreate.IS_COMPONENTS_V2);
		Message created = bot.awaitEvent(MessageCreateEvent.class, (e) -> e.message().id().equals(sent.id())).message();
		Component container = created.components().get(0);
		assertThat(container.type()).isEqualTo(ComponentType.CONTAINER);
		assertThat(container.accentColor()).isEqualTo(0x00FF00);
		assertThat(container.components().get(1).accessory().media().url()).isEqualTo("https://example.com/ok.png");
		assertThat(created.content()).isEmpty();
	}

	@Test
	void votesAreDispatchedAndEndingThePollFinalizesIt() {
		Message sent = api.create(channelId(), MessageCreate.builder()
			.poll(PollCreate.of("Tabs or spaces?", "Tabs", "Spaces"))
			.build()).block(TIMEOUT);
		simulator.control().polls().vote(alice.id(), channel.id(), sent.id().value(), 1);
		MessagePollVoteAddEvent vote = bot.awaitEvent(MessagePollVoteAddEvent.class,
				(e) -> e.messageId().equals(sent.id()));
		assertThat(vote.userId()).isEqualTo(Snowflake.of(alice.id()));
		assertThat(vote.answerId()).isEqualTo(1);
		simulator.control().polls().unvote(alice.id(), channel.id(), sent.id().value(), 1);
		bot.awaitEvent(MessagePollVoteRemoveEvent.class, (e) -> e.messageId().equals(sent.id()));
		simulator.control().polls().vote(alice.id(), channel.id(), sent.id().value(), 2);
		PollAnswerVoters voters = api.answerVoters(channelId(), sent.id(), 2).block(TIMEOUT);
		assertThat(voters.users()).extracting((user) -> user.id()).containsExactly(Snowflake.of(alice.id()));
		assertThat(bot.last("GET", "/polls/" + sent.id().value() + "/answers/2").query()).contains("limit=25");
		assertThat(api.answerVoters(channelId(), sent.id(), 2, Snowflake.of(alice.id()), 10).block(TIMEOUT).users())
			.isEmpty();
		Message ended = api.endPoll(channelId(), sent.id()).block(TIMEOUT);
		assertThat(ended.poll().results().isFinalized()).isTrue();
		bot.last("POST", "/channels/" + channel.id() + "/polls/" + sent.id().value() + "/expire");
		Message updated = bot.awaitEvent(MessageUpdateEvent.class,
				(e) -> e.message().id().equals(sent.id()) && e.message().poll() != null).message();
		assertThat(updated.poll().results().isFinalized()).isTrue();
		assertThat(updated.poll().results().answerCounts()).singleElement()
			.satisfies((count) -> assertThat(count.count()).isEqualTo(1));
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.endPoll(channelId(), sent.id()).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.is(JsonErrorCode.POLL_EXPIRED)).isTrue());
		Message plain = api.say(channelId(), "no poll").block(TIMEOUT);
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.endPoll(channelId(), plain.id()).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.is(JsonErrorCode.CANNOT_EXPIRE_NON_POLL_MESSAGE)).isTrue());
	}

	@Test
	void simulatorReportsComponentErrorsWithDiscordsPaths() {
		Map<String, Object> button = Map.of("type", 2, "style", 1, "label", "x", "custom_id", "same");
		Map<String, Object> body = Map.of("components",
				List.of(Map.of("type", 1, "components", List.of(button)), Map.of("type", 1, "components",
						List.of(button))));
		Route route = Route.post("/channels/{channel.id}/messages", channel.id());
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> client.rest()
				.exchange(RestRequest.of(route, Message.class).withBody(body))
				.block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.fieldErrors().get("components.1.components.0.custom_id"))
				.singleElement()
				.satisfies((error) -> assertThat(error.code()).isEqualTo("COMPONENT_CUSTOM_ID_DUPLICATED")));
	}

	@Test
	void badPollArgumentsFailBeforeAnyRequest() {
		simulator.recorder().clear();
		Snowflake message = Snowflake.of(42);
		List<Runnable> calls = List.of(() -> api.answerVoters(channelId(), message, 0),
				() -> api.answerVoters(channelId(), message, 11),
				() -> api.answerVoters(channelId(), message, 1, null, 0),
				() -> api.answerVoters(channelId(), message, 1, null, 101),
				() -> api.answerVoters(channelId(), message, 1, Snowflake.of(0), 10),
				() -> api.endPoll(channelId(), null),
				() -> api.endPoll(null, message));
		for (Runnable call : calls) {
			assertThatIllegalArgumentException().isThrownBy(call::run);
		}
		assertThat(simulator.recorder().rest()).isEmpty();
	}

	private static Snowflake channelId() {
		return Snowflake.of(channel.id());
	}
}
