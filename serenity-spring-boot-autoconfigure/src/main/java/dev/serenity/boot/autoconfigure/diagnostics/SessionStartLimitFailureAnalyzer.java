package dev.serenity.boot.autoconfigure.diagnostics;

import dev.serenity.client.ShardBootFailure;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Analyzes a {@link ShardBootFailure} for a session start limit that cannot cover the shards to start.
 */
class SessionStartLimitFailureAnalyzer extends AbstractShardBootFailureAnalyzer {

	SessionStartLimitFailureAnalyzer() {
		super(ShardBootFailure.Reason.SESSION_START_LIMIT);
	}

	@Override
	FailureAnalysis analyzeFailure(ShardBootFailure failure) {
		return new FailureAnalysis("Too few session starts are left for the bot: " + failure.getMessage() + ".",
				"Wait until Discord resets the limit (the time is above), or start fewer shards in this instance with "
						+ "'discord.shards.range' (or 'discord.shards.from'/'to') and 'discord.shards.total'. Look for a "
						+ "restart loop: each shard that cannot resume uses a session start; "
						+ "'discord.session.store=FILE' lets restarts resume instead.",
				failure);
	}

}
