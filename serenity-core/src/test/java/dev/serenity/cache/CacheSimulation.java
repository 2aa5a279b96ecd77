package dev.serenity.cache;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import dev.serenity.client.DiscordClient;
import dev.serenity.client.DiscordClientBuilder;
import dev.serenity.client.EventContext;
import dev.serenity.event.DiscordEvent;
import dev.serenity.event.GuildCreateEvent;
import dev.serenity.gateway.GatewayIntent;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.SimulatorControl;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.WorldJson;

import org.awaitility.Awaitility;

/**
 * Test support: a simulator and a client with a cache, which records every event it receives with its context.
 */
final class CacheSimulation implements AutoCloseable {

	static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILDS, GatewayIntent.GUILD_MEMBERS,
			GatewayIntent.GUILD_EXPRESSIONS, GatewayIntent.GUILD_VOICE_STATES, GatewayIntent.GUILD_PRESENCES,
			GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT);

	final DiscordSimulator simulator;

	final DiscordClient client;

	final List<Received> received = new CopyOnWriteArrayList<>();

	/** For every GUILD_CREATE a raw listener saw: whether the cache already held the guild. */
	final List<Boolean> rawSawCachedGuild = new CopyOnWriteArrayList<>();

	CacheSimulation(CacheSettings settings) {
		this(settings, SimulatorConfig.builder());
	}

	CacheSimulation(CacheSettings settings, SimulatorConfig.Builder config) {
		this(settings, config, (simulator, builder) -> {
		});
	}

	/**
	 * Start a simulator and a client that the customizer may change; it runs after the simulator started and before
	 * the client connects.
	 */
	CacheSimulation(CacheSettings settings, SimulatorConfig.Builder config,
			BiConsumer<DiscordSimulator, DiscordClientBuilder> customizer) {
		this.simulator = DiscordSimulator.start(config.build());
		DiscordClientBuilder builder = DiscordClient.builder(this.simulator.token(), INTENTS);
		customizer.accept(this.simulator, builder);
		this.client = builder.restUrl(this.simulator.restUrl())
			.cache(settings)
			.listener(DiscordEvent.class, (event, context) -> this.received.add(new Received(event, context)))
			.rawListener((event, context) -> {
				if ("GUILD_CREATE".equals(event.type())) {
					this.rawSawCachedGuild.add(context.client().cache().guild(event.guildId()).isPresent());
				}
			})
			.build();
		this.client.start();
	}

	SimulatorControl control() {
		return this.simulator.control();
	}

	WorldJson json() {
		return new WorldJson(this.simulator.control().world());
	}

	DiscordCache cache() {
		return this.client.cache();
	}

	/**
	 * Create a guild on the simulator and wait until the client received it.
	 */
	SimGuild guild(String name) {
		SimGuild guild = control().createGuild(name);
		await(GuildCreateEvent.class, (event) -> event.guild().id().value() == guild.id());
		return guild;
	}

	/**
	 * Return the voice channel every simulated guild starts with.
	 */
	SimChannel voiceChannel(SimGuild guild) {
		return control().world()
			.channelsOf(guild)
			.stream()
			.filter((channel) -> channel.type() == SimChannel.GUILD_VOICE)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Wait for the first event of a type that matches, and return it with its context.
	 */
	<E extends DiscordEvent> Received await(Class<E> type, Predicate<E> match) {
		Received[] found = new Received[1];
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
			for (Received candidate : this.received) {
				if (type.isInstance(candidate.event()) && match.test(type.cast(candidate.event()))) {
					found[0] = candidate;
					return true;
				}
			}
			return false;
		});
		this.received.remove(found[0]);
		return found[0];
	}

	<E extends DiscordEvent> Received await(Class<E> type) {
		return await(type, (event) -> true);
	}

	@Override
	public void close() {
		this.client.close();
		this.simulator.close();
	}

	record Received(DiscordEvent event, EventContext context) {
	}

}
