package dev.serenity.model;

import java.util.List;

/**
 * The data of an interaction, for every interaction type: commands use {@code id}, {@code name}, {@code type},
 * {@code options} and {@code targetId}; components use {@code customId}, {@code componentType} and {@code values};
 * modal submissions use {@code customId} and {@code components}. Lists are never {@code null}.
 *
 * @param id the command's id
 * @param name the command's name
 * @param type the command type
 * @param resolved the users, members, roles, channels, messages and attachments the options or values refer to
 * @param options the options the user filled in, nested for sub-commands
 * @param guildId the guild of a guild command
 * @param targetId the user or message a context-menu command ran on
 * @param customId the developer-defined id of the component or modal
 * @param componentType the type of the component used
 * @param values the choices of a select menu
 * @param components the submitted modal components
 */
public record InteractionData(Snowflake id, String name, ApplicationCommandType type, ResolvedData resolved,
		List<InteractionOption> options, Snowflake guildId, Snowflake targetId, String customId,
		ComponentType componentType, List<String> values, List<Component> components) {

	/**
	 * Create interaction data.
	 */
	public InteractionData {
		options = Copies.list(options);
		values = Copies.list(values);
		components = Copies.list(components);
	}

}
