package dev.serenity.gateway.lifecycle;

import java.time.Duration;

/**
 * A shard is about to reconnect.
 *
 * @param shardId the shard
 * @param shardCount the shard count
 * @param attempt the attempt number since the shard was last connected, from 1
 * @param delay the back-off before this attempt
 * @param resume whether it will RESUME (otherwise IDENTIFY)
 */
public record ReconnectAttemptEvent(int shardId, int shardCount, int attempt, Duration delay, boolean resume)
		implements ShardLifecycleEvent {
}
