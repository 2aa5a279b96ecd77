package dev.serenity.benchmarks.e2e.serenity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.serenity.benchmarks.e2e.ClientOptions;
import dev.serenity.benchmarks.e2e.FloodCounter;
import dev.serenity.boot.listener.DiscordListener;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.event.ReadyEvent;
import dev.serenity.model.Message;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The serenity contestant through the Spring Boot starter: a tiny application whose {@link DiscordListener} reads
 * {@code content} and {@code author.id} from the typed event. The connection comes from {@code discord.*} properties
 * (token, REST base URL, gateway URL, compression, shards.total), set from the driver's arguments.
 */
@SpringBootApplication
public class SpringClient {

	private static FloodCounter counter;

	private static int shards;

	private final AtomicInteger ready = new AtomicInteger();

	/**
	 * Start the application.
	 * @param args see {@link ClientOptions}
	 * @throws InterruptedException never in practice: the counter halts the JVM
	 */
	public static void main(String[] args) throws InterruptedException {
		ClientOptions options = ClientOptions.parse(args);
		counter = new FloodCounter(options.count());
		shards = options.shards();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("discord.token", options.token());
		properties.put("discord.rest.base-url", options.restUrl());
		properties.put("discord.gateway.url", options.gatewayUrl());
		properties.put("discord.gateway.compression", options.zlib() ? "ZLIB_STREAM" : "NONE");
		properties.put("discord.intents", "GUILDS,GUILD_MESSAGES,MESSAGE_CONTENT");
		properties.put("discord.shards.total", options.shards());
		properties.put("spring.main.banner-mode", "off");
		SpringApplication application = new SpringApplication(SpringClient.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(properties);
		application.run();
		Thread.currentThread().join();
	}

	@DiscordListener
	void onMessage(MessageCreateEvent event) {
		Message message = event.message();
		counter.message(message.content(), message.author().id().value());
	}

	@DiscordListener
	void onReady(ReadyEvent event) {
		if (this.ready.incrementAndGet() == shards) {
			counter.ready();
		}
	}

}
