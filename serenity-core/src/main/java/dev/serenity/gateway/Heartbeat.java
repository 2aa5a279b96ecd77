package dev.serenity.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import reactor.core.Disposable;

/**
 * A shard's heartbeat: the schedule (first beat after {@code interval × random[0,1)}, then every interval), whether
 * an ACK is outstanding, and the round-trip latency. Used only on the shard's executor.
 */
final class Heartbeat {

	private final GatewayConfig config;

	private Disposable task;

	private Instant lastSentAt;

	private boolean awaitingAck;

	private volatile Latency latency = Latency.UNKNOWN;

	Heartbeat(GatewayConfig config) {
		this.config = config;
	}

	/**
	 * Start beating for a new connection.
	 * @param interval the interval from HELLO
	 * @param due runs (on any thread) each time a heartbeat is due
	 */
	void start(Duration interval, Runnable due) {
		stop();
		long first = (long) (interval.toMillis() * this.config.random().nextDouble());
		this.task = this.config.scheduler()
			.schedulePeriodically(due, first, interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	void stop() {
		if (this.task != null) {
			this.task.dispose();
			this.task = null;
		}
		this.awaitingAck = false;
	}

	/**
	 * Return whether the previous heartbeat is still unacknowledged.
	 * @return whether an ACK is outstanding
	 */
	boolean awaitingAck() {
		return this.awaitingAck;
	}

	void sent() {
		this.lastSentAt = this.config.clock().instant();
		this.awaitingAck = true;
	}

	void acknowledged() {
		this.awaitingAck = false;
		Instant now = this.config.clock().instant();
		if (this.lastSentAt != null) {
			this.latency = this.latency.with(Duration.between(this.lastSentAt, now), now);
		}
	}

	Latency latency() {
		return this.latency;
	}

}
