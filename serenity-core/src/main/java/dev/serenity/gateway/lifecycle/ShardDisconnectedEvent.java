package dev.serenity.gateway.lifecycle;

/**
 * A shard's connection ended.
 *
 * @param shardId the shard
 * @param shardCount the shard count
 * @param closeCode the close code, or -1 when the connection dropped without one
 * @param reason why, for people
 * @param resumable whether the session survives (the shard will RESUME rather than IDENTIFY)
 */
public record ShardDisconnectedEvent(int shardId, int shardCount, int closeCode, String reason, boolean resumable)
		implements ShardLifecycleEvent {
}
