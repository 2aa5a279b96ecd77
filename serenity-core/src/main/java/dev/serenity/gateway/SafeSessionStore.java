package dev.serenity.gateway;

import java.util.Optional;

import dev.serenity.gateway.session.Session;
import dev.serenity.gateway.session.SessionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A shard's view of the session store: a store that fails is logged and means "identify next time", never a shard
 * stuck half-way through a state change.
 */
final class SafeSessionStore {

	private static final Logger logger = LoggerFactory.getLogger(SafeSessionStore.class);

	private final ShardEnvironment environment;

	private final int shardId;

	private final int shardCount;

	SafeSessionStore(ShardEnvironment environment, int shardId, int shardCount) {
		this.environment = environment;
		this.shardId = shardId;
		this.shardCount = shardCount;
	}

	private SessionStore store() {
		return this.environment.sessionStore();
	}

	Optional<Session> load() {
		try {
			return store().load(this.shardId, this.shardCount);
		}
		catch (RuntimeException ex) {
			logger.warn("Shard {} could not load its saved session ({}); it will identify", this.shardId, ex.toString());
			return Optional.empty();
		}
	}

	void save(String sessionId, long sequence, String resumeUrl) {
		try {
			store().save(new Session(sessionId, Math.max(0, sequence), resumeUrl, this.shardId, this.shardCount));
		}
		catch (RuntimeException ex) {
			logger.warn("Shard {} could not save its session: {}", this.shardId, ex.toString());
		}
	}

	void delete() {
		try {
			store().delete(this.shardId, this.shardCount);
		}
		catch (RuntimeException ex) {
			logger.warn("Shard {} could not delete its saved session: {}", this.shardId, ex.toString());
		}
	}

}
