package dev.serenity.boot.autoconfigure;

/**
 * No bot token is configured and no simulator is in use.
 */
public class MissingDiscordTokenException extends IllegalStateException {

	/**
	 * Create the exception.
	 */
	public MissingDiscordTokenException() {
		super("No Discord bot token: set 'discord.token' (for example discord.token=${DISCORD_TOKEN}), or run on the "
				+ "embedded simulator with 'discord.simulator.enabled=true'");
	}

}
