package dev.serenity.boot.autoconfigure.diagnostics;

import dev.serenity.client.ShardBootFailure;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Analyzes the other {@link ShardBootFailure}s: Discord unreachable, no READY in time, or a shard closed for another
 * reason.
 */
class DiscordStartupFailureAnalyzer extends AbstractShardBootFailureAnalyzer {

	DiscordStartupFailureAnalyzer() {
		super(ShardBootFailure.Reason.GATEWAY_UNAVAILABLE, ShardBootFailure.Reason.TIMEOUT,
				ShardBootFailure.Reason.CLOSED);
	}

	@Override
	FailureAnalysis analyzeFailure(ShardBootFailure failure) {
		String action = switch (failure.reason()) {
			case GATEWAY_UNAVAILABLE -> "Check that this host reaches 'discord.rest.base-url' (Discord's REST API), "
					+ "or set 'discord.shards.total' so that startup does not need Discord's recommended shard count.";
			case TIMEOUT -> "Raise 'discord.startup.timeout', check the network to Discord's gateway "
					+ "('discord.gateway.url' when set), or set 'discord.startup.wait-for-ready=false' to start "
					+ "without waiting for READY.";
			default -> "See Discord's close code above; the gateway documentation lists what each code means. "
					+ "Set 'discord.startup.wait-for-ready=false' to start the application without waiting for READY.";
		};
		return new FailureAnalysis("The Discord shards did not start: " + failure.getMessage(), action, failure);
	}

}
