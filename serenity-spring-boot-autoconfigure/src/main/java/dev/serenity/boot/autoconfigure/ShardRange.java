package dev.serenity.boot.autoconfigure;

/**
 * The shards one instance runs: {@code from} to {@code to} (inclusive) of {@code total}, or every shard Discord
 * recommends ({@link #AUTO}).
 *
 * @param from the first shard id
 * @param to the last shard id
 * @param total the shard count of the whole bot, or 0 for autosharding
 */
public record ShardRange(int from, int to, int total) {

	/** Discord's recommended shard count, all in this instance. */
	public static final ShardRange AUTO = new ShardRange(0, 0, 0);

	/**
	 * Return whether Discord's recommendation decides the shards.
	 * @return whether this is {@link #AUTO}
	 */
	public boolean auto() {
		return this.total == 0;
	}

	/**
	 * Read {@code discord.shards.*}.
	 * @param shards the properties
	 * @return the range
	 * @throws InvalidDiscordPropertyException naming the property at fault
	 */
	public static ShardRange of(DiscordProperties.Shards shards) {
		String range = shards.getRange();
		Integer from = shards.getFrom();
		Integer to = shards.getTo();
		Integer total = shards.getTotal();
		if (range == null && from == null && to == null && total == null) {
			return AUTO;
		}
		if (range != null && (from != null || to != null)) {
			throw new InvalidDiscordPropertyException("discord.shards.range", range,
					"set either 'discord.shards.range' or 'discord.shards.from'/'to', not both");
		}
		if (total == null) {
			throw new InvalidDiscordPropertyException("discord.shards.total", null,
					"a shard range needs the bot's shard count in 'discord.shards.total' (a number of at least 1); "
							+ "leave every 'discord.shards' property out for autosharding");
		}
		if (total < 1) {
			throw new InvalidDiscordPropertyException("discord.shards.total", total, "must be at least 1");
		}
		if (range != null) {
			String[] parts = range.trim().split("\\.\\.", -1);
			if (parts.length != 2 || !parts[0].trim().matches("\\d{1,9}") || !parts[1].trim().matches("\\d{1,9}")) {
				throw new InvalidDiscordPropertyException("discord.shards.range", range,
						"must be 'FROM..TO' with shard ids from 0 to total-1, such as '0..3'");
			}
			from = Integer.parseInt(parts[0].trim());
			to = Integer.parseInt(parts[1].trim());
		}
		if (from == null) {
			from = 0;
		}
		if (to == null) {
			to = total - 1;
		}
		String property = (range != null) ? "discord.shards.range" : "discord.shards.from";
		if (from < 0) {
			throw new InvalidDiscordPropertyException(property, from, "shard ids start at 0");
		}
		if (from > to) {
			throw new InvalidDiscordPropertyException(property, from + ".." + to,
					"the first shard id must not be greater than the last");
		}
		if (to >= total) {
			String last = (range != null) ? property : (shards.getTo() != null) ? "discord.shards.to" : property;
			throw new InvalidDiscordPropertyException(last, (range != null) ? from + ".." + to : to,
					"shard ids go from 0 to 'discord.shards.total' - 1 = " + (total - 1));
		}
		return new ShardRange(from, to, total);
	}

	@Override
	public String toString() {
		return auto() ? "auto" : this.from + ".." + this.to + " of " + this.total;
	}

}
