package dev.serenity.boot.listener;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.serenity.boot.autoconfigure.DiscordAutoConfiguration;
import dev.serenity.boot.autoconfigure.simulator.DiscordSimulatorAutoConfiguration;
import dev.serenity.client.EventContext;
import dev.serenity.client.RawEvent;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.rest.api.MessageApi;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorControl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link DiscordListener} methods on beans, driven by the embedded simulator: event selection, conditions, order,
 * resolved parameters, raw events, errors, and misuse that fails startup.
 */
class DiscordListenerTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DiscordAutoConfiguration.class, DiscordSimulatorAutoConfiguration.class))
		.withPropertyValues("discord.simulator.enabled=true",
				"discord.intents=GUILDS,GUILD_MESSAGES,MESSAGE_CONTENT");

	@Test
	void listenersReceiveTheirEventsInOrderWithResolvedParameters() {
		this.contextRunner.withBean(Recording.class).run((context) -> {
			Recording recording = context.getBean(Recording.class);
			say(context, "hello");
			await().atMost(TIMEOUT).until(() -> recording.calls.size() >= 4);
			// Raw listeners get a dispatch before it is decoded for typed ones; @Order sorts within each kind.
			assertThat(recording.calls).containsExactly("raw:MESSAGE_CREATE", "json:hello", "first:hello",
					"second:hello shard=0");
		});
	}

	@Test
	void aConditionSelectsTheEventsAMethodReceives() {
		this.contextRunner.withBean(PingPong.class).run((context) -> {
			say(context, "not a ping");
			say(context, "!ping");
			SimulatorControl control = context.getBean(DiscordSimulator.class).control();
			await().atMost(TIMEOUT)
				.until(() -> control.world().messages().stream().anyMatch((m) -> "Pong!".equals(m.content())));
			assertThat(context.getBean(PingPong.class).answered).containsExactly("!ping");
		});
	}

	@Test
	void aThrowingListenerReachesTheErrorHandlerAndOthersStillRun() {
		List<ListenerExecutionFailedException> failures = new CopyOnWriteArrayList<>();
		this.contextRunner.withBean(Throwing.class)
			.withBean(DiscordListenerErrorHandler.class,
					() -> (exception, event, context) -> failures.add(exception))
			.run((context) -> {
				say(context, "one");
				say(context, "two");
				await().atMost(TIMEOUT).until(() -> context.getBean(Throwing.class).after.size() == 2);
				assertThat(failures).hasSize(2).first().satisfies((failure) -> {
					assertThat(failure.listenerId()).isEqualTo("Throwing.fail");
					assertThat(failure).hasMessageContaining("Throwing.fail")
						.hasMessageContaining("MessageCreateEvent")
						.hasRootCauseMessage("boom");
				});
			});
	}

	@Test
	void aMethodWithoutAnEventParameterFailsStartup() {
		assertMisuse(NoEvent.class, "@DiscordListener method NoEvent.on has no event parameter");
	}

	@Test
	void aMethodWithTwoEventParametersFailsStartup() {
		assertMisuse(TwoEvents.class, "TwoEvents.on has two event parameters");
	}

	@Test
	void aPrivateMethodFailsStartup() {
		assertMisuse(PrivateMethod.class, "PrivateMethod.on is private");
	}

	@Test
	void anUnknownEventNameFailsStartup() {
		assertMisuse(UnknownName.class, "names the unknown event 'MESAGE_CREATE'");
	}

	private void assertMisuse(Class<?> bean, String message) {
		this.contextRunner.withBean(bean)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasRootCauseInstanceOf(BeanInitializationException.class)
				.rootCause()
				.hasMessageContaining(message));
	}

	private static void say(ConfigurableApplicationContext context, String content) {
		SimulatorControl control = context.getBean(DiscordSimulator.class).control();
		SimulatorControl.GuildWithMember scene = scene(control);
		control.say(scene.member().id(), scene.channel().id(), content);
	}

	private static synchronized SimulatorControl.GuildWithMember scene(SimulatorControl control) {
		SimulatorControl.GuildWithMember existing = SCENES.stream()
			.filter((scene) -> control.world().findGuild(scene.guild().id()).isPresent())
			.findFirst()
			.orElse(null);
		if (existing != null) {
			return existing;
		}
		SimulatorControl.GuildWithMember scene = control.createGuildWithMember("Listeners", "alice");
		SCENES.add(scene);
		return scene;
	}

	private static final List<SimulatorControl.GuildWithMember> SCENES = new CopyOnWriteArrayList<>();

	static class Recording {

		final List<String> calls = new CopyOnWriteArrayList<>();

		@DiscordListener
		@Order(2)
		void second(MessageCreateEvent event, @ShardId int shard) {
			this.calls.add("second:" + event.message().content() + " shard=" + shard);
		}

		@DiscordListener
		@Order(1)
		void first(MessageCreateEvent event, EventContext context) {
			if (context.client() != null) {
				this.calls.add("first:" + event.message().content());
			}
		}

		@DiscordListener(event = "MESSAGE_CREATE")
		@Order(3)
		void raw(RawEvent event) {
			this.calls.add("raw:" + event.type());
		}

		@DiscordListener(event = "MESSAGE_CREATE")
		@Order(4)
		void json(JsonNode data) {
			this.calls.add("json:" + data.path("content").asString());
		}

	}

	static class PingPong {

		final List<String> answered = new CopyOnWriteArrayList<>();

		@DiscordListener(condition = "#event.message().content() == '!ping'")
		void ping(MessageCreateEvent event, MessageApi messages) {
			this.answered.add(event.message().content());
			messages.reply(event.message(), "Pong!").block();
		}

	}

	static class Throwing {

		final List<String> after = new CopyOnWriteArrayList<>();

		@DiscordListener
		@Order(1)
		void fail(MessageCreateEvent event) {
			if (!event.message().author().bot()) {
				throw new IllegalStateException("boom");
			}
		}

		@DiscordListener
		@Order(2)
		void after(MessageCreateEvent event) {
			this.after.add(event.message().content());
		}

	}

	static class NoEvent {

		@DiscordListener
		void on(EventContext context) {
		}

	}

	static class TwoEvents {

		@DiscordListener
		void on(MessageCreateEvent event, RawEvent raw) {
		}

	}

	static class PrivateMethod {

		@DiscordListener
		private void on(MessageCreateEvent event) {
		}

	}

	static class UnknownName {

		@DiscordListener(event = "MESAGE_CREATE")
		void on(RawEvent event) {
		}

	}

}
