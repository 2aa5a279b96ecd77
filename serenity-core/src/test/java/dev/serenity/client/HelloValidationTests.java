package dev.serenity.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.serenity.gateway.Latency;
import dev.serenity.gateway.Shard;
import dev.serenity.gateway.ShardState;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.record.CloseRecord;
import dev.serenity.simulator.record.ConnectionRecord;
import dev.serenity.simulator.record.SessionAttempt;
import dev.serenity.simulator.record.SessionAttempt.Kind;
import dev.serenity.simulator.record.SessionAttempt.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A HELLO the client cannot use (no usable heartbeat interval) ends that connection; the client reconnects with
 * back-off instead of in a loop, and connects normally once HELLO is normal again.
 */
class HelloValidationTests {

	private static final String NORMAL_HELLO = "{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}";

	private static final Duration STEP = Duration.ofMillis(100);

	private SimulatedDiscord discord;

	private DiscordClient client;

	@AfterEach
	void stop() {
		if (this.discord != null) {
			this.discord.close();
		}
	}

	private void start(SimulatorConfig.Builder config) {
		this.discord = SimulatedDiscord.startOnVirtualTime(config.guilds(1));
		this.client = this.discord.track(this.discord.client(1 | 512).build());
	}

	private Shard shard() {
		return this.client.shards().get(0);
	}

	private List<ConnectionRecord> connections() {
		return this.discord.simulator.recorder().connections();
	}

	private void advance(Duration duration) {
		this.discord.scheduler.advanceTimeBy(duration);
	}

	/**
	 * Whether the shard is connected, or has given up every connection so far and scheduled its next attempt (so
	 * nothing happens until virtual time moves on).
	 */
	private boolean settled() {
		Shard shard = shard();
		return shard.state() == ShardState.CONNECTED
				|| (shard.state() == ShardState.DISCONNECTED && shard.reconnectAttempts() == connections().size());
	}

	private void awaitSettled() {
		await().atMost(Duration.ofSeconds(10))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(2))
			.until(this::settled);
	}

	/** Advance virtual time in small steps, letting the client react to each before the next. */
	private void advanceSettled(Duration total, Runnable afterEachStep) {
		for (long done = 0; done < total.toMillis(); done += STEP.toMillis()) {
			advance(STEP);
			awaitSettled();
			afterEachStep.run();
		}
	}

	private long framesWithOp(int op) {
		return this.discord.simulator.recorder().frames().stream().filter((frame) -> frame.op() == op).count();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"op\":10,\"d\":{\"heartbeat_interval\":0}}",
			"{\"op\":10,\"d\":{\"heartbeat_interval\":-41250}}", "{\"op\":10,\"d\":{\"heartbeat_interval\":\"NaN\"}}",
			"{\"op\":10,\"d\":{\"heartbeat_interval\":\"41250\"}}", "{\"op\":10,\"d\":{}}",
			"{\"op\":10,\"d\":{\"heartbeat_interval\":null}}", "{\"op\":10,\"d\":null}", "{\"op\":10}",
			"{\"op\":10,\"d\":{\"heartbeat_interval\":0.5}}", "{\"op\":10,\"d\":{\"heartbeat_interval\":1e300}}",
			"{\"op\":10,\"d\":{\"heartbeat_interval\":[41250]}}" })
	void invalidHelloIsFollowedByOneBackedOffReconnectAndANormalSession(String hello) {
		start(SimulatorConfig.builder());
		this.discord.simulator.control().overrideNextHello(hello);
		CompletableFuture<Void> started = this.client.startShardRangeAsync(0, 0, 1);
		awaitSettled();
		assertThat(shard().reconnectAttempts()).isEqualTo(1);
		assertThat(connections()).hasSize(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.discord.simulator.recorder().closes().isEmpty());
		assertThat(this.discord.simulator.recorder().closes()).singleElement().satisfies((close) -> {
			assertThat(close.initiator()).isEqualTo(CloseRecord.Initiator.CLIENT);
			assertThat(close.code()).isNotIn(1000, 1001);
		});
		assertThat(framesWithOp(2)).as("IDENTIFY after an invalid HELLO").isZero();
		assertThat(framesWithOp(1)).as("heartbeats after an invalid HELLO").isZero();
		advanceSettled(Duration.ofSeconds(10), () -> {
		});
		assertThat(started).isCompleted();
		assertThat(shard().state()).isEqualTo(ShardState.CONNECTED);
		assertThat(connections()).hasSize(2);
		assertThat(Duration.between(connections().get(0).openedAt(), connections().get(1).openedAt()))
			.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(this.discord.simulator.recorder().sessionAttempts()).singleElement().satisfies((attempt) -> {
			assertThat(attempt.kind()).isEqualTo(Kind.IDENTIFY);
			assertThat(attempt.result()).isEqualTo(Result.READY);
			assertThat(attempt.connectionId()).isEqualTo(connections().get(1).connectionId());
		});
	}

	@Test
	void repeatedInvalidHellosAreRetriedWithBackOffNotInALoop() {
		String invalid = "{\"op\":10,\"d\":{\"heartbeat_interval\":0}}";
		start(SimulatorConfig.builder());
		this.discord.simulator.control().overrideNextHello(invalid);
		CompletableFuture<Void> started = this.client.startShardRangeAsync(0, 0, 1);
		awaitSettled();
		this.discord.simulator.control().overrideNextHello(invalid);
		int[] armed = { connections().size() };
		advanceSettled(Duration.ofSeconds(10), () -> {
			if (connections().size() > armed[0]) {
				this.discord.simulator.control().overrideNextHello(invalid);
				armed[0] = connections().size();
			}
		});
		List<ConnectionRecord> attempts = connections();
		assertThat(attempts).as("connections in 10 s of invalid HELLOs").hasSizeBetween(2, 10);
		for (int i = 1; i < attempts.size(); i++) {
			assertThat(Duration.between(attempts.get(i - 1).openedAt(), attempts.get(i).openedAt()))
				.as("gap before connection %d", i + 1)
				.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		}
		assertThat(this.discord.simulator.recorder().sessionAttempts()).isEmpty();
		assertThat(started).isNotDone();
		this.discord.simulator.control().overrideNextHello(NORMAL_HELLO);
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10)).until(() -> {
			advance(Duration.ofMillis(500));
			return started.isDone();
		});
		assertThat(started).isCompleted();
		assertThat(shard().state()).isEqualTo(ShardState.CONNECTED);
		assertThat(this.discord.simulator.recorder().sessionAttempts()).singleElement()
			.extracting(SessionAttempt::result)
			.isEqualTo(Result.READY);
	}

	@Test
	void unreadableHelloIsWaitedOutByTheHandshakeTimeout() {
		start(SimulatorConfig.builder());
		this.discord.simulator.control().overrideNextHello("{\"op\":10,\"d\":{\"heartbeat_interval\":NaN}}");
		CompletableFuture<Void> started = this.client.startShardRangeAsync(0, 0, 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> connections().size() == 1);
		advanceSettledWhileConnecting(Duration.ofSeconds(10));
		assertThat(connections()).as("connections while waiting for a usable HELLO").hasSize(1);
		assertThat(this.discord.simulator.recorder().closes()).isEmpty();
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10)).until(() -> {
			advance(Duration.ofMillis(500));
			return started.isDone();
		});
		assertThat(shard().state()).isEqualTo(ShardState.CONNECTED);
		assertThat(connections()).hasSize(2);
		assertThat(this.discord.simulator.recorder().sessionAttempts()).singleElement()
			.extracting(SessionAttempt::connectionId)
			.isEqualTo(connections().get(1).connectionId());
	}

	private void advanceSettledWhileConnecting(Duration total) {
		for (long done = 0; done < total.toMillis(); done += STEP.toMillis()) {
			advance(STEP);
			assertThat(shard().state()).isEqualTo(ShardState.CONNECTING);
		}
	}

	@Test
	void secondHelloOnALiveConnectionChangesNothing() {
		start(SimulatorConfig.builder().heartbeatInterval(Duration.ofSeconds(1)));
		this.client.startShardRangeAsync(0, 0, 1).join();
		for (int i = 0; i < 3; i++) {
			heartbeatOnce();
		}
		this.discord.simulator.control().shard(0).sendRaw("{\"op\":10,\"d\":{\"heartbeat_interval\":1000}}");
		long before = framesWithOp(1);
		Latency latency = shard().latency();
		this.discord.simulator.control().shard(0).requestHeartbeat();
		await().atMost(Duration.ofSeconds(10)).until(() -> framesWithOp(1) > before && shard().latency() != latency);
		assertThat(shard().state()).isEqualTo(ShardState.CONNECTED);
		for (int i = 0; i < 5; i++) {
			long count = framesWithOp(1);
			heartbeatOnce();
			assertThat(framesWithOp(1)).as("heartbeats in one interval").isEqualTo(count + 1);
			assertThat(shard().state()).isEqualTo(ShardState.CONNECTED);
		}
		assertThat(this.discord.simulator.recorder().closes()).isEmpty();
		assertThat(connections()).hasSize(1);
		assertThat(this.discord.simulator.recorder().sessionAttempts()).singleElement()
			.extracting(SessionAttempt::kind)
			.isEqualTo(Kind.IDENTIFY);
		assertThat(framesWithOp(2)).isEqualTo(1);
	}

	/** Advance one heartbeat interval and wait for the heartbeat and its ACK. */
	private void heartbeatOnce() {
		long count = framesWithOp(1);
		Latency latency = shard().latency();
		advance(Duration.ofSeconds(1));
		await().atMost(Duration.ofSeconds(10)).until(() -> framesWithOp(1) > count && shard().latency() != latency);
	}

}
