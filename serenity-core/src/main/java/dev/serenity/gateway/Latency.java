package dev.serenity.gateway;

import java.time.Duration;
import java.time.Instant;

/**
 * Heartbeat round-trip times of a shard: the time from a heartbeat to its ACK.
 *
 * @param last the most recent round trip, or {@code null} before the first ACK
 * @param average the mean of the recent round trips, or {@code null}
 * @param lastAckAt when the last ACK arrived, or {@code null}
 */
public record Latency(Duration last, Duration average, Instant lastAckAt) {

	/** No heartbeat acknowledged yet. */
	public static final Latency UNKNOWN = new Latency(null, null, null);

	/** Round trips the average covers. */
	static final int WINDOW = 5;

	/**
	 * Add a round trip.
	 * @param sample the new round trip
	 * @param at when its ACK arrived
	 * @return the updated latency
	 */
	Latency with(Duration sample, Instant at) {
		Duration mean = (this.average == null) ? sample
				: this.average.multipliedBy(WINDOW - 1).plus(sample).dividedBy(WINDOW);
		return new Latency(sample, mean, at);
	}

}
