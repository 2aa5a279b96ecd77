package dev.serenity.boot.autoconfigure.diagnostics;

import dev.serenity.client.ShardBootFailure;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Analyzes a {@link ShardBootFailure} for a rejected token: Discord answered 401 to {@code GET /gateway/bot} or
 * closed a shard with 4004. Nothing here prints the token.
 */
class DiscordTokenRejectedFailureAnalyzer extends AbstractShardBootFailureAnalyzer {

	/** What to do, shared with {@link DiscordRestTokenRejectedFailureAnalyzer}. */
	static final String ACTION = "Reset the token in the Discord Developer Portal (Applications > your application > "
			+ "Bot > Reset Token) and set 'discord.token' to the new one, preferably from the environment: "
			+ "discord.token=${DISCORD_TOKEN}. A token that was shared or committed must be reset. Check that the "
			+ "value is the bot token, not the client secret or the public key.";

	DiscordTokenRejectedFailureAnalyzer() {
		super(ShardBootFailure.Reason.TOKEN_REJECTED);
	}

	@Override
	FailureAnalysis analyzeFailure(ShardBootFailure failure) {
		String how = (closeCode(failure) == 4004) ? "the gateway closed the connection with 4004 Authentication failed"
				: "REST answered 401 Unauthorized";
		return new FailureAnalysis("Discord rejected the bot token set in 'discord.token': " + how + ".", ACTION,
				failure);
	}

}
