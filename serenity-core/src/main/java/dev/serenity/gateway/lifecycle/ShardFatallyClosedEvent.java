package dev.serenity.gateway.lifecycle;

/**
 * Discord closed a shard with a code after which it must not reconnect (4004, 4010 to 4014); the shard stopped.
 *
 * @param shardId the shard
 * @param shardCount the shard count
 * @param closeCode the close code
 * @param reason what it means and what to fix
 */
public record ShardFatallyClosedEvent(int shardId, int shardCount, int closeCode, String reason)
		implements ShardLifecycleEvent {
}
