package dev.serenity.boot.health;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.serenity.client.DiscordClient;
import dev.serenity.client.ShardBootFailure;
import dev.serenity.gateway.Shard;
import dev.serenity.gateway.ShardState;
import dev.serenity.gateway.lifecycle.ShardConnectedEvent;
import dev.serenity.gateway.lifecycle.ShardLifecycleEvent;
import dev.serenity.gateway.lifecycle.ShardResumedEvent;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Health of a {@link DiscordClient}'s shards.
 * <ul>
 * <li>{@link Status#OUT_OF_SERVICE} while starting: before any shard was started, and until every shard of this
 * instance was READY once (and the startup, when one is given, completed). Out of service rather than
 * {@link Status#UNKNOWN} so that a readiness probe that includes this indicator refuses traffic meanwhile.</li>
 * <li>{@link Status#DOWN} when the startup failed (token rejected, disallowed intents, ...) or a shard is
 * {@link ShardState#FATALLY_CLOSED fatally closed}: Discord refused it and it will not reconnect by itself.</li>
 * <li>{@link Status#UP} otherwise, including shards that are reconnecting or resuming: they recover by themselves;
 * their state is in the details.</li>
 * </ul>
 * Details: {@code shards}, one {@link ShardDetails} each (id, state, latency, session present or not, sequence, age of
 * the last event, reconnect attempts), and {@code startup}. Never the token or a session id.
 */
public class DiscordHealthIndicator extends AbstractHealthIndicator {

	private static final CompletableFuture<Void> NO_STARTUP = CompletableFuture.completedFuture(null);

	private final DiscordClient client;

	private final Supplier<? extends CompletableFuture<?>> startup;

	private final Clock clock;

	private final Set<Integer> connectedOnce = ConcurrentHashMap.newKeySet();

	/**
	 * Create an indicator that considers the client started once each of its shards was READY.
	 * @param client the client
	 */
	public DiscordHealthIndicator(DiscordClient client) {
		this(client, () -> NO_STARTUP, Clock.systemUTC());
	}

	/**
	 * Create an indicator. It registers a listener of shard lifecycle events on the client, to know which shards
	 * were READY once.
	 * @param client the client
	 * @param startup the startup of the shards (for example {@code DiscordClientLifecycle::ready}): pending while
	 * connecting, failed when the shards could not start
	 * @param clock the clock for the age of the last event
	 */
	public DiscordHealthIndicator(DiscordClient client, Supplier<? extends CompletableFuture<?>> startup,
			Clock clock) {
		super("Discord health check failed");
		this.client = client;
		this.startup = startup;
		this.clock = clock;
		client.listeners().add(ShardLifecycleEvent.class, (event, context) -> {
			if (event instanceof ShardConnectedEvent || event instanceof ShardResumedEvent) {
				this.connectedOnce.add(event.shardId());
			}
		}, "discord-health");
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		List<Shard> shards = this.client.shards();
		Instant now = this.clock.instant();
		shards.stream()
			.filter((shard) -> shard.state() == ShardState.CONNECTED)
			.forEach((shard) -> this.connectedOnce.add(shard.id()));
		CompletableFuture<?> started = this.startup.get();
		if (started.isCompletedExceptionally()) {
			builder.down().withDetail("startup", "failed").withDetail("reason", failure(started));
		}
		else if (shards.isEmpty()) {
			builder.outOfService().withDetail("startup", "not started");
		}
		else if (!started.isDone() || !shards.stream().allMatch((shard) -> this.connectedOnce.contains(shard.id()))) {
			builder.outOfService().withDetail("startup", "connecting");
		}
		else {
			boolean fatal = shards.stream().anyMatch((shard) -> shard.state() == ShardState.FATALLY_CLOSED);
			builder.status(fatal ? Status.DOWN : Status.UP).withDetail("startup", "complete");
		}
		builder.withDetail("shards", shards.stream().map((shard) -> ShardDetails.of(shard, now)).toList());
	}

	private static String failure(CompletableFuture<?> started) {
		try {
			started.join();
			return "unknown";
		}
		catch (CompletionException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			// The reason only: a message could quote configuration.
			return (cause instanceof ShardBootFailure failure) ? failure.reason().name() : cause.getClass().getName();
		}
		catch (RuntimeException ex) {
			return ex.getClass().getName();
		}
	}

}
