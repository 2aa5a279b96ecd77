package dev.serenity.gateway.lifecycle;

/**
 * A shard received RESUMED: its session continued and the missed events were replayed.
 *
 * @param shardId the shard
 * @param shardCount the shard count
 * @param sessionId the resumed session
 */
public record ShardResumedEvent(int shardId, int shardCount, String sessionId) implements ShardLifecycleEvent {
}
