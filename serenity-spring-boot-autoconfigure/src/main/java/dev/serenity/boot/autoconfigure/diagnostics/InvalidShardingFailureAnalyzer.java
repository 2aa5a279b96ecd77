package dev.serenity.boot.autoconfigure.diagnostics;

import dev.serenity.client.ShardBootFailure;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Analyzes a {@link ShardBootFailure} for sharding Discord refused: 4010 (a shard id not below the shard count) or
 * 4011 (too many guilds per shard).
 */
class InvalidShardingFailureAnalyzer extends AbstractShardBootFailureAnalyzer {

	private final Environment environment;

	InvalidShardingFailureAnalyzer(Environment environment) {
		super(ShardBootFailure.Reason.INVALID_SHARDING);
		this.environment = environment;
	}

	@Override
	FailureAnalysis analyzeFailure(ShardBootFailure failure) {
		String configured = configured();
		if (closeCode(failure) == 4011) {
			return new FailureAnalysis("Discord refused the sharding (4011 Sharding required): a shard would hold "
					+ "more guilds than Discord allows (2,500). Configured: " + configured + ".",
					"Raise 'discord.shards.total' (and run every shard id across your instances with "
							+ "'discord.shards.range' or 'discord.shards.from'/'to'), or remove every "
							+ "'discord.shards.*' property to use Discord's recommended shard count (autosharding).",
					failure);
		}
		return new FailureAnalysis("Discord refused the sharding (4010 Invalid shard): a shard id is not below the "
				+ "shard count. Configured: " + configured + ".",
				"Set 'discord.shards.range' (such as 0..3) or 'discord.shards.from'/'to' to shard ids from 0 to "
						+ "'discord.shards.total' - 1, with 'discord.shards.total' the bot's shard count across every "
						+ "instance; or remove every 'discord.shards.*' property for autosharding.",
				failure);
	}

	private String configured() {
		if (this.environment == null) {
			return "unknown";
		}
		StringBuilder configured = new StringBuilder();
		for (String name : new String[] { "range", "from", "to", "total" }) {
			String value = this.environment.getProperty("discord.shards." + name);
			if (value != null) {
				configured.append((configured.isEmpty()) ? "" : ", ")
					.append("discord.shards.")
					.append(name)
					.append('=')
					.append(value);
			}
		}
		return configured.isEmpty() ? "no 'discord.shards.*' property (autosharding)" : configured.toString();
	}

}
