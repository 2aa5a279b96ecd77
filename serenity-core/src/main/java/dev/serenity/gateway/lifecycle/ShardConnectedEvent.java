package dev.serenity.gateway.lifecycle;

/**
 * A shard received READY: a new session started.
 *
 * @param shardId the shard
 * @param shardCount the shard count
 * @param sessionId the new session
 */
public record ShardConnectedEvent(int shardId, int shardCount, String sessionId) implements ShardLifecycleEvent {
}
