package dev.serenity.boot.listener;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.serenity.boot.autoconfigure.DiscordAutoConfiguration;
import dev.serenity.boot.autoconfigure.simulator.DiscordSimulatorAutoConfiguration;
import dev.serenity.client.DiscordClient;
import dev.serenity.client.EventContext;
import dev.serenity.client.RawEvent;
import dev.serenity.client.UserData;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.api.MessageApi;
import dev.serenity.rest.api.RestApis;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorControl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * {@link DiscordListener} methods on beans, driven by the embedded simulator: event selection, conditions, order,
 * resolved parameters, raw events, asynchronous results and their timeout, errors, overridden methods, beans created
 * too late, and misuse that fails startup.
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
	void everyResolvableParameterIsResolved() {
		this.contextRunner.withBean(Handles.class).run((context) -> {
			Handles handles = context.getBean(Handles.class);
			say(context, "hello");
			await().atMost(TIMEOUT).until(() -> !handles.resolved.isEmpty());
			DiscordClient client = context.getBean(DiscordClient.class);
			assertThat(handles.resolved).hasSize(6);
			assertThat(handles.resolved.subList(0, 4)).containsExactly(client, context.getBean(DiscordRest.class),
					context.getBean(RestApis.class), context.getBean(MessageApi.class));
			assertThat(handles.resolved.get(4)).isInstanceOf(UserData.class);
			assertThat(handles.resolved.get(5)).isEqualTo(0);
		});
	}

	@Test
	void aConditionCanCallABean() {
		this.contextRunner.withBean("commands", Commands.class, Commands::new)
			.withBean(BeanCondition.class)
			.run((context) -> {
				BeanCondition listener = context.getBean(BeanCondition.class);
				say(context, "hello");
				say(context, "!help");
				// Both messages go through one lane in order: once "!help" arrived, "hello" was filtered out.
				await().atMost(TIMEOUT).until(() -> !listener.received.isEmpty());
				assertThat(listener.received).containsExactly("!help");
			});
	}

	@Test
	void completionStageAndMonoResultsAreAwaitedAndTheirFailuresReachTheErrorHandler() {
		List<ListenerExecutionFailedException> failures = new CopyOnWriteArrayList<>();
		this.contextRunner.withBean(Async.class)
			.withBean(DiscordListenerErrorHandler.class,
					() -> (exception, event, context) -> failures.add(exception))
			.run((context) -> {
				Async async = context.getBean(Async.class);
				say(context, "ok");
				say(context, "fail");
				await().atMost(TIMEOUT).until(() -> async.calls.contains("after:fail") && failures.size() == 2);
				// The results complete later on other threads; the next listener runs only once they did.
				assertThat(async.calls).containsExactly("stage:ok", "mono:ok", "after:ok", "after:fail");
				assertThat(failures).satisfiesExactly((failure) -> {
					assertThat(failure.listenerId()).isEqualTo("Async.stage");
					assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class)
						.hasMessage("stage failed");
				}, (failure) -> {
					assertThat(failure.listenerId()).isEqualTo("Async.mono");
					assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class)
						.hasMessage("mono failed");
				});
			});
	}

	@Test
	void aResultThatNeverCompletesTimesOutIsCancelledAndDoesNotBlockItsLane() {
		List<ListenerExecutionFailedException> failures = new CopyOnWriteArrayList<>();
		this.contextRunner.withBean(Hanging.class)
			.withBean(DiscordListenerErrorHandler.class,
					() -> (exception, event, context) -> failures.add(exception))
			.withPropertyValues("discord.listener.lanes=1", "discord.listener.lane-capacity=2",
					"discord.listener.timeout=200ms")
			.run((context) -> {
				Hanging hanging = context.getBean(Hanging.class);
				say(context, "hang");
				say(context, "hang-mono");
				for (int i = 0; i < 10; i++) {
					say(context, "m" + i);
				}
				await().atMost(TIMEOUT).until(() -> hanging.after.size() == 12);
				assertThat(hanging.after).startsWith("hang", "hang-mono", "m0").endsWith("m9");
				assertThat(failures).satisfiesExactly((failure) -> {
					assertThat(failure.listenerId()).isEqualTo("Hanging.future");
					assertThat(failure.getCause()).isInstanceOf(TimeoutException.class)
						.hasMessageContaining("Hanging.future")
						.hasMessageContaining("200ms");
				}, (failure) -> {
					assertThat(failure.listenerId()).isEqualTo("Hanging.mono");
					assertThat(failure.getCause()).isInstanceOf(TimeoutException.class)
						.hasMessageContaining("200ms");
				});
				assertThat(hanging.futures).singleElement().satisfies((future) -> assertThat(future).isCancelled());
				assertThat(hanging.monoCancelled).isTrue();
			});
	}

	@Test
	void anOverriddenListenerMethodIsOneListener() {
		this.contextRunner.withBean(Sub.class).run((context) -> {
			Sub sub = context.getBean(Sub.class);
			assertThat(context.getBean(DiscordListenerEndpointRegistry.class).endpoints())
				.extracting(DiscordListenerEndpoint::id)
				.containsExactly("Sub.on", "Sub.last");
			say(context, "one");
			say(context, "two");
			await().atMost(TIMEOUT).until(() -> sub.last.size() == 2);
			assertThat(sub.calls).containsExactly("sub:one", "sub:two");
		});
	}

	@Test
	void aLazyListenerBeanCreatedAfterStartupFails() {
		this.contextRunner.withBean(LateListener.class, LateListener::new, (definition) -> definition.setLazyInit(true))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertLateBeanFails(() -> context.getBean(LateListener.class));
			});
	}

	@Test
	void aPrototypeListenerBeanCreatedAfterStartupFails() {
		this.contextRunner
			.withBean(LateListener.class, LateListener::new,
					(definition) -> definition.setScope(BeanDefinition.SCOPE_PROTOTYPE))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertLateBeanFails(() -> context.getBean(LateListener.class));
			});
	}

	private static void assertLateBeanFails(Runnable creation) {
		assertThatExceptionOfType(BeanCreationException.class).isThrownBy(creation::run)
			.havingRootCause()
			.isInstanceOf(IllegalStateException.class)
			.withMessageContaining("came too late")
			.withMessageContaining("LateListener.on");
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

	@Test
	void aStaticMethodFailsStartup() {
		assertMisuse(StaticMethod.class, "@DiscordListener method StaticMethod.on is static");
	}

	@Test
	void aShardIdThatIsNotAnIntFailsStartup() {
		assertMisuse(StringShardId.class,
				"@DiscordListener method StringShardId.on has @ShardId on a String parameter");
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

	static class Handles {

		final List<Object> resolved = new CopyOnWriteArrayList<>();

		@DiscordListener
		void on(MessageCreateEvent event, DiscordClient client, DiscordRest rest, RestApis apis, MessageApi messages,
				UserData data, @ShardId Integer shard) {
			if (this.resolved.isEmpty()) {
				this.resolved.addAll(Arrays.asList(client, rest, apis, messages, data, shard));
			}
		}

	}

	public static class Commands {

		public boolean isCommand(String content) {
			return content.startsWith("!");
		}

	}

	static class BeanCondition {

		final List<String> received = new CopyOnWriteArrayList<>();

		@DiscordListener(condition = "@commands.isCommand(#event.message().content())")
		void on(MessageCreateEvent event) {
			this.received.add(event.message().content());
		}

	}

	static class Async {

		final List<String> calls = new CopyOnWriteArrayList<>();

		@DiscordListener
		@Order(1)
		CompletableFuture<Void> stage(MessageCreateEvent event) {
			String content = event.message().content();
			return CompletableFuture.runAsync(() -> {
				if ("fail".equals(content)) {
					throw new IllegalStateException("stage failed");
				}
				this.calls.add("stage:" + content);
			}, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
		}

		@DiscordListener
		@Order(2)
		Mono<String> mono(MessageCreateEvent event) {
			String content = event.message().content();
			return Mono.delay(Duration.ofMillis(50)).flatMap((tick) -> {
				if ("fail".equals(content)) {
					return Mono.error(new IllegalStateException("mono failed"));
				}
				this.calls.add("mono:" + content);
				return Mono.just(content);
			});
		}

		@DiscordListener
		@Order(3)
		void after(MessageCreateEvent event) {
			this.calls.add("after:" + event.message().content());
		}

	}

	static class Hanging {

		final List<CompletableFuture<Void>> futures = new CopyOnWriteArrayList<>();

		final AtomicBoolean monoCancelled = new AtomicBoolean();

		final List<String> after = new CopyOnWriteArrayList<>();

		@DiscordListener(condition = "#event.message().content() == 'hang'")
		@Order(1)
		CompletableFuture<Void> future(MessageCreateEvent event) {
			CompletableFuture<Void> future = new CompletableFuture<>();
			this.futures.add(future);
			return future;
		}

		@DiscordListener(condition = "#event.message().content() == 'hang-mono'")
		@Order(2)
		Mono<Void> mono(MessageCreateEvent event) {
			return Mono.<Void>never().doOnCancel(() -> this.monoCancelled.set(true));
		}

		@DiscordListener
		@Order(3)
		void after(MessageCreateEvent event) {
			this.after.add(event.message().content());
		}

	}

	static class Base {

		final List<String> calls = new CopyOnWriteArrayList<>();

		@DiscordListener
		void on(MessageCreateEvent event) {
			this.calls.add("base:" + event.message().content());
		}

	}

	static class Sub extends Base {

		final List<String> last = new CopyOnWriteArrayList<>();

		@Override
		@DiscordListener
		@Order(1)
		void on(MessageCreateEvent event) {
			this.calls.add("sub:" + event.message().content());
		}

		@DiscordListener
		@Order(2)
		void last(MessageCreateEvent event) {
			this.last.add(event.message().content());
		}

	}

	static class LateListener {

		@DiscordListener
		void on(MessageCreateEvent event) {
		}

	}

	static class StaticMethod {

		@DiscordListener
		static void on(MessageCreateEvent event) {
		}

	}

	static class StringShardId {

		@DiscordListener
		void on(MessageCreateEvent event, @ShardId String shard) {
		}

	}

}
