package dev.serenity.interaction;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.serenity.client.DiscordClient;
import dev.serenity.event.InteractionCreateEvent;
import dev.serenity.model.Interaction;
import dev.serenity.rest.api.CommandChoice;
import dev.serenity.rest.api.InteractionCallbackType;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.ManualClock;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimInteraction;
import dev.serenity.simulator.world.SimInteractions;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * {@link InteractionResponder} against the simulator, whose clock is the responders' clock: advancing it together
 * with the virtual-time scheduler of the automatic defer plays the 3-second and 15-minute limits without waiting.
 */
class InteractionResponderSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final ManualClock clock = new ManualClock(Instant.now());

	private static final BlockingQueue<Interaction> received = new LinkedBlockingQueue<>();

	private static DiscordSimulator simulator;

	private static DiscordClient client;

	private static SimChannel channel;

	private static SimUser alice;

	@BeforeAll
	static void start() {
		simulator = DiscordSimulator.start(SimulatorConfig.builder()
			.guilds(0)
			.clock(clock)
			.defaultRouteLimit(1000, Duration.ofSeconds(1))
			.globalLimit(1000, Duration.ofSeconds(1))
			.build());
		SimGuild guild = simulator.control().createGuild("Responder");
		channel = simulator.control().defaultChannel(guild.id());
		alice = simulator.control().createUser("alice");
		simulator.control().addMember(guild.id(), alice.id());
		client = DiscordClient.builder(simulator.token(), 1)
			.restUrl(simulator.restUrl())
			.listener(InteractionCreateEvent.class, (event, context) -> received.add(event.interaction()))
			.build();
		client.start();
	}

	@AfterAll
	static void stop() {
		client.close();
		simulator.close();
	}

	private static Interaction slash(String name) {
		simulator.control().invokeSlashCommand(alice.id(), channel.id(), name, Map.of());
		return next();
	}

	private static Interaction next() {
		try {
			Interaction interaction = received.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			assertThat(interaction).as("INTERACTION_CREATE received").isNotNull();
			return interaction;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static InteractionResponders responders(VirtualTimeScheduler scheduler, boolean autoDefer) {
		return InteractionResponders.builder(client.rest()).scheduler(scheduler).clock(clock).autoDefer(autoDefer).build();
	}

	private static List<SimInteractions.Callback> callbacks(Interaction interaction) {
		return simulator.control().world().interactions().callbacks(interaction.id().value());
	}

	private static SimInteraction state(Interaction interaction) {
		return simulator.control().interactions().find(interaction.id().value()).orElseThrow();
	}

	@Test
	void replySendsOneMessageResponse() {
		InteractionResponder responder = responders(VirtualTimeScheduler.create(), true).open(slash("ping"));
		responder.reply("Pong!").block(TIMEOUT);
		assertThat(callbacks(responder.interaction())).singleElement().satisfies((callback) -> {
			assertThat(callback.type()).isEqualTo(4);
			assertThat(callback.data().get("content").asString()).isEqualTo("Pong!");
		});
		assertThat(responder.acknowledgedWith()).isEqualTo(InteractionCallbackType.CHANNEL_MESSAGE_WITH_SOURCE);
	}

	@Test
	void secondAcknowledgementFailsWithClearErrorAndSendsNothing() {
		InteractionResponder responder = responders(VirtualTimeScheduler.create(), true).open(slash("twice"));
		responder.replyEphemeral("First").block(TIMEOUT);
		assertThatExceptionOfType(InteractionAcknowledgedException.class).isThrownBy(() -> responder.reply("Second"))
			.withMessageContaining("/twice")
			.withMessageContaining("already acknowledged with CHANNEL_MESSAGE_WITH_SOURCE")
			.withMessageContaining("followUp");
		assertThatExceptionOfType(InteractionAcknowledgedException.class).isThrownBy(() -> responder.defer(false));
		assertThat(callbacks(responder.interaction())).hasSize(1);
		assertThat(state(responder.interaction()).ephemeral()).isTrue();
	}

	@Test
	void slowHandlerIsDeferredBeforeTheDeadlineAndItsReplyEditsTheDeferredMessage() {
		VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();
		InteractionResponder responder = responders(scheduler, true).open(slash("slow"));
		clock.advance(Duration.ofMillis(1999));
		scheduler.advanceTimeBy(Duration.ofMillis(1999));
		assertThat(responder.acknowledged()).isFalse();
		clock.advance(Duration.ofMillis(1));
		scheduler.advanceTimeBy(Duration.ofMillis(1));
		await().atMost(TIMEOUT).until(() -> !callbacks(responder.interaction()).isEmpty());
		SimInteractions.Callback deferred = callbacks(responder.interaction()).get(0);
		assertThat(deferred.type()).isEqualTo(5);
		assertThat(Duration.between(state(responder.interaction()).createdAt(), deferred.at()))
			.isLessThan(InteractionResponders.RESPONSE_DEADLINE);
		assertThat(responder.autoDeferred()).isTrue();
		clock.advance(Duration.ofSeconds(10));
		responder.reply("Done, slowly").block(TIMEOUT);
		SimInteraction answered = state(responder.interaction());
		assertThat(answered.loading()).isFalse();
		SimMessage original = simulator.control().world().findMessage(answered.originalMessageId()).orElseThrow();
		assertThat(original.content()).isEqualTo("Done, slowly");
		assertThat(callbacks(responder.interaction())).hasSize(1);
	}

	@Test
	void withoutAutoDeferAnAnswerAfterThreeSecondsIsRefusedBeforeSending() {
		InteractionResponder responder = responders(VirtualTimeScheduler.create(), false).open(slash("late"));
		clock.advance(Duration.ofMillis(3001));
		assertThatExceptionOfType(InteractionExpiredException.class).isThrownBy(() -> responder.reply("Too late"))
			.withMessageContaining("not answered within 3 seconds")
			.withMessageContaining("10062");
		assertThat(callbacks(responder.interaction())).isEmpty();
	}

	@Test
	void followUpsWorkForFifteenMinutesOnly() {
		InteractionResponder responder = responders(VirtualTimeScheduler.create(), true).open(slash("long"));
		responder.defer(false).block(TIMEOUT);
		clock.advance(Duration.ofMinutes(14));
		assertThat(responder.followUp("Still here").block(TIMEOUT).content()).isEqualTo("Still here");
		clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		assertThatExceptionOfType(InteractionExpiredException.class)
			.isThrownBy(() -> responder.followUp("Gone"))
			.withMessageContaining("15 minutes")
			.withMessageNotContaining(responder.interaction().token());
	}

	@Test
	void followUpBeforeAnyResponseIsRefused() {
		InteractionResponder responder = responders(VirtualTimeScheduler.create(), false).open(slash("early"));
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> responder.followUp("Hi"))
			.withMessageContaining("has no initial response yet");
	}

	@Test
	void autocompleteIsNeverDeferredAndSuggestsChoices() {
		VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();
		simulator.control().interactions().autocomplete(alice.id(), channel.id(), "roll", "sides", "2");
		InteractionResponder responder = responders(scheduler, true).open(next());
		clock.advance(Duration.ofSeconds(2));
		scheduler.advanceTimeBy(Duration.ofSeconds(2));
		assertThat(responder.acknowledged()).isFalse();
		responder.suggest(List.of(CommandChoice.of("20", "20"))).block(TIMEOUT);
		assertThat(callbacks(responder.interaction())).singleElement()
			.satisfies((callback) -> assertThat(callback.type()).isEqualTo(8));
	}

	@Test
	void autoDeferAfterMustLieWithinTheDeadline() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> InteractionResponders.builder(client.rest()).autoDeferAfter(Duration.ofSeconds(3)))
			.withMessageContaining("'autoDeferAfter'");
	}

}
