package dev.serenity.simulator.gateway;

import java.time.Duration;
import java.util.List;

/**
 * Fault injection for one shard id: one-off faults hit every open connection of that shard; lasting ones (ACKs
 * withheld, frames delayed, reconnects refused, a fault plan) stay until lifted.
 */
public final class ShardControl {

	private final Gateway gateway;

	private final int shardId;

	/**
	 * Create the control for a shard.
	 * @param gateway the gateway
	 * @param shardId the shard
	 */
	public ShardControl(Gateway gateway, int shardId) {
		if (shardId < 0) {
			throw new IllegalArgumentException("shardId must not be negative but was " + shardId);
		}
		this.gateway = gateway;
		this.shardId = shardId;
	}

	private List<GatewayConnection> connections() {
		return this.gateway.connections()
			.stream()
			.filter((connection) -> connection.shardId() == this.shardId && !connection.closing())
			.toList();
	}

	/**
	 * Apply a fault to every open connection of the shard.
	 * @param kind the fault
	 * @return how many connections it hit
	 */
	public int inject(FaultKind kind) {
		List<GatewayConnection> connections = connections();
		connections.forEach((connection) -> kind.apply(this.gateway, connection));
		return connections.size();
	}

	/** Drop the connection without a close frame. @return connections hit */
	public int drop() {
		return inject(FaultKind.DROP);
	}

	/** Send op 7 RECONNECT. @return connections hit */
	public int reconnect() {
		return inject(FaultKind.RECONNECT);
	}

	/**
	 * Send op 9.
	 * @param resumable its {@code d}; {@code false} also ends the session
	 * @return connections hit
	 */
	public int invalidateSession(boolean resumable) {
		return inject(resumable ? FaultKind.INVALIDATE_RESUMABLE : FaultKind.INVALIDATE);
	}

	/**
	 * Close with a code; codes after which Discord wants a new session also end the session.
	 * @param code the close code
	 * @return connections hit
	 */
	public int close(int code) {
		List<GatewayConnection> connections = connections();
		connections.forEach((connection) -> connection.close(code, "fault: close " + code));
		return connections.size();
	}

	/** Ask for a heartbeat now (server op 1). @return connections hit */
	public int requestHeartbeat() {
		return sendRaw("{\"op\":1,\"d\":null}");
	}

	/**
	 * Send a raw frame, unchecked and without a sequence number.
	 * @param json the frame's text
	 * @return connections hit
	 */
	public int sendRaw(String json) {
		List<GatewayConnection> connections = connections();
		connections.forEach((connection) -> connection.send(json));
		return connections.size();
	}

	/**
	 * Send raw bytes as one payload (through the connection's compression), e.g. invalid UTF-8.
	 * @param payload the bytes
	 * @return connections hit
	 */
	public int sendRawBytes(byte[] payload) {
		List<GatewayConnection> connections = connections();
		connections.forEach((connection) -> connection.enqueue(payload.clone(), null));
		return connections.size();
	}

	/** Stop answering heartbeats with op 11 until {@link #resumeAcking()}. */
	public void stopAcking() {
		this.gateway.faults(this.shardId).ackWithheld(true);
	}

	/** Answer heartbeats again. */
	public void resumeAcking() {
		this.gateway.faults(this.shardId).ackWithheld(false);
	}

	/**
	 * Delay every frame sent to the shard.
	 * @param delay the delay; zero turns it off
	 */
	public void delayFrames(Duration delay) {
		if (delay.isNegative()) {
			throw new IllegalArgumentException("delay must not be negative but was " + delay);
		}
		this.gateway.faults(this.shardId).frameDelay(delay);
	}

	/**
	 * Drop the shard's connections and refuse its IDENTIFY and RESUME until {@link #release()}; its session stays
	 * resumable meanwhile (until it expires).
	 */
	public void hold() {
		this.gateway.faults(this.shardId).held(true);
		drop();
	}

	/** Accept the shard's connections again. */
	public void release() {
		this.gateway.faults(this.shardId).held(false);
	}

	/**
	 * Run a fault plan on the shard's dispatches.
	 * @param plan the plan; {@code null} stops the current one
	 */
	public void plan(FaultPlan plan) {
		this.gateway.faults(this.shardId).plan(plan);
	}

}
