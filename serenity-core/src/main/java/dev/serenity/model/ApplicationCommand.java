package dev.serenity.model;

import java.util.List;
import java.util.Map;

/**
 * An application command: a slash command ({@code CHAT_INPUT}) or an entry of a user's or message's context menu,
 * registered globally or for one guild.
 *
 * @param id the command's id
 * @param type the command type; Discord treats an absent type as {@code CHAT_INPUT}
 * @param applicationId the application that owns it
 * @param guildId the guild of a guild command, {@code null} for a global command
 * @param name the name, 1 to 32 characters
 * @param nameLocalizations the name per locale; never {@code null}
 * @param nameLocalized the name in the requested locale, when listed with a locale
 * @param description the description, 1 to 100 characters for slash commands, empty for context menu commands
 * @param descriptionLocalizations the description per locale; never {@code null}
 * @param descriptionLocalized the description in the requested locale
 * @param options the parameters of a slash command, at most 25; never {@code null}
 * @param defaultMemberPermissions the permissions a member needs by default, or {@code null} for everyone
 * @param dmPermission deprecated: whether the command is available in DMs (use {@code contexts})
 * @param defaultPermission deprecated: whether the command is enabled by default
 * @param nsfw whether the command is age-restricted
 * @param integrationTypes where the command may be installed: 0 guild, 1 user; never {@code null}
 * @param contexts where the command may be used: 0 guild, 1 bot DM, 2 private channel; never {@code null}
 * @param version changes whenever the command is updated
 * @param handler for {@code PRIMARY_ENTRY_POINT} commands: 1 app handler, 2 Discord launches the activity
 */
public record ApplicationCommand(Snowflake id, ApplicationCommandType type, Snowflake applicationId,
		Snowflake guildId, String name, Map<String, String> nameLocalizations, String nameLocalized,
		String description, Map<String, String> descriptionLocalizations, String descriptionLocalized,
		List<Option> options, Permissions defaultMemberPermissions, Boolean dmPermission, Boolean defaultPermission,
		Boolean nsfw, List<Integer> integrationTypes, List<Integer> contexts, Snowflake version, Integer handler) {

	/**
	 * Create a command.
	 */
	public ApplicationCommand {
		nameLocalizations = Copies.map(nameLocalizations);
		descriptionLocalizations = Copies.map(descriptionLocalizations);
		options = Copies.list(options);
		integrationTypes = Copies.list(integrationTypes);
		contexts = Copies.list(contexts);
	}

	/**
	 * A parameter of a slash command, or a sub-command or group.
	 *
	 * @param type the option type
	 * @param name the name, 1 to 32 characters, lower case
	 * @param nameLocalizations the name per locale; never {@code null}
	 * @param description the description, 1 to 100 characters
	 * @param descriptionLocalizations the description per locale; never {@code null}
	 * @param required whether the user must give it
	 * @param choices the values to pick from, at most 25; never {@code null}
	 * @param options the options of a sub-command or group; never {@code null}
	 * @param channelTypes the channel types a {@code CHANNEL} option accepts; never {@code null}
	 * @param minValue the smallest {@code INTEGER} or {@code NUMBER}
	 * @param maxValue the largest {@code INTEGER} or {@code NUMBER}
	 * @param minLength the fewest characters of a {@code STRING}, 0 to 6000
	 * @param maxLength the most characters of a {@code STRING}, 1 to 6000
	 * @param autocomplete whether values are suggested by autocomplete interactions
	 */
	public record Option(ApplicationCommandOptionType type, String name, Map<String, String> nameLocalizations,
			String description, Map<String, String> descriptionLocalizations, Boolean required,
			List<Choice> choices, List<Option> options, List<ChannelType> channelTypes, Double minValue,
			Double maxValue, Integer minLength, Integer maxLength, Boolean autocomplete) {

		/**
		 * Create an option.
		 */
		public Option {
			nameLocalizations = Copies.map(nameLocalizations);
			descriptionLocalizations = Copies.map(descriptionLocalizations);
			choices = Copies.list(choices);
			options = Copies.list(options);
			channelTypes = Copies.list(channelTypes);
		}

	}

	/**
	 * A value of an option to pick from.
	 *
	 * @param name the name shown, 1 to 100 characters
	 * @param nameLocalizations the name per locale; never {@code null}
	 * @param value the value: a {@link String}, {@link Long} or {@link Double}
	 */
	public record Choice(String name, Map<String, String> nameLocalizations, Object value) {

		/**
		 * Create a choice; integer values are widened to {@link Long}.
		 */
		public Choice {
			nameLocalizations = Copies.map(nameLocalizations);
			if (value instanceof Integer number) {
				value = number.longValue();
			}
			else if (value instanceof Float number) {
				value = number.doubleValue();
			}
		}

	}

}
