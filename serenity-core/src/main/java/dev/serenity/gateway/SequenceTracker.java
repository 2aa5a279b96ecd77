package dev.serenity.gateway;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last sequence number a shard received. It decides whether a dispatch is new: one already seen (a duplicate)
 * or one jumping implausibly far ahead (corrupt) is skipped.
 */
final class SequenceTracker {

	/** A dispatch whose sequence number jumps further ahead than this is taken as corrupt and skipped. */
	static final long MAX_JUMP = 1_000_000;

	private static final Logger logger = LoggerFactory.getLogger(SequenceTracker.class);

	private final AtomicLong last = new AtomicLong(-1);

	private final int shardId;

	SequenceTracker(int shardId) {
		this.shardId = shardId;
	}

	long get() {
		return this.last.get();
	}

	void set(long sequence) {
		this.last.set(sequence);
	}

	/**
	 * Record a dispatch's sequence number; called on the connection's event loop.
	 * @param frame the dispatch
	 * @return whether the dispatch is new and should be delivered
	 */
	boolean accept(GatewayFrame frame) {
		long seq = frame.sequence();
		if (seq <= 0) {
			return true;
		}
		long previous = this.last.get();
		if (seq <= previous) {
			logger.debug("Shard {} skipped dispatch {} with an old sequence {} (last {})", this.shardId, frame.type(),
					seq, previous);
			return false;
		}
		if (previous > 0 && seq - previous > MAX_JUMP) {
			logger.warn("Shard {} skipped dispatch {} whose sequence {} jumps far past the last one ({})", this.shardId,
					frame.type(), seq, previous);
			return false;
		}
		this.last.set(seq);
		return true;
	}

}
