package dev.serenity.model;

import java.util.List;

/**
 * The screen new members of a community guild see.
 *
 * @param description the guild's description on the screen
 * @param welcomeChannels the channels shown, up to 5; never {@code null}
 */
public record WelcomeScreen(String description, List<WelcomeChannel> welcomeChannels) {

	/**
	 * Create a welcome screen.
	 */
	public WelcomeScreen {
		welcomeChannels = Copies.list(welcomeChannels);
	}

	/**
	 * A channel on the welcome screen.
	 *
	 * @param channelId the channel
	 * @param description what the channel is for
	 * @param emojiId the custom emoji shown
	 * @param emojiName the emoji's name, or the unicode emoji
	 */
	public record WelcomeChannel(Snowflake channelId, String description, Snowflake emojiId, String emojiName) {
	}

}
