package dev.serenity.gateway.session;

import java.util.Optional;

/**
 * Keeps each shard's {@link Session} so that a restarted process can RESUME instead of IDENTIFY: no missed events are
 * lost (Discord replays them), no IDENTIFY from the daily session start limit is spent, and no identify-queue wait is
 * needed.
 * <p>
 * Sessions are keyed by {@code [shardId, shardCount]}: a session only resumes the shard it was identified as. Discord
 * forgets a session a short while after its connection closes, so a loaded session can still be refused; the shard
 * then identifies and replaces it. A shard deletes its session when Discord invalidates it or when it closes with
 * 1000/1001. Implementations must be thread-safe.
 */
public interface SessionStore {

	/**
	 * Store a session, replacing the one stored for the same shard and shard count.
	 * @param session the session
	 */
	void save(Session session);

	/**
	 * Return the stored session of a shard.
	 * @param shardId the shard's id
	 * @param shardCount the shard count
	 * @return the session, or empty if none is stored (or it cannot be read)
	 * @throws IllegalArgumentException if {@code shardId} is not from 0 to {@code shardCount - 1}
	 */
	Optional<Session> load(int shardId, int shardCount);

	/**
	 * Forget the session of a shard; nothing happens if none is stored.
	 * @param shardId the shard's id
	 * @param shardCount the shard count
	 * @throws IllegalArgumentException if {@code shardId} is not from 0 to {@code shardCount - 1}
	 */
	void delete(int shardId, int shardCount);

}
