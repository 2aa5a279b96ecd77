package dev.serenity.simulator.record;

import java.time.Instant;

/**
 * The end of a gateway connection.
 *
 * @param connectionId the connection
 * @param shardId its session's shard, or -1
 * @param initiator who ended it
 * @param code the close code, or -1 when the connection dropped without a close frame
 * @param reason the close reason, or an empty string
 * @param at when it ended (simulator clock)
 */
public record CloseRecord(long connectionId, int shardId, Initiator initiator, int code, String reason, Instant at) {

	/**
	 * Who closed the connection.
	 */
	public enum Initiator {

		/** The client sent a close frame or dropped the connection. */
		CLIENT,

		/** The simulator closed it (a protocol error, a fault, or shutdown). */
		SERVER

	}

}
