package dev.serenity.gateway.lifecycle;

/**
 * Something that happened to a shard's connection. Listeners receive these like gateway events; they are not sent
 * by Discord.
 */
public interface ShardLifecycleEvent {

	/**
	 * Return the shard.
	 * @return the shard id
	 */
	int shardId();

	/**
	 * Return the shard count the shard identified with.
	 * @return the total
	 */
	int shardCount();

}
