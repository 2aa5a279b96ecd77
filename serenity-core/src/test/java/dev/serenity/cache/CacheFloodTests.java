package dev.serenity.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import dev.serenity.client.DiscordClient;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.model.Message;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.SimulatorControl;
import dev.serenity.simulator.Snowflakes;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A flood of MESSAGE_CREATE over four shards while other threads read the cache: no event is lost, the bounds hold
 * (messages per channel, channels holding messages), and every read sees a consistent channel (its own messages,
 * in order, never more than the bound). The benchmarks run the same with 1,000,000 messages.
 */
class CacheFloodTests {

	private static final int SHARDS = 4;

	private static final long MESSAGES = Long.getLong("serenity.test.flood", 20_000);

	private static final int PER_CHANNEL = 50;

	private static final int CHANNELS_KEPT = 3;

	@Test
	void aFloodOverFourShardsLosesNothingKeepsTheBoundsAndStaysConsistentForConcurrentReaders() throws Exception {
		SimulatorConfig config = SimulatorConfig.builder().guilds(0).recommendedShards(SHARDS).maxConcurrency(16).build();
		try (DiscordSimulator simulator = DiscordSimulator.start(config)) {
			SimulatorControl control = simulator.control();
			SimUser author = control.createUser("flooder");
			long[] channels = guildChannelPerShard(control, author);
			AtomicLong received = new AtomicLong();
			Map<Long, Long> lastSeen = new ConcurrentHashMap<>();
			CacheSettings settings = CacheSettings.builder()
				.messagesPerChannel(PER_CHANNEL)
				.maximumSize(CacheKind.MESSAGES, CHANNELS_KEPT)
				.build();
			try (DiscordClient client = DiscordClient.builder(simulator.token(), CacheSimulation.INTENTS)
				.restUrl(simulator.restUrl())
				.cache(settings)
				.listener(MessageCreateEvent.class, (event, context) -> {
					lastSeen.put(event.message().channelId().value(), event.message().id().value());
					received.incrementAndGet();
				})
				.build()) {
				client.startShards(SHARDS);
				await().atMost(Duration.ofSeconds(10))
					.until(() -> java.util.Arrays.stream(channels).allMatch((id) -> client.cache().channel(id).isPresent()));
				List<String> violations = new CopyOnWriteArrayList<>();
				AtomicBoolean flooding = new AtomicBoolean(true);
				AtomicLong reads = new AtomicLong();
				List<Thread> readers = new ArrayList<>();
				for (int i = 0; i < 2; i++) {
					Thread reader = new Thread(() -> {
						while (flooding.get()) {
							for (long channel : channels) {
								check(client.cache().messages(channel), channel, violations);
								reads.incrementAndGet();
							}
						}
					}, "cache-reader-" + i);
					reader.start();
					readers.add(reader);
				}
				long each = MESSAGES / SHARDS;
				List<SimulatorControl.Flood> floods = new ArrayList<>();
				for (long channel : channels) {
					floods.add(control.flood(channel, author.id(), each));
				}
				for (SimulatorControl.Flood flood : floods) {
					assertThat(flood.await(Duration.ofMinutes(2))).isTrue();
				}
				await().atMost(Duration.ofMinutes(2)).until(() -> received.get() >= each * SHARDS);
				flooding.set(false);
				for (Thread reader : readers) {
					reader.join();
				}

				assertThat(received.get()).isEqualTo(each * SHARDS);
				assertThat(violations).isEmpty();
				assertThat(reads.get()).isPositive();
				DiscordCache cache = client.cache();
				assertThat(cache.statistics().get(CacheKind.MESSAGES).size()).isLessThanOrEqualTo(CHANNELS_KEPT);
				int held = 0;
				for (long channel : channels) {
					List<Message> messages = cache.messages(channel);
					check(messages, channel, violations);
					if (!messages.isEmpty()) {
						// A channel evicted for the channel bound starts again with the messages that came after.
						held++;
						assertThat(messages).hasSizeBetween(1, PER_CHANNEL);
						assertThat(messages.get(messages.size() - 1).id().value()).isEqualTo(lastSeen.get(channel));
					}
				}
				assertThat(violations).isEmpty();
				assertThat(held).isBetween(1, CHANNELS_KEPT);
				assertThat(cache.statistics().get(CacheKind.MESSAGES).evictions()).isPositive();
				assertThat(cache.ignoredEvents()).isZero();
			}
		}
	}

	private static void check(List<Message> messages, long channel, List<String> violations) {
		if (messages.size() > PER_CHANNEL) {
			violations.add("channel " + channel + " held " + messages.size() + " messages");
		}
		long previous = Long.MIN_VALUE;
		for (Message message : messages) {
			if (message.channelId().value() != channel) {
				violations.add("channel " + channel + " held a message of channel " + message.channelId());
			}
			if (message.id().value() <= previous) {
				violations.add("channel " + channel + " held messages out of order");
			}
			previous = message.id().value();
		}
	}

	private static long[] guildChannelPerShard(SimulatorControl control, SimUser author) {
		long[] channels = new long[SHARDS];
		int covered = 0;
		for (int i = 1; covered < SHARDS && i <= 64 * SHARDS; i++) {
			SimGuild guild = control.createGuild("Flood " + i);
			int shard = Snowflakes.shardOf(guild.id(), SHARDS);
			if (channels[shard] == 0) {
				control.addMember(guild.id(), author.id());
				channels[shard] = control.defaultChannel(guild.id()).id();
				covered++;
			}
			else {
				control.createUser("filler" + i);
			}
		}
		return channels;
	}

}
