package dev.serenity.boot.autoconfigure;

/**
 * No bot token is configured and no simulator is in use.
 */
public class MissingDiscordTokenException extends IllegalStateException {

	private final String unresolvedPlaceholder;

	/**
	 * Create the exception.
	 */
	public MissingDiscordTokenException() {
		super("No Discord bot token: set 'discord.token' (for example discord.token=${DISCORD_TOKEN}), or run on the "
				+ "embedded simulator with 'discord.simulator.enabled=true'");
		this.unresolvedPlaceholder = null;
	}

	/**
	 * Create the exception for a token that is a placeholder nothing resolved, such as {@code ${DISCORD_TOKEN}} with
	 * the environment variable unset.
	 * @param placeholder the placeholder, e.g. {@code ${DISCORD_TOKEN}}
	 */
	public MissingDiscordTokenException(String placeholder) {
		super("No Discord bot token: 'discord.token' is " + placeholder + ", a placeholder that did not resolve; set "
				+ "what it names (an environment variable or property), or run on the embedded simulator with "
				+ "'discord.simulator.enabled=true'");
		this.unresolvedPlaceholder = placeholder;
	}

	/**
	 * Return the placeholder that did not resolve.
	 * @return e.g. {@code ${DISCORD_TOKEN}}, or {@code null} when the token is simply not set
	 */
	public String unresolvedPlaceholder() {
		return this.unresolvedPlaceholder;
	}

}
