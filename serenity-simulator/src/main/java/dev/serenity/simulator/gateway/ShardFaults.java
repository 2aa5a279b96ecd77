package dev.serenity.simulator.gateway;

import java.time.Duration;

/**
 * Faults that stay in force for a shard until lifted: ACKs withheld, frames delayed, connections refused.
 */
public final class ShardFaults {

	private volatile boolean ackWithheld;

	private volatile Duration frameDelay = Duration.ZERO;

	private volatile boolean held;

	private volatile FaultPlan plan;

	public boolean ackWithheld() {
		return this.ackWithheld;
	}

	void ackWithheld(boolean ackWithheld) {
		this.ackWithheld = ackWithheld;
	}

	public Duration frameDelay() {
		return this.frameDelay;
	}

	void frameDelay(Duration frameDelay) {
		this.frameDelay = frameDelay;
	}

	public boolean held() {
		return this.held;
	}

	void held(boolean held) {
		this.held = held;
	}

	public FaultPlan plan() {
		return this.plan;
	}

	void plan(FaultPlan plan) {
		this.plan = plan;
	}

}
