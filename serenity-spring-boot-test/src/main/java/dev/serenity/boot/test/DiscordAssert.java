package dev.serenity.boot.test;

import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link SimulatedDiscord}: pick a channel or an interaction, then assert on what the bot
 * sent there. Obtained with {@code assertThat(discord)} ({@link SimulatedDiscord} is an
 * {@link org.assertj.core.api.AssertProvider}).
 */
public class DiscordAssert extends AbstractAssert<DiscordAssert, SimulatedDiscord> {

	/**
	 * Create assertions on a simulated Discord.
	 * @param discord the simulated Discord
	 */
	public DiscordAssert(SimulatedDiscord discord) {
		super(discord, DiscordAssert.class);
		isNotNull();
	}

	/**
	 * Assert on what the bot sent to a channel.
	 * @param channel the channel
	 * @return assertions on the channel
	 */
	public ChannelAssert channel(SimulatedChannel channel) {
		return new ChannelAssert(this.actual, channel);
	}

	/**
	 * Assert on how the bot answered a slash command.
	 * @param interaction the interaction
	 * @return assertions on the interaction
	 */
	public InteractionAssert interaction(SimulatedInteraction interaction) {
		return new InteractionAssert(this.actual, interaction);
	}

}
