package dev.serenity.benchmarks.e2e.d4j;

import java.util.concurrent.atomic.AtomicInteger;

import dev.serenity.benchmarks.e2e.ClientOptions;
import dev.serenity.benchmarks.e2e.FloodCounter;
import discord4j.common.store.Store;
import discord4j.core.DiscordClient;
import discord4j.core.DiscordClientBuilder;
import discord4j.core.event.domain.lifecycle.ReadyEvent;
import discord4j.core.event.domain.message.MessageCreateEvent;
import discord4j.core.object.entity.Message;
import discord4j.core.shard.ShardingStrategy;
import discord4j.gateway.intent.Intent;
import discord4j.gateway.intent.IntentSet;
import discord4j.gateway.payload.JacksonPayloadReader;
import discord4j.rest.request.RouterOptions;
import reactor.core.publisher.Flux;

/**
 * The Discord4J 3.3 contestant: {@code Store.noOp()} (its default cache failed under a flood, see
 * {@code shared/peer-clients.md}), {@code N} shards with {@code max_concurrency} 16, REST pointed at the simulator
 * through the router options. Discord4J always asks for zlib-stream. The listener reads {@code content} and
 * {@code author.id} from {@link MessageCreateEvent}. Its payload reader is its own, wrapped to accept the simulator's
 * short HELLO and heartbeat ACK (see {@link SimulatorPayloadReader}).
 */
public final class D4jClient {

	private D4jClient() {
	}

	/**
	 * Connect, report READY, count the flood (the counter halts the JVM when done).
	 * @param args see {@link ClientOptions}
	 */
	public static void main(String[] args) {
		ClientOptions options = ClientOptions.parse(args);
		FloodCounter counter = new FloodCounter(options.count());
		AtomicInteger ready = new AtomicInteger();
		DiscordClient client = DiscordClientBuilder.create(options.token())
			.setExtraOptions((router) -> new RouterOptions(router.getToken(), router.getReactorResources(),
					router.getExchangeStrategies(), router.getResponseTransformers(), router.getGlobalRateLimiter(),
					router.getRequestQueueFactory(), options.restUrl()))
			.build();
		client.gateway()
			.setStore(Store.noOp())
			.setPayloadReader(new SimulatorPayloadReader(new JacksonPayloadReader(
					client.getCoreResources().getJacksonResources().getObjectMapper())))
			.setEnabledIntents(IntentSet.of(Intent.GUILDS, Intent.GUILD_MESSAGES, Intent.MESSAGE_CONTENT))
			.setSharding(ShardingStrategy.builder().count(options.shards()).maxConcurrency(16).build())
			.withEventDispatcher((events) -> Flux.merge(events.on(ReadyEvent.class).doOnNext((event) -> {
				if (ready.incrementAndGet() == options.shards()) {
					counter.ready();
				}
			}), events.on(MessageCreateEvent.class).doOnNext((event) -> {
				Message message = event.getMessage();
				counter.message(message.getContent(),
						message.getAuthor().map((author) -> author.getId().asLong()).orElse(0L));
			})))
			.login()
			.flatMap((gateway) -> gateway.onDisconnect())
			.block();
	}

}
