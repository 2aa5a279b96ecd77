package dev.serenity.gateway.session;

/**
 * A shard's {@code [shard_id, num_shards]} pair, the key of stored sessions: a session only resumes the shard it was
 * identified as, with the same shard count.
 */
record ShardKey(int shardId, int shardCount) {

	ShardKey {
		check(shardId, shardCount);
	}

	static ShardKey of(Session session) {
		return new ShardKey(session.shardId(), session.shardCount());
	}

	static void check(int shardId, int shardCount) {
		if (shardCount < 1) {
			throw new IllegalArgumentException("'shardCount' must be at least 1, was " + shardCount);
		}
		if (shardId < 0 || shardId >= shardCount) {
			throw new IllegalArgumentException(
					"'shardId' must be from 0 to " + (shardCount - 1) + " (shardCount - 1), was " + shardId);
		}
	}

	/** File name for this shard: {@code shard-<id>-of-<count>.json}. */
	String fileName() {
		return "shard-" + this.shardId + "-of-" + this.shardCount + ".json";
	}

}
