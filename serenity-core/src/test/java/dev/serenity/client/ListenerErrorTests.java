package dev.serenity.client;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.serenity.event.MessageCreateEvent;
import dev.serenity.gateway.Shard;
import dev.serenity.gateway.ShardState;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.record.SessionAttempt.Kind;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * What listeners throw goes to the error handler and stops nothing else; listeners run on the configured threads,
 * never on the event loops.
 */
class ListenerErrorTests {

	private SimulatedDiscord discord;

	private DiscordClient client;

	private SimUser user;

	private SimChannel channel;

	@AfterEach
	void stop() {
		if (this.discord != null) {
			this.discord.close();
		}
	}

	private void connect(DiscordClientBuilder builder) {
		this.client = this.discord.track(builder.build());
		this.client.startShardRangeAsync(0, 0, 1).join();
	}

	private DiscordClientBuilder simulator() {
		this.discord = SimulatedDiscord.startOnVirtualTime(SimulatorConfig.builder());
		SimGuild guild = this.discord.simulator.control().createGuild("Errors");
		this.user = this.discord.simulator.control().createUser("talker");
		this.discord.simulator.control().addMember(guild.id(), this.user.id());
		this.channel = this.discord.simulator.control().defaultChannel(guild.id());
		return this.discord.client(1 | 512 | 32768);
	}

	private void say(String content) {
		this.discord.simulator.control().say(this.user.id(), this.channel.id(), content);
	}

	private Shard shard() {
		return this.client.shards().get(0);
	}

	private void assertStillOnFirstConnection() {
		assertThat(shard().state()).isEqualTo(ShardState.CONNECTED);
		assertThat(this.discord.simulator.recorder().connections()).hasSize(1);
		assertThat(this.discord.simulator.recorder().closes()).isEmpty();
		assertThat(this.discord.attempts(Kind.IDENTIFY)).hasSize(1);
		assertThat(this.discord.attempts(Kind.RESUME)).isEmpty();
	}

	@Test
	void throwingListenerReachesTheErrorHandlerAndStopsNothingElse() {
		List<Failure> failures = new CopyOnWriteArrayList<>();
		List<String> first = new CopyOnWriteArrayList<>();
		List<String> second = new CopyOnWriteArrayList<>();
		connect(simulator().errorHandler((event, listener, context, error) -> failures
			.add(new Failure(event, listener, context, error)))
			.listener(MessageCreateEvent.class, (event, context) -> {
				first.add(event.message().content());
				if (event.message().content().startsWith("explode")) {
					throw new IllegalStateException("boom: " + event.message().content());
				}
			}, "exploding-listener")
			.listener(MessageCreateEvent.class, (event, context) -> second.add(event.message().content()),
					"steady-listener"));
		say("explode 1");
		say("calm");
		say("explode 2");
		say("after");
		await().atMost(Duration.ofSeconds(10)).until(() -> second.size() == 4);
		assertThat(first).containsExactly("explode 1", "calm", "explode 2", "after");
		assertThat(second).containsExactly("explode 1", "calm", "explode 2", "after");
		await().atMost(Duration.ofSeconds(10)).until(() -> failures.size() == 2);
		assertThat(failures).allSatisfy((failure) -> {
			assertThat(failure.listener()).isEqualTo("exploding-listener");
			assertThat(failure.event()).isInstanceOf(MessageCreateEvent.class);
			assertThat(failure.error()).isInstanceOf(IllegalStateException.class);
			assertThat(failure.context().shardId()).isZero();
			assertThat(failure.context().shardCount()).isEqualTo(1);
			assertThat(failure.context().client()).isSameAs(this.client);
			assertThat(failure.context().sequence()).isPositive();
		});
		assertThat(failures).extracting((failure) -> ((MessageCreateEvent) failure.event()).message().content())
			.containsExactly("explode 1", "explode 2");
		assertThat(failures).extracting((failure) -> failure.error().getMessage())
			.containsExactly("boom: explode 1", "boom: explode 2");
		assertStillOnFirstConnection();
	}

	@Test
	void checkedExceptionsAndErrorsReachTheErrorHandlerToo() {
		List<Throwable> errors = new CopyOnWriteArrayList<>();
		List<String> received = new CopyOnWriteArrayList<>();
		connect(simulator().errorHandler((event, listener, context, error) -> errors.add(error))
			.listener(MessageCreateEvent.class, (event, context) -> {
				switch (event.message().content()) {
					case "checked" -> throw new IOException("checked failure");
					case "error" -> throw new AssertionError("an error");
					default -> received.add(event.message().content());
				}
			}, "mixed"));
		say("checked");
		say("error");
		say("fine");
		await().atMost(Duration.ofSeconds(10)).until(() -> received.contains("fine"));
		await().atMost(Duration.ofSeconds(10)).until(() -> errors.size() == 2);
		assertThat(errors).extracting(Throwable::getMessage).containsExactly("checked failure", "an error");
		assertThat(errors.get(0)).isInstanceOf(IOException.class);
		assertThat(errors.get(1)).isInstanceOf(AssertionError.class);
		assertStillOnFirstConnection();
	}

	@Test
	void listenerThrowingInterruptedExceptionDoesNotStopItsLane() {
		List<Throwable> errors = new CopyOnWriteArrayList<>();
		List<String> received = new CopyOnWriteArrayList<>();
		connect(simulator().listenerLanes(1)
			.errorHandler((event, listener, context, error) -> errors.add(error))
			.listener(MessageCreateEvent.class, (event, context) -> {
				if (event.message().content().equals("interrupted")) {
					throw new InterruptedException("gave up waiting");
				}
				received.add(event.message().content());
			}, "interruptible"));
		say("interrupted");
		say("after 1");
		say("after 2");
		await("messages after the InterruptedException").atMost(Duration.ofSeconds(10))
			.until(() -> received.size() == 2);
		assertThat(received).containsExactly("after 1", "after 2");
		assertThat(errors).singleElement().isInstanceOf(InterruptedException.class);
		assertStillOnFirstConnection();
	}

	@Test
	void listenerLeavingItsThreadInterruptedDoesNotStopItsLane() {
		List<String> received = new CopyOnWriteArrayList<>();
		connect(simulator().listenerLanes(1).listener(MessageCreateEvent.class, (event, context) -> {
			received.add(event.message().content());
			if (event.message().content().equals("interrupt")) {
				Thread.currentThread().interrupt();
			}
		}, "self-interrupting"));
		say("interrupt");
		say("after");
		await("message after the interrupted listener").atMost(Duration.ofSeconds(10))
			.until(() -> received.size() == 2);
		assertThat(received).containsExactly("interrupt", "after");
		assertStillOnFirstConnection();
	}

	@Test
	void failingErrorHandlerStopsNothingEither() {
		List<String> received = new CopyOnWriteArrayList<>();
		connect(simulator().errorHandler((event, listener, context, error) -> {
			throw new IllegalStateException("handler failed too");
		}).listener(MessageCreateEvent.class, (event, context) -> {
			received.add(event.message().content());
			throw new IllegalStateException("listener failed");
		}, "always-failing"));
		for (int i = 0; i < 5; i++) {
			say("message " + i);
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 5);
		assertThat(received).containsExactly("message 0", "message 1", "message 2", "message 3", "message 4");
		assertStillOnFirstConnection();
	}

	@Test
	void listenerWithoutANameIsReportedUnderItsClassName() {
		AtomicReference<String> name = new AtomicReference<>();
		EventListener<MessageCreateEvent> failing = (event, context) -> {
			throw new IllegalStateException("unnamed");
		};
		connect(simulator().errorHandler((event, listener, context, error) -> name.set(listener))
			.listener(MessageCreateEvent.class, failing));
		say("hello");
		await().atMost(Duration.ofSeconds(10)).until(() -> name.get() != null);
		assertThat(name.get()).isEqualTo(failing.getClass().getName());
	}

	@Test
	void virtualListenerThreadsNeedJava21() {
		if (ListenerThreads.virtualThreadsAvailable()) {
			assertThat(Runtime.version().feature()).isGreaterThanOrEqualTo(21);
			assertThat(runsTask(ListenerThreads.VIRTUAL.factory("x"))).isTrue();
		}
		else {
			assertThatIllegalStateException().isThrownBy(() -> ListenerThreads.VIRTUAL.factory("x"))
				.withMessageContaining("Java 21")
				.withMessageContaining("AUTO")
				.withMessageContaining("PLATFORM");
		}
	}

	@Test
	void virtualThreadsAreUnavailableBeforeJava21() {
		if (Runtime.version().feature() < 21) {
			assertThat(ListenerThreads.virtualThreadsAvailable()).isFalse();
		}
		else {
			assertThat(ListenerThreads.virtualThreadsAvailable()).isTrue();
		}
	}

	@Test
	void autoAndPlatformThreadsRunTasks() {
		assertThat(runsTask(ListenerThreads.AUTO.factory("auto-"))).isTrue();
		assertThat(runsTask(ListenerThreads.PLATFORM.factory("platform-"))).isTrue();
	}

	@Test
	void platformThreadsAreNamedDaemonThreads() {
		ThreadFactory factory = ListenerThreads.PLATFORM.factory("lane-");
		Thread first = factory.newThread(() -> {
		});
		Thread second = factory.newThread(() -> {
		});
		assertThat(first.getName()).startsWith("lane-");
		assertThat(second.getName()).startsWith("lane-").isNotEqualTo(first.getName());
		assertThat(first.isDaemon()).isTrue();
	}

	@Test
	void autoFallsBackToPlatformThreadsBeforeJava21() {
		if (!ListenerThreads.virtualThreadsAvailable()) {
			Thread thread = ListenerThreads.AUTO.factory("auto-").newThread(() -> {
			});
			assertThat(thread.getName()).startsWith("auto-");
			assertThat(thread.isDaemon()).isTrue();
		}
	}

	private static boolean runsTask(ThreadFactory factory) {
		CountDownLatch ran = new CountDownLatch(1);
		Thread thread = factory.newThread(ran::countDown);
		thread.start();
		try {
			return ran.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Test
	void platformListenerThreadsDeliverEventsOffTheEventLoop() {
		List<String> threads = new CopyOnWriteArrayList<>();
		connect(simulator().listenerThreads(ListenerThreads.PLATFORM)
			.listener(MessageCreateEvent.class, (event, context) -> threads.add(Thread.currentThread().getName()))
			.rawListener((event, context) -> threads.add(Thread.currentThread().getName())));
		say("where am I");
		await().atMost(Duration.ofSeconds(10)).until(() -> threads.size() >= 2);
		assertThat(threads).allSatisfy((name) -> {
			assertThat(name).startsWith("serenity-listener-");
			assertThat(name).doesNotContain("reactor-http").doesNotContain("epoll").doesNotContain("nio");
		});
	}

	private record Failure(Object event, String listener, EventContext context, Throwable error) {
	}

}
