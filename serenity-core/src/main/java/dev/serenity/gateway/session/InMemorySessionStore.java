package dev.serenity.gateway.session;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link SessionStore} in a concurrent map: sessions survive reconnects but not a restart of the process. Use
 * {@link FileSessionStore} (or a shared store) to resume after a restart.
 */
public final class InMemorySessionStore implements SessionStore {

	private final ConcurrentMap<ShardKey, Session> sessions = new ConcurrentHashMap<>();

	@Override
	public void save(Session session) {
		Objects.requireNonNull(session, "'session' must not be null");
		this.sessions.put(ShardKey.of(session), session);
	}

	@Override
	public Optional<Session> load(int shardId, int shardCount) {
		return Optional.ofNullable(this.sessions.get(new ShardKey(shardId, shardCount)));
	}

	@Override
	public void delete(int shardId, int shardCount) {
		this.sessions.remove(new ShardKey(shardId, shardCount));
	}

}
