package dev.serenity.benchmarks.e2e.serenity;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.serenity.benchmarks.e2e.ClientOptions;
import dev.serenity.benchmarks.e2e.HeapProbe;
import dev.serenity.cache.CacheSettings;
import dev.serenity.cache.DiscordCache;
import dev.serenity.client.DiscordClient;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.gateway.compression.TransportCompression;
import dev.serenity.model.Channel;
import dev.serenity.model.Guild;

/**
 * The serenity side of the cache memory benchmark: the default cache with every member (asked for with op 8 at
 * start-up) and up to {@value CacheSettings#MAX_MESSAGES_PER_CHANNEL} messages per channel. It reports the retained
 * heap once the guild's members are cached and again after {@code --count} MESSAGE_CREATE.
 */
public final class CacheMemoryClient {

	/** GUILDS | GUILD_MEMBERS | GUILD_MESSAGES | MESSAGE_CONTENT. */
	static final long INTENTS = 1 | 2 | 512 | 32768;

	private CacheMemoryClient() {
	}

	/**
	 * Connect, report the heap with the members cached, then with the messages, and exit.
	 * @param args see {@link ClientOptions}
	 * @throws InterruptedException if interrupted while waiting
	 */
	public static void main(String[] args) throws InterruptedException {
		ClientOptions options = ClientOptions.parse(args);
		AtomicLong received = new AtomicLong();
		CountDownLatch flooded = new CountDownLatch(1);
		DiscordClient client = DiscordClient.builder(options.token(), INTENTS)
			.restUrl(options.restUrl())
			.gatewayUrl(options.gatewayUrl())
			.compression(TransportCompression.NONE)
			.cache(CacheSettings.builder()
				.chunkMembers(true)
				.messagesPerChannel(CacheSettings.MAX_MESSAGES_PER_CHANNEL)
				.build())
			.listener(MessageCreateEvent.class, (event, context) -> {
				if (received.incrementAndGet() == options.count()) {
					flooded.countDown();
				}
			})
			.build();
		client.startShards(options.shards());
		DiscordCache cache = client.cache();
		while (cache.guilds().isEmpty() || cached(cache) < expected(cache)) {
			TimeUnit.MILLISECONDS.sleep(100);
		}
		HeapProbe.report("MEMBERS", "members", cached(cache));
		flooded.await();
		long messages = 0;
		for (Guild guild : cache.guilds()) {
			for (Channel channel : cache.channels(guild.id().value())) {
				messages += cache.messages(channel.id().value()).size();
			}
		}
		HeapProbe.report("MESSAGES", "messages", messages);
		client.close();
		System.exit(0);
	}

	private static long cached(DiscordCache cache) {
		return cache.guilds().stream().mapToLong((guild) -> cache.members(guild.id().value()).size()).sum();
	}

	private static long expected(DiscordCache cache) {
		return cache.guilds().stream().mapToLong((guild) -> (guild.memberCount() != null) ? guild.memberCount() : 0)
			.sum();
	}

}
