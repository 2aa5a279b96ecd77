package dev.serenity.simulator.record;

import java.time.Instant;

/**
 * An IDENTIFY or RESUME a client sent, and how the simulator answered it.
 *
 * @param kind IDENTIFY or RESUME
 * @param connectionId the connection it came on
 * @param url the path and query of that connection
 * @param shardId the shard (for RESUME, the session's shard, or -1 when the session is unknown)
 * @param numShards the shard count
 * @param intents the intents (IDENTIFY) or the session's intents (RESUME)
 * @param sessionId the session created or resumed, or {@code null}
 * @param seq the sequence number RESUME asked to continue from, or -1
 * @param result the answer
 * @param closeCode the close code when the answer was a close, otherwise 0
 * @param at when it arrived (simulator clock)
 */
public record SessionAttempt(Kind kind, long connectionId, String url, int shardId, int numShards, long intents,
		String sessionId, long seq, Result result, int closeCode, Instant at) {

	/** The kind of attempt. */
	public enum Kind {

		IDENTIFY, RESUME

	}

	/** The simulator's answer. */
	public enum Result {

		/** READY was sent. */
		READY,

		/** The missed events and RESUMED were sent. */
		RESUMED,

		/** Op 9 was sent. */
		INVALID_SESSION,

		/** The connection was closed with {@link SessionAttempt#closeCode()}. */
		CLOSED,

		/** The shard is held by a fault; the connection was dropped. */
		REFUSED

	}

}
