package dev.serenity.client;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.serenity.gateway.ShardState;
import dev.serenity.gateway.identify.LocalIdentifyQueue;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.record.SessionAttempt;
import dev.serenity.simulator.record.SessionAttempt.Kind;
import dev.serenity.simulator.record.SessionAttempt.Result;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sixteen shards with {@code max_concurrency} 4, on the simulator's clock shared with the client: no two IDENTIFYs
 * of one bucket inside a window, and every shard READY within (16/4 - 1) windows plus a small margin.
 */
class IdentifyConcurrencyTests {

	private static final Duration WINDOW = Duration.ofSeconds(5);

	@Test
	void sixteenShardsIdentifyOneBucketPerWindow() {
		try (SimulatedDiscord discord = SimulatedDiscord
			.startOnVirtualTime(SimulatorConfig.builder().guilds(32).maxConcurrency(4).identifyWindow(WINDOW))) {
			DiscordClient client = discord.track(discord.client(1).build());
			Instant start = discord.clock.instant();
			CompletableFuture<Void> started = client.startShardRangeAsync(0, 15, 16);
			for (int window = 0; window < 4; window++) {
				int expected = 4 * (window + 1);
				await().atMost(Duration.ofSeconds(20))
					.until(() -> ready(discord).size() == expected
							&& client.shards().stream().filter((s) -> s.state() == ShardState.CONNECTED).count() == expected);
				if (window < 3) {
					// each window plus the queue's safety margin
					discord.scheduler.advanceTimeBy(WINDOW.plus(LocalIdentifyQueue.DEFAULT_MARGIN));
				}
			}
			await().atMost(Duration.ofSeconds(10)).until(started::isDone);
			assertThat(started).isCompleted();
			List<SessionAttempt> identifies = discord.attempts(Kind.IDENTIFY);
			assertThat(identifies).allMatch((attempt) -> attempt.result() == Result.READY).hasSize(16);
			Map<Integer, Instant> lastByBucket = new HashMap<>();
			for (SessionAttempt attempt : identifies) {
				Instant previous = lastByBucket.put(attempt.shardId() % 4, attempt.at());
				if (previous != null) {
					assertThat(Duration.between(previous, attempt.at())).isGreaterThanOrEqualTo(WINDOW);
				}
			}
			Instant last = identifies.stream().map(SessionAttempt::at).max(Instant::compareTo).orElseThrow();
			assertThat(Duration.between(start, last))
				.isEqualTo(WINDOW.plus(LocalIdentifyQueue.DEFAULT_MARGIN).multipliedBy(3));
		}
	}

	private static List<SessionAttempt> ready(SimulatedDiscord discord) {
		return discord.attempts(Kind.IDENTIFY).stream().filter((a) -> a.result() == Result.READY).toList();
	}

}
