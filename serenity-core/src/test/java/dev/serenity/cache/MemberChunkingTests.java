package dev.serenity.cache;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.serenity.client.DiscordClient;
import dev.serenity.event.GuildMembersChunkEvent;
import dev.serenity.event.RateLimitedEvent;
import dev.serenity.gateway.GatewayIntent;
import dev.serenity.json.DiscordJson;
import dev.serenity.model.Guild;
import dev.serenity.model.Snowflake;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * Chunking at start-up: large guilds get a request for all members (op 8), the cache fills from the
 * GUILD_MEMBERS_CHUNK answers, and Discord's limit of one such request per guild per 30 s and its RATE_LIMITED
 * answer are honoured (on virtual time).
 */
class MemberChunkingTests {

	private static final long GUILD = 81771983423143936L;

	private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

	private final InstantSource clock = () -> Instant.ofEpochMilli(this.scheduler.now(TimeUnit.MILLISECONDS));

	private final List<Long> sentAt = new CopyOnWriteArrayList<>();

	private final MemberChunker chunker = new MemberChunker((shardId, request, nonce) -> {
		this.sentAt.add(this.scheduler.now(TimeUnit.MILLISECONDS));
		return true;
	}, this.scheduler, this.clock);

	@Test
	void aLargeGuildIsAskedForAtOnceAndASmallCompleteOneNever() {
		this.chunker.guildAvailable(0, guild(true, 5000, 1));
		this.chunker.guildAvailable(0, guild(false, 1, 1));
		assertThat(this.sentAt).containsExactly(0L);
	}

	@Test
	void aGuildThatComesBackWithinThirtySecondsWaitsForTheLimit() {
		this.chunker.guildAvailable(0, guild(true, 5000, 1));
		this.scheduler.advanceTimeBy(Duration.ofSeconds(10));
		this.chunker.guildAvailable(0, guild(true, 5000, 1));
		assertThat(this.sentAt).hasSize(1);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(19));
		assertThat(this.sentAt).hasSize(1);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(this.sentAt).containsExactly(0L, 30_000L);
	}

	@Test
	void aRateLimitedRequestIsSentAgainAfterRetryAfter() {
		this.chunker.guildAvailable(0, guild(true, 5000, 1));
		this.chunker.rateLimited(new RateLimitedEvent(8, 5.5, new RateLimitedEvent.Meta(Snowflake.of(GUILD), "n")));
		this.scheduler.advanceTimeBy(Duration.ofMillis(5499));
		assertThat(this.sentAt).hasSize(1);
		this.scheduler.advanceTimeBy(Duration.ofMillis(1));
		assertThat(this.sentAt).containsExactly(0L, 5_500L);
		assertThat(this.chunker.rateLimits()).isEqualTo(1);
	}

	@Test
	void rateLimitsOfOtherOpcodesOrUnknownGuildsAreNotRetried() {
		this.chunker.guildAvailable(0, guild(true, 5000, 1));
		this.chunker.rateLimited(new RateLimitedEvent(3, 1.0, new RateLimitedEvent.Meta(Snowflake.of(GUILD), "n")));
		this.chunker.rateLimited(new RateLimitedEvent(8, 1.0, new RateLimitedEvent.Meta(Snowflake.of(42), "n")));
		this.scheduler.advanceTimeBy(Duration.ofMinutes(1));
		assertThat(this.sentAt).hasSize(1);
	}

	@Test
	void chunkingNeedsTheGuildMembersIntent() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DiscordClient.builder("token", List.of(GatewayIntent.GUILDS))
				.cache(CacheSettings.builder().chunkMembers(true).build())
				.build())
			.withMessageContaining("GUILD_MEMBERS");
	}

	@Test
	void aLargeGuildsMembersAreCachedFromTheChunksAtStartUp() {
		try (DiscordSimulator simulator = DiscordSimulator.start(SimulatorConfig.builder().build())) {
			SimGuild large = simulator.control().createGuild("Large");
			for (int i = 0; i < 300; i++) {
				SimUser user = simulator.control().createUser("user" + i);
				simulator.control().world().addMember(large.id(), user.id());
			}
			List<GuildMembersChunkEvent> chunks = new CopyOnWriteArrayList<>();
			try (DiscordClient client = DiscordClient.builder(simulator.token(), CacheSimulation.INTENTS)
				.restUrl(simulator.restUrl())
				.largeThreshold(50)
				.cache(CacheSettings.builder().chunkMembers(true).build())
				.listener(GuildMembersChunkEvent.class, (event, context) -> chunks.add(event))
				.build()) {
				client.start();
				await().atMost(Duration.ofSeconds(10))
					.until(() -> client.cache().members(large.id()).size() == large.members().size());
				assertThat(client.cache().memberRequests()).isEqualTo(1);
				assertThat(chunks).isNotEmpty();
				assertThat(client.cache().member(large.id(), large.ownerId())).isPresent();
			}
		}
	}

	private static Guild guild(boolean large, int memberCount, int members) {
		StringBuilder json = new StringBuilder("{\"id\":\"" + GUILD + "\",\"name\":\"g\",\"large\":" + large
				+ ",\"member_count\":" + memberCount + ",\"members\":[");
		for (int i = 0; i < members; i++) {
			json.append((i > 0) ? "," : "").append("{\"user\":{\"id\":\"").append(i + 1).append("\"},\"roles\":[]}");
		}
		return DiscordJson.mapper().readValue(json.append("]}").toString(), Guild.class);
	}

}
