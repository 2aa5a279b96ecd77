package dev.serenity.simulator;

import java.time.Duration;

import dev.serenity.simulator.gateway.Gateway.SessionStartLimit;
import dev.serenity.simulator.record.SessionAttempt;
import dev.serenity.simulator.record.SessionAttempt.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code session_start_limit}: one IDENTIFY per {@code shard_id % max_concurrency} bucket per window, on the
 * simulator's clock, and {@code remaining} counted down to a refusal.
 */
class IdentifyLimitTests {

	private final ManualClock clock = new ManualClock();

	private DiscordSimulator discord;

	private DiscordSimulator start(SimulatorConfig.Builder config) {
		this.discord = DiscordSimulator.start(config.clock(this.clock).build());
		return this.discord;
	}

	@AfterEach
	void stop() {
		if (this.discord != null) {
			this.discord.close();
		}
	}

	private static Result identify(DiscordSimulator discord, int shardId, int numShards) {
		try (GatewayTestClient client = GatewayTestClient.connect(discord.gatewayUrl())) {
			client.awaitOp(10);
			client.identify(discord.token(), 1, shardId, numShards);
			var answer = client.await((p) -> p.path("op").asInt() == 9 || "READY".equals(p.path("t").asString(null)),
					"READY or op 9");
			return (answer.path("op").asInt() == 9) ? Result.INVALID_SESSION : Result.READY;
		}
	}

	@Test
	void secondIdentifyOfOneBucketInsideTheWindowGetsInvalidSession() {
		DiscordSimulator discord = start(SimulatorConfig.builder().maxConcurrency(2));
		assertThat(identify(discord, 0, 4)).isEqualTo(Result.READY);
		assertThat(identify(discord, 2, 4)).isEqualTo(Result.INVALID_SESSION);
	}

	@Test
	void otherBucketsIdentifyInTheSameWindow() {
		DiscordSimulator discord = start(SimulatorConfig.builder().maxConcurrency(2));
		assertThat(identify(discord, 0, 4)).isEqualTo(Result.READY);
		assertThat(identify(discord, 1, 4)).isEqualTo(Result.READY);
	}

	@Test
	void bucketOpensAgainOnceTheWindowHasPassedOnTheSimulatorClock() {
		DiscordSimulator discord = start(SimulatorConfig.builder().maxConcurrency(2).identifyWindow(Duration.ofSeconds(5)));
		assertThat(identify(discord, 0, 4)).isEqualTo(Result.READY);
		this.clock.advance(Duration.ofMillis(4999));
		assertThat(identify(discord, 2, 4)).isEqualTo(Result.INVALID_SESSION);
		this.clock.advance(Duration.ofMillis(1));
		assertThat(identify(discord, 2, 4)).isEqualTo(Result.READY);
	}

	@Test
	void refusedIdentifyLeavesTheConnectionOpenForAnotherTry() {
		DiscordSimulator discord = start(SimulatorConfig.builder());
		assertThat(identify(discord, 0, 2)).isEqualTo(Result.READY);
		try (GatewayTestClient client = GatewayTestClient.connect(discord.gatewayUrl())) {
			client.awaitOp(10);
			client.identify(discord.token(), 1, 1, 2);
			assertThat(client.awaitOp(9).path("d").asBoolean(true)).isFalse();
			this.clock.advance(Duration.ofSeconds(5));
			client.identify(discord.token(), 1, 1, 2);
			client.awaitDispatch("READY");
		}
	}

	@Test
	void remainingCountsDownPerSessionStartAndIsReportedByGatewayBot() {
		DiscordSimulator discord = start(SimulatorConfig.builder().sessionStartLimit(10).maxConcurrency(16));
		identify(discord, 0, 2);
		identify(discord, 1, 2);
		SessionStartLimit limit = discord.gateway().sessionStartLimit();
		assertThat(limit.total()).isEqualTo(10);
		assertThat(limit.remaining()).isEqualTo(8);
		assertThat(limit.maxConcurrency()).isEqualTo(16);
	}

	@Test
	void exhaustedSessionStartsAreRefusedWith4004UntilTheReset() {
		DiscordSimulator discord = start(SimulatorConfig.builder()
			.sessionStartLimit(1)
			.sessionStartReset(Duration.ofHours(1)));
		assertThat(identify(discord, 0, 1)).isEqualTo(Result.READY);
		this.clock.advance(Duration.ofSeconds(5));
		try (GatewayTestClient client = GatewayTestClient.connect(discord.gatewayUrl())) {
			client.awaitOp(10);
			client.identify(discord.token(), 1, 0, 1);
			assertThat(client.awaitClose()).isEqualTo(4004);
		}
		assertThat(discord.gateway().sessionStartLimit().resetAfterMillis()).isLessThanOrEqualTo(3_595_000);
		this.clock.advance(Duration.ofHours(1));
		assertThat(identify(discord, 0, 1)).isEqualTo(Result.READY);
		assertThat(discord.recorder().sessionAttempts()).extracting(SessionAttempt::closeCode).containsExactly(0, 4004, 0);
	}

}
