package dev.serenity.gateway;

/**
 * Where a shard is in its life. Only {@link #FATALLY_CLOSED} is final: Discord refused the shard for a reason a
 * retry cannot fix (bad token, bad shard, disallowed intents).
 */
public enum ShardState {

	/** Not connected; a reconnect may be scheduled. */
	DISCONNECTED,

	/** Opening the WebSocket and waiting for HELLO. */
	CONNECTING,

	/** IDENTIFY queued or sent, waiting for READY. */
	IDENTIFYING,

	/** RESUME sent, waiting for RESUMED. */
	RESUMING,

	/** Receiving events. */
	CONNECTED,

	/** Closed with a code after which Discord must not be asked again. */
	FATALLY_CLOSED

}
