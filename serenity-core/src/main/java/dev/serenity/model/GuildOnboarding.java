package dev.serenity.model;

import java.util.List;

/**
 * The onboarding flow of a guild: the body of {@code GET /guilds/{guild.id}/onboarding}.
 *
 * @param guildId the guild
 * @param prompts the questions shown; never {@code null}
 * @param defaultChannelIds the channels members get at first; never {@code null}
 * @param enabled whether onboarding is on
 * @param mode 0 default (counts only default channels), 1 advanced
 */
public record GuildOnboarding(Snowflake guildId, List<Prompt> prompts, List<Snowflake> defaultChannelIds,
		Boolean enabled, Integer mode) {

	/**
	 * Create an onboarding flow.
	 */
	public GuildOnboarding {
		prompts = Copies.list(prompts);
		defaultChannelIds = Copies.list(defaultChannelIds);
	}

	/**
	 * A question of the flow.
	 *
	 * @param id the prompt
	 * @param type 0 multiple choice, 1 dropdown
	 * @param options the answers; never {@code null}
	 * @param title the question
	 * @param singleSelect whether only one answer can be chosen
	 * @param required whether an answer is required
	 * @param inOnboarding whether it is shown during onboarding (else only in Channels &amp; Roles)
	 */
	public record Prompt(Snowflake id, Integer type, List<Option> options, String title, Boolean singleSelect,
			Boolean required, Boolean inOnboarding) {

		/**
		 * Create a prompt.
		 */
		public Prompt {
			options = Copies.list(options);
		}

	}

	/**
	 * An answer of a prompt.
	 *
	 * @param id the option
	 * @param channelIds the channels it gives; never {@code null}
	 * @param roleIds the roles it gives; never {@code null}
	 * @param emoji the emoji, or {@code null}
	 * @param title the text
	 * @param description the description, or {@code null}
	 */
	public record Option(Snowflake id, List<Snowflake> channelIds, List<Snowflake> roleIds, Emoji emoji, String title,
			String description) {

		/**
		 * Create an option.
		 */
		public Option {
			channelIds = Copies.list(channelIds);
			roleIds = Copies.list(roleIds);
		}

	}

}
