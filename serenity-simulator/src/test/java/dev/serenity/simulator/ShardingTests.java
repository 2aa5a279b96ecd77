package dev.serenity.simulator;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.serenity.simulator.world.SimGuild;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each shard receives READY listing its guilds and one GUILD_CREATE per guild, by {@code (guild_id >> 22) % n}.
 */
class ShardingTests {

	@Test
	void eachShardGetsExactlyTheGuildsTheFormulaAssignsIt() {
		try (DiscordSimulator discord = DiscordSimulator.start(SimulatorConfig.builder().guilds(7).maxConcurrency(3).build())) {
			List<SimGuild> guilds = discord.control().world().guilds();
			Set<String> seen = new HashSet<>();
			for (int shard = 0; shard < 3; shard++) {
				try (GatewayTestClient client = GatewayTestClient.connect(discord.gatewayUrl())) {
					client.awaitOp(10);
					client.identify(discord.token(), 1, shard, 3);
					JsonNode ready = client.awaitDispatch("READY").path("d");
					int expected = 0;
					for (SimGuild guild : guilds) {
						if (((guild.id() >> 22) % 3) == shard) {
							expected++;
						}
					}
					assertThat(ready.path("guilds").size()).isEqualTo(expected);
					for (int i = 0; i < expected; i++) {
						JsonNode guild = client.awaitDispatch("GUILD_CREATE").path("d");
						long id = Long.parseLong(guild.path("id").asString());
						assertThat((id >> 22) % 3).isEqualTo(shard);
						assertThat(guild.path("channels").size()).isEqualTo(2);
						seen.add(guild.path("id").asString());
					}
				}
			}
			assertThat(seen).hasSize(7);
		}
	}

	@Test
	void guildCreateListsOnlyTheBotWithoutGuildMembersIntent() {
		try (DiscordSimulator discord = DiscordSimulator.start(SimulatorConfig.builder().guilds(1).build());
				GatewayTestClient client = GatewayTestClient.connect(discord.gatewayUrl())) {
			client.awaitOp(10);
			client.identify(discord.token(), 1, 0, 1);
			JsonNode guild = client.awaitDispatch("GUILD_CREATE").path("d");
			assertThat(guild.path("member_count").asInt()).isEqualTo(3);
			assertThat(guild.path("members").size()).isEqualTo(1);
			assertThat(guild.path("members").get(0).path("user").path("id").asString())
				.isEqualTo(Long.toUnsignedString(discord.botUserId()));
		}
	}

	@Test
	void guildCreateListsAllMembersWithGuildMembersIntent() {
		try (DiscordSimulator discord = DiscordSimulator.start(SimulatorConfig.builder().guilds(1).build());
				GatewayTestClient client = GatewayTestClient.connect(discord.gatewayUrl())) {
			client.awaitOp(10);
			client.identify(discord.token(), 1 | 2, 0, 1);
			assertThat(client.awaitDispatch("GUILD_CREATE").path("d").path("members").size()).isEqualTo(3);
		}
	}

	@Test
	void guildCreatedWhileConnectedReachesItsShard() {
		try (DiscordSimulator discord = DiscordSimulator.start();
				GatewayTestClient client = GatewayTestClient.connect(discord.gatewayUrl())) {
			client.awaitOp(10);
			client.identify(discord.token(), 1, 0, 1);
			client.awaitDispatch("READY");
			SimGuild guild = discord.control().createGuild("Later");
			assertThat(client.awaitDispatch("GUILD_CREATE").path("d").path("id").asString())
				.isEqualTo(Long.toUnsignedString(guild.id()));
		}
	}

	@Test
	void eventsWithoutGuildGoToShardZeroOnly() {
		try (DiscordSimulator discord = DiscordSimulator.start(SimulatorConfig.builder().maxConcurrency(2).build());
				GatewayTestClient shard0 = GatewayTestClient.connect(discord.gatewayUrl());
				GatewayTestClient shard1 = GatewayTestClient.connect(discord.gatewayUrl())) {
			shard0.awaitOp(10);
			shard1.awaitOp(10);
			shard0.identify(discord.token(), 1 | 4096, 0, 2);
			shard1.identify(discord.token(), 1 | 4096, 1, 2);
			shard0.awaitDispatch("READY");
			shard1.awaitDispatch("READY");
			var user = discord.control().createUser("dm-user");
			var dm = discord.control().world().dmChannel(user.id());
			discord.control().say(user.id(), dm.id(), "hello in private");
			assertThat(shard0.awaitDispatch("MESSAGE_CREATE").path("d").path("content").asString())
				.isEqualTo("hello in private");
			shard1.heartbeat(null);
			List<JsonNode> seen = new java.util.ArrayList<>();
			shard1.await((p) -> seen.add(p) && p.path("op").asInt() == 11, "heartbeat ACK");
			assertThat(seen).noneMatch((p) -> "MESSAGE_CREATE".equals(p.path("t").asString(null)));
		}
	}

}
