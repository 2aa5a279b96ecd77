package dev.serenity.benchmarks.e2e.serenity;

import dev.serenity.benchmarks.e2e.ClientOptions;
import dev.serenity.benchmarks.e2e.FloodCounter;
import dev.serenity.client.DiscordClient;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.gateway.compression.TransportCompression;
import dev.serenity.model.Message;

/**
 * The serenity contestant without Spring: a plain {@link DiscordClient} with one MESSAGE_CREATE listener that reads
 * {@code content} and {@code author.id} from the typed event. {@code startShards(N)} runs every shard in this
 * process.
 */
public final class CoreClient {

	/** GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT: what every contestant asks for. */
	static final long INTENTS = 1 | 512 | 32768;

	private CoreClient() {
	}

	/**
	 * Connect, report READY, count the flood (the counter halts the JVM when done).
	 * @param args see {@link ClientOptions}
	 * @throws InterruptedException never in practice: the counter halts the JVM
	 */
	public static void main(String[] args) throws InterruptedException {
		ClientOptions options = ClientOptions.parse(args);
		FloodCounter counter = new FloodCounter(options.count());
		DiscordClient client = DiscordClient.builder(options.token(), INTENTS)
			.restUrl(options.restUrl())
			.gatewayUrl(options.gatewayUrl())
			.compression(options.zlib() ? TransportCompression.ZLIB_STREAM : TransportCompression.NONE)
			.listener(MessageCreateEvent.class, (event, context) -> {
				Message message = event.message();
				counter.message(message.content(), message.author().id().value());
			})
			.build();
		client.startShards(options.shards());
		counter.ready();
		Thread.currentThread().join();
	}

}
