package dev.serenity.boot.health;

import java.time.Duration;
import java.time.Instant;

import dev.serenity.gateway.Latency;
import dev.serenity.gateway.Shard;
import dev.serenity.gateway.ShardState;

/**
 * What the health indicator and the {@code discord} endpoint show of one shard. Never the token; the session only as
 * present or not.
 *
 * @param id the shard id
 * @param total the shard count
 * @param state the shard's state
 * @param latencyMs the last heartbeat round trip in milliseconds, or {@code null} before the first ACK
 * @param averageLatencyMs the mean of the recent round trips in milliseconds, or {@code null}
 * @param session whether the shard holds a session it can resume
 * @param sequence the last sequence number received, or -1
 * @param lastEventAgeMs milliseconds since the last dispatch, or {@code null} before the first
 * @param reconnectAttempts reconnect attempts since the shard was last connected
 */
public record ShardDetails(int id, int total, ShardState state, Long latencyMs, Long averageLatencyMs,
		boolean session, long sequence, Long lastEventAgeMs, int reconnectAttempts) {

	/**
	 * Describe a shard.
	 * @param shard the shard
	 * @param now the current time, for the age of the last event
	 * @return the details
	 */
	public static ShardDetails of(Shard shard, Instant now) {
		Latency latency = shard.latency();
		Instant lastEventAt = shard.lastEventAt();
		Long age = (lastEventAt != null) ? Math.max(0, Duration.between(lastEventAt, now).toMillis()) : null;
		return new ShardDetails(shard.id(), shard.total(), shard.state(), millis(latency.last()),
				millis(latency.average()), shard.sessionId() != null, shard.sequence(), age,
				shard.reconnectAttempts());
	}

	private static Long millis(Duration duration) {
		return (duration != null) ? duration.toMillis() : null;
	}

}
