package dev.serenity.gateway;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The shards of one client: starts them (the identify queue orders their IDENTIFYs), lists them, restarts one, and
 * shuts them all down.
 */
public final class ShardManager {

	private final GatewayConfig config;

	private final ShardEnvironment environment;

	private final Map<Integer, Shard> shards = new ConcurrentSkipListMap<>();

	/**
	 * Create a manager.
	 * @param config the gateway settings
	 * @param environment what the shards share
	 */
	public ShardManager(GatewayConfig config, ShardEnvironment environment) {
		this.config = config;
		this.environment = environment;
	}

	/**
	 * Create and start shards.
	 * @param ids the shard ids
	 * @param total the shard count
	 * @return one future per shard, completed at its first READY (or RESUMED)
	 * @throws IllegalStateException when a shard with one of the ids is already running
	 */
	public List<CompletableFuture<Void>> start(Collection<Integer> ids, int total) {
		List<CompletableFuture<Void>> started = new ArrayList<>();
		for (int id : ids) {
			Shard existing = this.shards.get(id);
			if (existing != null && existing.isShutDown() && existing.total() == total) {
				// Started again after a shutdown (a paused and restarted application): resumes its saved session.
				started.add(existing.start());
				continue;
			}
			Shard shard = new Shard(id, total, this.config, this.environment);
			if (this.shards.putIfAbsent(id, shard) != null) {
				throw new IllegalStateException("Shard " + id + " is already managed by this client");
			}
			started.add(shard.start());
		}
		return started;
	}

	/**
	 * Return the gateway URL the shards connect to (before any {@code resume_gateway_url}).
	 * @return the URL
	 */
	public String gatewayUrl() {
		return this.environment.gatewayUrl();
	}

	/**
	 * Return the shards, by id.
	 * @return the shards
	 */
	public List<Shard> shards() {
		return List.copyOf(this.shards.values());
	}

	/**
	 * Return a shard.
	 * @param id the shard id
	 * @return the shard, if this client runs it
	 */
	public Optional<Shard> shard(int id) {
		return Optional.ofNullable(this.shards.get(id));
	}

	/**
	 * Return the shard that receives a guild's events.
	 * @param guildId the guild
	 * @return the shard, if this client runs it
	 */
	public Optional<Shard> shardForGuild(long guildId) {
		Shard any = this.shards.values().stream().findFirst().orElse(null);
		if (any == null) {
			return Optional.empty();
		}
		return shard((int) Long.remainderUnsigned(guildId >>> 22, any.total()));
	}

	/**
	 * Close a shard's connection and reconnect it, resuming its session.
	 * @param id the shard id
	 * @return completes when it is connected again
	 * @throws IllegalArgumentException when this client does not run the shard
	 */
	public CompletableFuture<Void> restart(int id) {
		Shard shard = shard(id).orElseThrow(() -> new IllegalArgumentException("This client runs no shard " + id
				+ "; it runs " + this.shards.keySet()));
		return shard.restart();
	}

	/**
	 * Shut every shard down.
	 * @param keepSessions whether to keep the sessions for a resume after restart (close with a non-1000 code)
	 * @return completes when every shard disconnected and handed over what it received
	 */
	public CompletableFuture<Void> shutdown(boolean keepSessions) {
		return CompletableFuture.allOf(this.shards.values()
			.stream()
			.map((shard) -> shard.shutdown(keepSessions))
			.toArray(CompletableFuture[]::new));
	}

	GatewayConfig config() {
		return this.config;
	}

}
