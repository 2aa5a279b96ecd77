package dev.serenity.client;

import java.util.List;

import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.record.SessionAttempt;
import dev.serenity.simulator.record.SessionAttempt.Kind;
import dev.serenity.gateway.Shard;
import dev.serenity.gateway.ShardState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every start mode connects exactly the shards it names.
 */
class StartModesTests {

	private static SimulatorConfig.Builder discord() {
		return SimulatorConfig.builder().guilds(8).maxConcurrency(16).recommendedShards(3);
	}

	private static List<String> identified(SimulatedDiscord discord) {
		return discord.attempts(Kind.IDENTIFY)
			.stream()
			.filter((a) -> a.result() == SessionAttempt.Result.READY)
			.map((a) -> a.shardId() + "/" + a.numShards())
			.sorted()
			.toList();
	}

	@Test
	void startConnectsShardZeroOfOne() {
		try (SimulatedDiscord discord = SimulatedDiscord.start(discord())) {
			DiscordClient client = discord.track(discord.client(1).build());
			client.start();
			assertThat(identified(discord)).containsExactly("0/1");
			assertThat(client.shards()).extracting(Shard::state).containsExactly(ShardState.CONNECTED);
		}
	}

	@Test
	void startAutoshardedConnectsTheRecommendedShardCount() {
		try (SimulatedDiscord discord = SimulatedDiscord.start(discord())) {
			DiscordClient client = discord.track(discord.client(1).build());
			client.startAutosharded();
			assertThat(identified(discord)).containsExactly("0/3", "1/3", "2/3");
		}
	}

	@Test
	void startShardConnectsOnlyThatShard() {
		try (SimulatedDiscord discord = SimulatedDiscord.start(discord())) {
			DiscordClient client = discord.track(discord.client(1).build());
			client.startShard(2, 4);
			assertThat(identified(discord)).containsExactly("2/4");
			assertThat(client.shards()).extracting(Shard::id).containsExactly(2);
		}
	}

	@Test
	void startShardsConnectsEveryShard() {
		try (SimulatedDiscord discord = SimulatedDiscord.start(discord())) {
			DiscordClient client = discord.track(discord.client(1).build());
			client.startShards(4);
			assertThat(identified(discord)).containsExactly("0/4", "1/4", "2/4", "3/4");
		}
	}

	@Test
	void startShardRangeConnectsTheRangeOnly() {
		try (SimulatedDiscord discord = SimulatedDiscord.start(discord())) {
			DiscordClient client = discord.track(discord.client(1).build());
			client.startShardRange(1, 2, 4);
			assertThat(identified(discord)).containsExactly("1/4", "2/4");
		}
	}

	@Test
	void invalidRangeIsRejectedBeforeConnecting() {
		try (SimulatedDiscord discord = SimulatedDiscord.start(discord())) {
			DiscordClient client = discord.track(discord.client(1).build());
			assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> client.startShardRange(2, 4, 4))
				.withMessageContaining("2..4 of 4");
			assertThat(discord.simulator.recorder().connections()).isEmpty();
		}
	}

	@Test
	void tooFewSessionStartsLeftRefusesToStart() {
		try (SimulatedDiscord discord = SimulatedDiscord.start(discord().sessionStartLimit(2))) {
			DiscordClient client = discord.track(discord.client(1).build());
			assertThatExceptionOfType(ShardBootFailure.class).isThrownBy(() -> client.startShards(3))
				.satisfies((failure) -> assertThat(failure.reason()).isEqualTo(ShardBootFailure.Reason.SESSION_START_LIMIT))
				.withMessageContaining("only 2 more");
			assertThat(discord.simulator.recorder().connections()).isEmpty();
		}
	}

	@Test
	void rejectedTokenFailsBeforeConnecting() {
		try (SimulatedDiscord discord = SimulatedDiscord.start(discord())) {
			DiscordClient client = discord.track(DiscordClient.builder("not-the-token", 1)
				.restUrl(discord.simulator.restUrl())
				.build());
			assertThatExceptionOfType(ShardBootFailure.class).isThrownBy(client::start)
				.satisfies((failure) -> assertThat(failure.reason()).isEqualTo(ShardBootFailure.Reason.TOKEN_REJECTED))
				.withMessageNotContaining("not-the-token");
			assertThat(discord.simulator.recorder().connections()).isEmpty();
		}
	}

	@Test
	void disallowedIntentFailsStartWithTheDeveloperPortalSetting() {
		try (SimulatedDiscord discord = SimulatedDiscord
			.start(discord().privilegedIntents(java.util.Set.of()))) {
			DiscordClient client = discord.track(discord.client(1 << 15).build());
			assertThatExceptionOfType(ShardBootFailure.class).isThrownBy(client::start)
				.satisfies((failure) -> assertThat(failure.reason()).isEqualTo(ShardBootFailure.Reason.DISALLOWED_INTENTS))
				.withMessageContaining("4014")
				.withMessageContaining("Privileged Gateway Intents");
			assertThat(client.shards()).extracting(Shard::state).containsExactly(ShardState.FATALLY_CLOSED);
			assertThat(discord.attempts(Kind.IDENTIFY)).hasSize(1);
		}
	}

}
