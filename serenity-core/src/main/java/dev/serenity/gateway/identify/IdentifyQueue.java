package dev.serenity.gateway.identify;

import java.util.concurrent.CompletionStage;

/**
 * Decides when a shard may send IDENTIFY. All shards of a bot share one queue (or, across processes, one distributed
 * implementation), because Discord limits IDENTIFYs per bot, not per connection.
 * <p>
 * Implementations honour Discord's {@code max_concurrency} from {@code GET /gateway/bot}: shards fall into buckets by
 * {@code rate_limit_key = shard_id % max_concurrency}, and each bucket may send one IDENTIFY per 5-second window, so
 * shards {@code 0..max_concurrency-1} start together and the next group five seconds later. Going faster makes
 * Discord close the connection or invalidate the session.
 * <p>
 * {@link LocalIdentifyQueue} serves one process; an implementation backed by a shared store (for example Redis) can
 * coordinate shards spread over several processes.
 */
@FunctionalInterface
public interface IdentifyQueue {

	/**
	 * Ask for permission to IDENTIFY.
	 * @param shardId the shard that wants to identify, at least 0
	 * @return a stage that completes when the shard may send IDENTIFY. Send it promptly: the permission uses the
	 * bucket's window whether or not it is used. If the shard gives up waiting (it is stopped or reconnects), cancel
	 * the stage if it is a {@link java.util.concurrent.Future}; implementations should then pass the slot on
	 */
	CompletionStage<Void> enqueue(int shardId);

}
