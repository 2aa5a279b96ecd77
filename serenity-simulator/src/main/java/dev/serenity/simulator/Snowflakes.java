package dev.serenity.simulator;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Generates Discord snowflakes for the simulator's entities.
 * <p>
 * Each id takes the next millisecond after a fixed base, so consecutive ids land on consecutive shards
 * ({@code (id >> 22) % numShards}) and the spread of guilds over shards is deterministic.
 */
public final class Snowflakes {

	/** Discord's epoch, the first millisecond of 2015, in Unix milliseconds. */
	public static final long DISCORD_EPOCH = 1_420_070_400_000L;

	private final long baseMillis;

	private final AtomicLong counter = new AtomicLong();

	/**
	 * Create a generator whose first id carries the given Unix time.
	 * @param unixMillis the time of the first id
	 */
	public Snowflakes(long unixMillis) {
		this.baseMillis = Math.max(0, unixMillis - DISCORD_EPOCH);
	}

	/**
	 * Return the next id.
	 * @return a snowflake never returned before by this generator
	 */
	public long next() {
		long n = this.counter.getAndIncrement();
		return ((this.baseMillis + n) << 22) | (1L << 17) | (n & 0xFFF);
	}

	/**
	 * Return the shard that receives events of a guild.
	 * @param guildId the guild
	 * @param numShards the number of shards the bot uses
	 * @return {@code (guildId >> 22) % numShards}
	 */
	public static int shardOf(long guildId, int numShards) {
		return (int) Long.remainderUnsigned(guildId >>> 22, numShards);
	}

}
