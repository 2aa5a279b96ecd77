package dev.serenity.simulator.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A reproducible series of faults for one shard: after a random number of dispatches written to the shard's
 * connection (drawn from a seeded random between {@code minGap} and {@code maxGap}; replayed dispatches count) the
 * next fault, drawn from the given kinds, hits that connection. The same seed gives the same series.
 */
public final class FaultPlan {

	private final long seed;

	private final Random random;

	private final List<FaultKind> kinds;

	private final int minGap;

	private final int maxGap;

	private final List<FaultKind> applied = new ArrayList<>();

	private int remaining;

	private long untilNext;

	/**
	 * Create a plan.
	 * @param seed the seed, logged so that a failing run can be repeated
	 * @param faults how many faults to inject
	 * @param minGap fewest dispatches between two faults (at least 1)
	 * @param maxGap most dispatches between two faults
	 * @param kinds the faults to draw from
	 */
	public FaultPlan(long seed, int faults, int minGap, int maxGap, List<FaultKind> kinds) {
		if (faults < 0 || minGap < 1 || maxGap < minGap || kinds.isEmpty()) {
			throw new IllegalArgumentException("A fault plan needs faults >= 0, 1 <= minGap <= maxGap and a kind; got "
					+ "faults=" + faults + ", minGap=" + minGap + ", maxGap=" + maxGap + ", kinds=" + kinds);
		}
		this.seed = seed;
		this.random = new Random(seed);
		this.kinds = List.copyOf(kinds);
		this.minGap = minGap;
		this.maxGap = maxGap;
		this.remaining = faults;
		this.untilNext = nextGap();
	}

	/**
	 * Create a plan of faults after which a client can always resume.
	 * @param seed the seed
	 * @param faults how many faults
	 * @param minGap fewest dispatches between faults
	 * @param maxGap most dispatches between faults
	 * @return the plan
	 */
	public static FaultPlan resumable(long seed, int faults, int minGap, int maxGap) {
		List<FaultKind> kinds = new ArrayList<>();
		for (FaultKind kind : FaultKind.values()) {
			if (kind.resumable()) {
				kinds.add(kind);
			}
		}
		return new FaultPlan(seed, faults, minGap, maxGap, kinds);
	}

	private long nextGap() {
		return this.minGap + this.random.nextInt(this.maxGap - this.minGap + 1);
	}

	public long seed() {
		return this.seed;
	}

	/**
	 * Return the faults injected so far.
	 * @return the kinds, in order
	 */
	public synchronized List<FaultKind> applied() {
		return List.copyOf(this.applied);
	}

	/**
	 * Return whether every fault has been injected.
	 * @return whether the plan is done
	 */
	public synchronized boolean done() {
		return this.remaining == 0;
	}

	/**
	 * Count a dispatch written to a connection (on its event loop); inject the next fault when its turn comes.
	 * @param gateway the gateway
	 * @param connection the connection the dispatch went to
	 */
	synchronized void afterDispatch(Gateway gateway, GatewayConnection connection) {
		if (this.remaining == 0 || connection.closing() || --this.untilNext > 0) {
			return;
		}
		FaultKind kind = this.kinds.get(this.random.nextInt(this.kinds.size()));
		this.applied.add(kind);
		this.remaining--;
		this.untilNext = nextGap();
		kind.apply(gateway, connection);
	}

}
