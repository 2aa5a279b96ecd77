package dev.serenity.gateway.voice;

import dev.serenity.event.VoiceServerUpdateEvent;
import dev.serenity.event.VoiceStateUpdateEvent;
import dev.serenity.model.Snowflake;

/**
 * The link to a voice library (serenity's {@code VoiceGatewayManager}): it receives the bot's voice state and voice
 * server updates, which carry what a voice connection needs (session id, token, endpoint), and may ask a shard to
 * join, move or leave voice. Methods are called on the client's dispatch threads, in each guild's event order.
 */
public interface VoiceGatewayManager {

	/**
	 * Called once the client knows the bot's user id.
	 * @param shardCount the shard count
	 * @param userId the bot's user id
	 */
	default void initialize(int shardCount, Snowflake userId) {
	}

	/**
	 * Called when a shard connects; the sender sends op 4 on that shard.
	 * @param shardId the shard
	 * @param sender sends voice state updates on the shard
	 */
	default void registerShard(int shardId, VoiceCommandSender sender) {
	}

	/**
	 * Called when a shard stops for good.
	 * @param shardId the shard
	 */
	default void deregisterShard(int shardId) {
	}

	/**
	 * A voice state of the bot changed (joined, moved, left).
	 * @param shardId the shard it came on
	 * @param event the event
	 */
	void onVoiceStateUpdate(int shardId, VoiceStateUpdateEvent event);

	/**
	 * A voice server was assigned or changed for a guild.
	 * @param shardId the shard it came on
	 * @param event the event
	 */
	void onVoiceServerUpdate(int shardId, VoiceServerUpdateEvent event);

}
