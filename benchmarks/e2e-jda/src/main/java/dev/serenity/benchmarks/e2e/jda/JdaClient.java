package dev.serenity.benchmarks.e2e.jda;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import dev.serenity.benchmarks.e2e.ClientOptions;
import dev.serenity.benchmarks.e2e.FloodCounter;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * The JDA 6.5 contestant: {@code JDABuilder.createDefault} for one shard, {@code DefaultShardManagerBuilder
 * .createDefault} for several, no compression or zlib-stream ({@code --compress}). The listener reads
 * {@code content} and {@code author.id} from {@link MessageReceivedEvent}. Everything else is JDA's default (its
 * caches included), only pointed at the simulator: REST base URL and a session controller whose gateway is the
 * simulator's (JDA otherwise resolves Discord's fixed address for a single shard).
 */
public final class JdaClient {

	private JdaClient() {
	}

	/**
	 * Connect, report READY, count the flood (the counter halts the JVM when done).
	 * @param args see {@link ClientOptions}
	 * @throws InterruptedException never in practice: the counter halts the JVM
	 */
	public static void main(String[] args) throws InterruptedException {
		ClientOptions options = ClientOptions.parse(args);
		FloodCounter counter = new FloodCounter(options.count());
		AtomicInteger ready = new AtomicInteger();
		ListenerAdapter listener = new ListenerAdapter() {

			@Override
			public void onMessageReceived(MessageReceivedEvent event) {
				counter.message(event.getMessage().getContentRaw(), event.getAuthor().getIdLong());
			}

			@Override
			public void onReady(ReadyEvent event) {
				if (ready.incrementAndGet() == options.shards()) {
					counter.ready();
				}
			}

		};
		// JDA has no GUILDS constant: it always sends that bit.
		EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT);
		Compression compression = options.zlib() ? Compression.ZLIB : Compression.NONE;
		RestConfig rest = new RestConfig().setBaseUrl(options.restUrl() + "/");
		SimulatorSessionController sessions = new SimulatorSessionController(options.gatewayUrl());
		if (options.shards() == 1) {
			JDABuilder.createDefault(options.token(), intents)
				.setCompression(compression)
				.setRestConfig(rest)
				.setSessionController(sessions)
				.addEventListeners(listener)
				.build();
		}
		else {
			DefaultShardManagerBuilder.createDefault(options.token(), intents)
				.setShardsTotal(options.shards())
				.setCompression(compression)
				.setRestConfig(rest)
				.setSessionController(sessions)
				.addEventListeners(listener)
				.build();
		}
		Thread.currentThread().join();
	}

	/** JDA's concurrent session controller, with the simulator as the gateway. */
	private static final class SimulatorSessionController extends ConcurrentSessionController {

		private final String gatewayUrl;

		SimulatorSessionController(String gatewayUrl) {
			this.gatewayUrl = gatewayUrl;
		}

		@Override
		public String getGateway() {
			return this.gatewayUrl;
		}

	}

}
