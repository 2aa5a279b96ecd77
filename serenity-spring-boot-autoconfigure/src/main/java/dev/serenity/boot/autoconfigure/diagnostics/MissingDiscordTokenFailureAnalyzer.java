package dev.serenity.boot.autoconfigure.diagnostics;

import dev.serenity.boot.autoconfigure.MissingDiscordTokenException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.util.ClassUtils;

/**
 * Analyzes a {@link MissingDiscordTokenException}: no {@code discord.token} and no embedded simulator.
 */
class MissingDiscordTokenFailureAnalyzer extends AbstractFailureAnalyzer<MissingDiscordTokenException> {

	private static final String SIMULATOR_CLASS = "dev.serenity.simulator.DiscordSimulator";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingDiscordTokenException cause) {
		boolean simulatorPresent = ClassUtils.isPresent(SIMULATOR_CLASS, getClass().getClassLoader());
		String description = (cause.unresolvedPlaceholder() != null)
				? "No Discord bot token is configured: 'discord.token' is " + cause.unresolvedPlaceholder()
						+ ", a placeholder that did not resolve (is the environment variable set?), and the embedded "
						+ "simulator is not in use."
				: "No Discord bot token is configured: 'discord.token' is not set, and the embedded simulator is not "
						+ "in use.";
		String action = "Set 'discord.token' to your bot's token from the Discord Developer Portal (Applications > "
				+ "your application > Bot > Reset Token), preferably from the environment: "
				+ "discord.token=${DISCORD_TOKEN}.\nTo run without Discord, set 'discord.simulator.enabled=true'"
				+ (simulatorPresent ? "" : " and add dev.serenity:serenity-simulator to the classpath")
				+ " to connect to an embedded simulator.\nTo start without a bot, set 'discord.enabled=false'.";
		return new FailureAnalysis(description, action, cause);
	}

}
