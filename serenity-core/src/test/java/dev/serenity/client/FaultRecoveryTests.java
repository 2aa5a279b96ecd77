package dev.serenity.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.serenity.gateway.Shard;
import dev.serenity.gateway.ShardState;
import dev.serenity.gateway.lifecycle.ShardFatallyClosedEvent;
import dev.serenity.gateway.lifecycle.ShardLifecycleEvent;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.record.CloseRecord;
import dev.serenity.simulator.record.SessionAttempt;
import dev.serenity.simulator.record.SessionAttempt.Kind;
import dev.serenity.simulator.record.SessionAttempt.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * For each fault the simulator injects, the frames the client sends afterwards: RESUME or IDENTIFY, the URL it
 * used and the code it closed with.
 */
class FaultRecoveryTests {

	private SimulatedDiscord discord;

	private DiscordClient client;

	private final List<ShardLifecycleEvent> lifecycle = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() {
		this.discord = SimulatedDiscord.startOnVirtualTime(SimulatorConfig.builder().guilds(1));
		this.client = this.discord.track(this.discord.client(1 | 512)
			.listener(ShardLifecycleEvent.class, (event, context) -> this.lifecycle.add(event))
			.build());
		this.client.startShardRangeAsync(0, 0, 1).join();
		assertThat(this.discord.attempts(Kind.IDENTIFY)).extracting(SessionAttempt::result).containsExactly(Result.READY);
	}

	@AfterEach
	void stop() {
		this.discord.close();
	}

	private Shard shard() {
		return this.client.shards().get(0);
	}

	private void advance(Duration duration) {
		this.discord.scheduler.advanceTimeBy(duration);
	}

	/** Wait (bounded) until the client resumed, advancing virtual time for its back-off. */
	private SessionAttempt awaitNextAttempt(int previous) {
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			advance(Duration.ofSeconds(1));
			return this.discord.simulator.recorder().sessionAttempts().size() > previous
					&& shard().state() == ShardState.CONNECTED;
		});
		return this.discord.simulator.recorder().sessionAttempts().get(previous);
	}

	private void assertResumedAtResumeUrl(SessionAttempt attempt) {
		assertThat(attempt.kind()).isEqualTo(Kind.RESUME);
		assertThat(attempt.result()).isEqualTo(Result.RESUMED);
		assertThat(attempt.url()).startsWith("/gateway-resume");
	}

	@Test
	void dropWithoutCloseFrameIsResumedAtTheResumeUrl() {
		this.discord.simulator.control().shard(0).drop();
		assertResumedAtResumeUrl(awaitNextAttempt(1));
	}

	@ParameterizedTest
	@ValueSource(ints = { 4000, 4001, 4002, 4005, 4008 })
	void resumableCloseCodesAreResumed(int code) {
		this.discord.simulator.control().shard(0).close(code);
		assertResumedAtResumeUrl(awaitNextAttempt(1));
	}

	@ParameterizedTest
	@ValueSource(ints = { 4003, 4007, 4009 })
	void closeCodesThatEndTheSessionAreFollowedByIdentifyAtTheGatewayUrl(int code) {
		this.discord.simulator.control().shard(0).close(code);
		SessionAttempt attempt = awaitNextAttempt(1);
		assertThat(attempt.kind()).isEqualTo(Kind.IDENTIFY);
		assertThat(attempt.result()).isEqualTo(Result.READY);
		assertThat(attempt.url()).startsWith("/gateway?");
	}

	@ParameterizedTest
	@ValueSource(ints = { 4004, 4010, 4011, 4012, 4013, 4014 })
	void fatalCloseCodesStopTheShardWithoutRetrying(int code) {
		this.discord.simulator.control().shard(0).close(code);
		await().atMost(Duration.ofSeconds(10)).until(() -> shard().state() == ShardState.FATALLY_CLOSED);
		int connections = this.discord.simulator.recorder().connections().size();
		advance(Duration.ofMinutes(10));
		assertThat(this.discord.simulator.recorder().connections()).hasSize(connections);
		assertThat(this.discord.simulator.recorder().sessionAttempts()).hasSize(1);
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.lifecycle).filteredOn(ShardFatallyClosedEvent.class::isInstance)
				.singleElement()
				.satisfies((event) -> assertThat(((ShardFatallyClosedEvent) event).closeCode()).isEqualTo(code)));
	}

	@Test
	void reconnectRequestIsAnsweredWithANon1000CloseAndResume() {
		this.discord.simulator.control().shard(0).reconnect();
		assertResumedAtResumeUrl(awaitNextAttempt(1));
		assertThat(this.discord.simulator.recorder().closes()).filteredOn((c) -> c.initiator() == CloseRecord.Initiator.CLIENT)
			.extracting(CloseRecord::code)
			.containsExactly(4900);
	}

	@Test
	void resumableInvalidSessionIsResumed() {
		this.discord.simulator.control().shard(0).invalidateSession(true);
		assertResumedAtResumeUrl(awaitNextAttempt(1));
	}

	@Test
	void nonResumableInvalidSessionIsFollowedByIdentify() {
		this.discord.simulator.control().shard(0).invalidateSession(false);
		SessionAttempt attempt = awaitNextAttempt(1);
		assertThat(attempt.kind()).isEqualTo(Kind.IDENTIFY);
		assertThat(attempt.url()).startsWith("/gateway?");
	}

	@Test
	void zombieConnectionIsClosedAndResumed() {
		this.discord.simulator.control().shard(0).stopAcking();
		int closes = this.discord.simulator.recorder().closes().size();
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			advance(Duration.ofSeconds(5));
			return this.discord.simulator.recorder().closes().size() > closes;
		});
		this.discord.simulator.control().shard(0).resumeAcking();
		assertResumedAtResumeUrl(awaitNextAttempt(1));
		assertThat(this.discord.simulator.recorder().closes().get(closes).code()).isEqualTo(4900);
		assertThat(this.discord.simulator.recorder().closes().get(closes).initiator())
			.isEqualTo(CloseRecord.Initiator.CLIENT);
	}

	@Test
	void delayedFramesKeepTheShardConnected() {
		this.discord.simulator.control().shard(0).delayFrames(Duration.ofMillis(300));
		for (int i = 0; i < 3; i++) {
			java.time.Instant before = shard().latency().lastAckAt();
			advance(Duration.ofMillis(41_250));
			await().atMost(Duration.ofSeconds(10)).until(() -> {
				java.time.Instant ack = shard().latency().lastAckAt();
				return ack != null && !ack.equals(before);
			});
		}
		assertThat(shard().state()).isEqualTo(ShardState.CONNECTED);
		assertThat(shard().latency().last()).isNotNull();
		assertThat(this.discord.simulator.recorder().sessionAttempts()).hasSize(1);
	}

	@Test
	void heldShardKeepsRetryingWithBackOffAndResumesWhenReleased() {
		this.discord.simulator.control().shard(0).hold();
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			advance(Duration.ofSeconds(2));
			return this.discord.simulator.recorder().sessionAttempts().size() >= 4;
		});
		assertThat(shard().state()).isNotEqualTo(ShardState.CONNECTED);
		this.discord.simulator.control().shard(0).release();
		int before = this.discord.simulator.recorder().sessionAttempts().size();
		assertResumedAtResumeUrl(awaitNextAttempt(before));
	}

}
