package dev.serenity.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.serenity.event.MessageCreateEvent;
import dev.serenity.gateway.lifecycle.ShardResumedEvent;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.gateway.FaultPlan;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ten thousand messages in two guilds with fifty resumable faults: every message reaches the listener exactly once,
 * in each guild's order.
 */
class ExactlyOnceTests {

	private static final Logger logger = LoggerFactory.getLogger(ExactlyOnceTests.class);

	private static final int MESSAGES = 10_000;

	private static final int BATCH = 100;

	@Test
	void everyMessageArrivesOnceInGuildOrderDespiteFaults() {
		long seed = Long.getLong("serenity.test.seed", System.nanoTime());
		logger.warn("Fault plan seed {} (repeat with -Dserenity.test.seed={})", seed, seed);
		try (SimulatedDiscord discord = SimulatedDiscord.start(SimulatorConfig.builder().resumeBufferSize(20_000))) {
			SimGuild first = discord.simulator.control().createGuild("First");
			SimGuild second = discord.simulator.control().createGuild("Second");
			SimUser user = discord.simulator.control().createUser("talker");
			discord.simulator.control().addMember(first.id(), user.id());
			discord.simulator.control().addMember(second.id(), user.id());
			SimChannel[] channels = { discord.simulator.control().defaultChannel(first.id()),
					discord.simulator.control().defaultChannel(second.id()) };
			Map<String, List<String>> received = new ConcurrentHashMap<>();
			List<ShardResumedEvent> resumes = new CopyOnWriteArrayList<>();
			DiscordClient client = discord.track(discord.client(1 | 512 | 32768)
				.listener(MessageCreateEvent.class, (event, context) -> received
					.computeIfAbsent(event.message().guildId().toString(), (key) -> new CopyOnWriteArrayList<>())
					.add(event.message().content()))
				.listener(ShardResumedEvent.class, (event, context) -> resumes.add(event))
				.build());
			client.start();
			FaultPlan plan = FaultPlan.resumable(seed, 50, 20, 150);
			discord.simulator.control().shard(0).plan(plan);
			Map<String, List<String>> sent = new HashMap<>();
			for (int i = 0; i < MESSAGES; i++) {
				SimChannel channel = channels[i % 2];
				String content = "message " + i;
				discord.simulator.control().say(user.id(), channel.id(), content);
				sent.computeIfAbsent(Long.toUnsignedString(channel.guildId()), (key) -> new ArrayList<>()).add(content);
				if (i % BATCH == BATCH - 1) {
					// Let the client catch up now and then, so that faults hit while events are flowing.
					int expected = i + 1;
					await().atMost(Duration.ofSeconds(30))
						.pollInterval(Duration.ofMillis(5))
						.until(() -> received.values().stream().mapToInt(List::size).sum() >= expected);
				}
			}
			await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
				int total = received.values().stream().mapToInt(List::size).sum();
				assertThat(total >= MESSAGES && plan.done())
					.as("received %d of %d, faults %d of 50, shard %s (seed %d)", total, MESSAGES, plan.applied().size(),
							client.shards(), seed)
					.isTrue();
			});
			assertThat(plan.applied()).as("faults injected (seed %d)", seed).hasSize(50);
			assertThat(received).as("messages per guild, in order (seed %d)", seed).isEqualTo(sent);
			assertThat(resumes).as("resumes (seed %d)", seed).isNotEmpty();
			assertThat(discord.attempts(dev.serenity.simulator.record.SessionAttempt.Kind.IDENTIFY)).hasSize(1);
		}
	}

}
