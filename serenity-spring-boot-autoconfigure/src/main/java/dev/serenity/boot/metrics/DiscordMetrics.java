package dev.serenity.boot.metrics;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import dev.serenity.client.DiscordClient;
import dev.serenity.client.EventContext;
import dev.serenity.client.RawEvent;
import dev.serenity.event.EventType;
import dev.serenity.gateway.Latency;
import dev.serenity.gateway.Shard;
import dev.serenity.gateway.ShardState;
import dev.serenity.gateway.lifecycle.ReconnectAttemptEvent;
import dev.serenity.gateway.lifecycle.ShardConnectedEvent;
import dev.serenity.gateway.lifecycle.ShardDisconnectedEvent;
import dev.serenity.gateway.lifecycle.ShardLifecycleEvent;
import dev.serenity.gateway.lifecycle.ShardResumedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Gateway meters of a {@link DiscordClient}: dispatches received by type and shard, shards by state, heartbeat
 * latency, new sessions, resumes, disconnects and reconnect attempts per shard. Binding registers a raw listener and
 * a lifecycle listener on the client, so bind before the shards connect (Spring Boot binds {@link MeterBinder} beans
 * after the singletons are created, before the client's lifecycle starts).
 *
 * <p>Tags never hold Discord ids: {@code type} is the dispatch name ({@value #UNKNOWN_TYPE} for names this library
 * does not know), {@code shard} the shard number, {@code state} a {@link ShardState}.
 */
public class DiscordMetrics implements MeterBinder {

	/** The {@code type} tag of dispatches whose name this library does not know. */
	public static final String UNKNOWN_TYPE = "UNKNOWN";

	/** Dispatches received, tagged {@code type} and {@code shard}. */
	public static final String EVENTS = "discord.gateway.events";

	/** Shards of the client in each state, tagged {@code state}. */
	public static final String SHARDS = "discord.gateway.shards";

	/** Last heartbeat round trip of a shard, tagged {@code shard}. */
	public static final String LATENCY = "discord.gateway.latency";

	/** Sessions started (READY), tagged {@code shard}. */
	public static final String SESSIONS = "discord.gateway.sessions";

	/** Sessions resumed (RESUMED), tagged {@code shard}. */
	public static final String RESUMES = "discord.gateway.resumes";

	/** Connections that ended, tagged {@code shard} and {@code resumable}. */
	public static final String DISCONNECTS = "discord.gateway.disconnects";

	/** Reconnect attempts, tagged {@code shard} and {@code resume}. */
	public static final String RECONNECTS = "discord.gateway.reconnects";

	private final DiscordClient client;

	private final Iterable<Tag> tags;

	/**
	 * Create the binder.
	 * @param client the client whose gateway is measured
	 * @param tags tags added to every meter; may be {@code null}
	 */
	public DiscordMetrics(DiscordClient client, Iterable<Tag> tags) {
		if (client == null) {
			throw new IllegalArgumentException("'client' must not be null");
		}
		this.client = client;
		this.tags = (tags != null) ? tags : Tags.empty();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (ShardState state : ShardState.values()) {
			Gauge.builder(SHARDS, this.client, (client) -> count(client, state))
				.tags(this.tags)
				.tag("state", state.name())
				.description("Shards of the client in each state")
				.baseUnit("shards")
				.register(registry);
		}
		Binding binding = new Binding(registry);
		this.client.shards().forEach((shard) -> binding.shardSeen(shard.id()));
		this.client.listeners().add(RawEvent.class, binding::onDispatch, "discord-metrics:events");
		this.client.listeners().add(ShardLifecycleEvent.class, binding::onLifecycle, "discord-metrics:lifecycle");
	}

	private static double count(DiscordClient client, ShardState state) {
		int count = 0;
		for (Shard shard : client.shards()) {
			if (shard.state() == state) {
				count++;
			}
		}
		return count;
	}

	private double latencyMillis(int shardId) {
		Optional<Shard> shard = this.client.shardManager().flatMap((manager) -> manager.shard(shardId));
		Latency latency = shard.map(Shard::latency).orElse(Latency.UNKNOWN);
		return (latency.last() != null) ? latency.last().toNanos() / 1_000_000.0 : Double.NaN;
	}

	/**
	 * The meters of one registry, with counters cached per tag combination so a dispatch costs a map lookup.
	 */
	private final class Binding {

		private final MeterRegistry registry;

		private final Map<EventKey, Counter> events = new ConcurrentHashMap<>();

		private final Set<Integer> shards = ConcurrentHashMap.newKeySet();

		Binding(MeterRegistry registry) {
			this.registry = registry;
		}

		void onDispatch(RawEvent event, EventContext context) {
			// Unknown names share one key, so odd dispatches cannot grow the cache.
			String type = (event.type() != null && EventType.forName(event.type()) != null) ? event.type()
					: UNKNOWN_TYPE;
			EventKey key = new EventKey(type, event.shardId());
			Counter counter = this.events.get(key);
			if (counter == null) {
				counter = this.events.computeIfAbsent(key, this::eventCounter);
			}
			counter.increment();
		}

		private Counter eventCounter(EventKey key) {
			return Counter.builder(EVENTS)
				.tags(DiscordMetrics.this.tags)
				.tag("type", key.type())
				.tag("shard", Integer.toString(key.shard()))
				.description("Dispatches received from the gateway")
				.baseUnit("events")
				.register(this.registry);
		}

		void onLifecycle(ShardLifecycleEvent event, EventContext context) {
			int shard = event.shardId();
			shardSeen(shard);
			if (event instanceof ShardConnectedEvent) {
				counter(SESSIONS, "Gateway sessions started (READY)", shard).increment();
			}
			else if (event instanceof ShardResumedEvent) {
				counter(RESUMES, "Gateway sessions resumed (RESUMED)", shard).increment();
			}
			else if (event instanceof ShardDisconnectedEvent disconnected) {
				counter(DISCONNECTS, "Gateway connections that ended", shard, "resumable",
						Boolean.toString(disconnected.resumable()))
					.increment();
			}
			else if (event instanceof ReconnectAttemptEvent attempt) {
				counter(RECONNECTS, "Gateway reconnect attempts", shard, "resume", Boolean.toString(attempt.resume()))
					.increment();
			}
		}

		private Counter counter(String name, String description, int shard, String... extraTags) {
			return Counter.builder(name)
				.tags(DiscordMetrics.this.tags)
				.tag("shard", Integer.toString(shard))
				.tags(extraTags)
				.description(description)
				.register(this.registry);
		}

		void shardSeen(int shard) {
			if (this.shards.add(shard)) {
				TimeGauge.builder(LATENCY, () -> latencyMillis(shard), TimeUnit.MILLISECONDS)
					.tags(DiscordMetrics.this.tags)
					.tag("shard", Integer.toString(shard))
					.description("Last heartbeat round trip of the shard")
					.register(this.registry);
			}
		}

	}

	private record EventKey(String type, int shard) {
	}

}
