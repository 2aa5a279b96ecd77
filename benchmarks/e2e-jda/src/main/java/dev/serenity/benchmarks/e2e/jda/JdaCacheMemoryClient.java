package dev.serenity.benchmarks.e2e.jda;

import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.serenity.benchmarks.e2e.ClientOptions;
import dev.serenity.benchmarks.e2e.HeapProbe;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.MemberCachePolicy;

/**
 * The JDA side of the cache memory benchmark: {@code JDABuilder.createDefault} (JDA's default caches) with every
 * member ({@code MemberCachePolicy.ALL}, {@code ChunkingFilter.ALL}, so JDA asks with op 8 like serenity). It
 * reports the retained heap once the guild's members are cached and again after {@code --count} MESSAGE_CREATE
 * (JDA keeps no messages).
 */
public final class JdaCacheMemoryClient {

	private JdaCacheMemoryClient() {
	}

	/**
	 * Connect, report the heap with the members cached, then after the messages, and exit.
	 * @param args see {@link ClientOptions}
	 * @throws InterruptedException if interrupted while waiting
	 */
	public static void main(String[] args) throws InterruptedException {
		ClientOptions options = ClientOptions.parse(args);
		AtomicLong received = new AtomicLong();
		CountDownLatch flooded = new CountDownLatch(1);
		ListenerAdapter listener = new ListenerAdapter() {

			@Override
			public void onMessageReceived(MessageReceivedEvent event) {
				if (received.incrementAndGet() == options.count()) {
					flooded.countDown();
				}
			}

		};
		EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MEMBERS, GatewayIntent.GUILD_MESSAGES,
				GatewayIntent.MESSAGE_CONTENT);
		JDA jda = JDABuilder.createDefault(options.token(), intents)
			.setCompression(Compression.NONE)
			.setRestConfig(new RestConfig().setBaseUrl(options.restUrl() + "/"))
			.setSessionController(new ConcurrentSessionController() {

				@Override
				public String getGateway() {
					return options.gatewayUrl();
				}

			})
			.setMemberCachePolicy(MemberCachePolicy.ALL)
			.setChunkingFilter(ChunkingFilter.ALL)
			.addEventListeners(listener)
			.build();
		jda.awaitReady();
		while (jda.getGuilds().isEmpty() || cached(jda) < expected(jda)) {
			TimeUnit.MILLISECONDS.sleep(100);
		}
		HeapProbe.report("MEMBERS", "members", cached(jda));
		flooded.await();
		HeapProbe.report("MESSAGES", "messages", 0);
		jda.shutdownNow();
		System.exit(0);
	}

	private static long cached(JDA jda) {
		return jda.getGuilds().stream().mapToLong((guild) -> guild.getMemberCache().size()).sum();
	}

	private static long expected(JDA jda) {
		return jda.getGuilds().stream().mapToLong(Guild::getMemberCount).sum();
	}

}
