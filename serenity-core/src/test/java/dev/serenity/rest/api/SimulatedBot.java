package dev.serenity.rest.api;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import dev.serenity.client.DiscordClient;
import dev.serenity.event.DiscordEvent;
import dev.serenity.json.DiscordJson;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.record.RestRecord;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fixture of the REST API simulator tests: an embedded simulator and, once {@linkplain #connect(long)
 * connected}, a {@link DiscordClient} recording every event it receives. Build the world between the two, so the
 * client's READY already holds it:
 *
 * <pre>{@code
 * SimulatedBot bot = new SimulatedBot(SimulatorConfig.builder().guilds(0).build());
 * SimGuild guild = bot.simulator.control().createGuild("Scene");
 * bot.connect(INTENTS);
 * }</pre>
 */
final class SimulatedBot implements AutoCloseable {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	/** GUILDS, GUILD_WEBHOOKS, GUILD_INVITES, GUILD_MESSAGES, GUILD_MESSAGE_TYPING, MESSAGE_CONTENT. */
	static final long INTENTS = 1 | 32 | 64 | 512 | 2048 | 32768;

	final List<Object> events = new CopyOnWriteArrayList<>();

	final DiscordSimulator simulator;

	DiscordClient client;

	/**
	 * Start a simulator without guilds and connect with the channel family's {@link #INTENTS}.
	 */
	SimulatedBot() {
		this(SimulatorConfig.builder().guilds(0).build());
		connect(INTENTS);
	}

	/**
	 * Start a simulator; {@link #connect(long)} starts the client.
	 * @param config the simulator's configuration
	 */
	SimulatedBot(SimulatorConfig config) {
		this.simulator = DiscordSimulator.start(config);
	}

	/**
	 * Start the client, recording every event into {@link #events}.
	 * @param intents the gateway intents
	 * @return this fixture
	 */
	SimulatedBot connect(long intents) {
		this.client = DiscordClient.builder(this.simulator.token(), intents)
			.restUrl(this.simulator.restUrl())
			.listener(DiscordEvent.class, (event, context) -> this.events.add(event))
			.build();
		this.client.start();
		return this;
	}

	/**
	 * Return the last request whose method matches and whose path contains the given part.
	 */
	RestRecord last(String method, String pathPart) {
		List<RestRecord> records = this.simulator.recorder()
			.rest()
			.stream()
			.filter((r) -> r.method().equals(method) && r.path().contains(pathPart))
			.toList();
		assertThat(records).as(method + " *" + pathPart + "* in " + this.simulator.recorder().rest()).isNotEmpty();
		return records.get(records.size() - 1);
	}

	static JsonNode body(RestRecord record) {
		return DiscordJson.mapper().readTree(record.body());
	}

	<E> E awaitEvent(Class<E> type, Predicate<E> match) {
		await().atMost(TIMEOUT)
			.until(() -> this.events.stream().anyMatch((e) -> type.isInstance(e) && match.test(type.cast(e))));
		return this.events.stream().filter(type::isInstance).map(type::cast).filter(match).findFirst().orElseThrow();
	}

	@Override
	public void close() {
		if (this.client != null) {
			this.client.close();
		}
		this.simulator.close();
	}

}
