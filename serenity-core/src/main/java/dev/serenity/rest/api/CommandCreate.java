package dev.serenity.rest.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.serenity.model.ApplicationCommandType;
import dev.serenity.model.Permissions;

/**
 * An application command to register: the body of {@code POST /applications/{application.id}/commands} (and of
 * each entry of a bulk overwrite). Immutable and checked when created, with Discord's rules, so bad input fails
 * with an {@link IllegalArgumentException} naming the field before anything is sent.
 *
 * <pre>{@code
 * CommandCreate roll = CommandCreate.slash("roll", "Roll dice")
 *     .option(CommandOption.builder(ApplicationCommandOptionType.INTEGER, "sides", "Sides of the die")
 *         .required(true).minValue(2).maxValue(100).build())
 *     .contexts(List.of(0))
 *     .build();
 * CommandCreate report = CommandCreate.builder(ApplicationCommandType.MESSAGE, "Report message").build();
 * }</pre>
 *
 * @param type the command type; {@code CHAT_INPUT}, {@code USER} or {@code MESSAGE}
 * @param name 1 to 32 characters; for {@code CHAT_INPUT} lower case letters, digits, {@code -}, {@code _} and
 * {@code '} only
 * @param nameLocalizations the name per locale; never {@code null}
 * @param description 1 to 100 characters for {@code CHAT_INPUT}, empty for {@code USER} and {@code MESSAGE}
 * @param descriptionLocalizations the description per locale; never {@code null}
 * @param options the parameters of a {@code CHAT_INPUT} command, at most {@value CommandOption#MAX_OPTIONS};
 * never {@code null}
 * @param defaultMemberPermissions the permissions a member needs by default, or {@code null} for everyone
 * ({@link Permissions#NONE}: administrators only)
 * @param contexts where it may be used (0 guild, 1 bot DM, 2 private channel), or {@code null} for Discord's default
 * @param integrationTypes where it may be installed (0 guild, 1 user), or {@code null} for the application's default
 * @param nsfw whether the command is age-restricted
 */
public record CommandCreate(ApplicationCommandType type, String name, Map<String, String> nameLocalizations,
		String description, Map<String, String> descriptionLocalizations, List<CommandOption> options,
		Permissions defaultMemberPermissions, List<Integer> contexts, List<Integer> integrationTypes, boolean nsfw) {

	/** Most characters of names, descriptions and choice values of a command together. */
	public static final int MAX_TOTAL_LENGTH = 8000;

	/** Default of {@code nsfw}. */
	public static final boolean DEFAULT_NSFW = false;

	/**
	 * Create a command.
	 * @throws IllegalArgumentException naming the field at fault
	 */
	public CommandCreate {
		if (type == null || type == ApplicationCommandType.UNKNOWN
				|| type == ApplicationCommandType.PRIMARY_ENTRY_POINT) {
			throw new IllegalArgumentException("'type' must be CHAT_INPUT, USER or MESSAGE but was " + type);
		}
		CommandChecks.name("name", name, type);
		description = CommandChecks.description("description", description, type);
		nameLocalizations = CommandChecks.nameLocalizations(nameLocalizations, type);
		descriptionLocalizations = CommandChecks.descriptionLocalizations(descriptionLocalizations, type);
		options = CommandChecks.options("options", options);
		if (type != ApplicationCommandType.CHAT_INPUT && !options.isEmpty()) {
			throw new IllegalArgumentException("'options' are only for CHAT_INPUT commands, not " + type);
		}
		contexts = CommandChecks.values("contexts", contexts, CommandChecks.CONTEXTS);
		integrationTypes = CommandChecks.values("integrationTypes", integrationTypes, CommandChecks.INTEGRATION_TYPES);
		int total = CommandChecks.totalLength(name, description, options);
		if (total > MAX_TOTAL_LENGTH) {
			throw new IllegalArgumentException("'options': names, descriptions and choice values have " + total
					+ " characters together, more than " + MAX_TOTAL_LENGTH);
		}
	}

	/**
	 * Start a builder for a slash command.
	 * @param name the name
	 * @param description the description
	 * @return the builder
	 */
	public static Builder slash(String name, String description) {
		return new Builder(ApplicationCommandType.CHAT_INPUT, name).description(description);
	}

	/**
	 * Start a builder of any command type (without description, as context menu commands have none).
	 * @param type the type
	 * @param name the name
	 * @return the builder
	 */
	public static Builder builder(ApplicationCommandType type, String name) {
		return new Builder(type, name);
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", this.name);
		json.put("type", this.type.value());
		CommandChecks.putDescribed(json, this.nameLocalizations, this.description, this.descriptionLocalizations);
		if (!this.options.isEmpty()) {
			json.put("options", this.options.stream().map(CommandOption::toJson).toList());
		}
		if (this.defaultMemberPermissions != null) {
			json.put("default_member_permissions", Long.toUnsignedString(this.defaultMemberPermissions.value()));
		}
		if (this.contexts != null) {
			json.put("contexts", this.contexts);
		}
		if (this.integrationTypes != null) {
			json.put("integration_types", this.integrationTypes);
		}
		if (this.nsfw) {
			json.put("nsfw", true);
		}
		return json;
	}

	/** Builds a {@link CommandCreate}; {@link #build()} checks the values. */
	public static final class Builder {

		private final ApplicationCommandType type;

		private final String name;

		private String description;

		private Map<String, String> nameLocalizations = Map.of();

		private Map<String, String> descriptionLocalizations = Map.of();

		private final List<CommandOption> options = new ArrayList<>();

		private Permissions defaultMemberPermissions;

		private List<Integer> contexts;

		private List<Integer> integrationTypes;

		private boolean nsfw = DEFAULT_NSFW;

		private Builder(ApplicationCommandType type, String name) {
			this.type = type;
			this.name = name;
		}

		/** Set the description. @param description the text @return this builder */
		public Builder description(String description) {
			this.description = description;
			return this;
		}

		/** Set the name per locale. @param localizations locale to name @return this builder */
		public Builder nameLocalizations(Map<String, String> localizations) {
			this.nameLocalizations = localizations;
			return this;
		}

		/** Set the description per locale. @param localizations locale to text @return this builder */
		public Builder descriptionLocalizations(Map<String, String> localizations) {
			this.descriptionLocalizations = localizations;
			return this;
		}

		/** Add an option. @param option the option @return this builder */
		public Builder option(CommandOption option) {
			this.options.add(option);
			return this;
		}

		/** Set who may use it by default. @param permissions the permissions, or {@code null} @return this builder */
		public Builder defaultMemberPermissions(Permissions permissions) {
			this.defaultMemberPermissions = permissions;
			return this;
		}

		/** Set where it may be used. @param contexts 0, 1 and 2, or {@code null} @return this builder */
		public Builder contexts(List<Integer> contexts) {
			this.contexts = contexts;
			return this;
		}

		/** Set where it may be installed. @param types 0 and 1, or {@code null} @return this builder */
		public Builder integrationTypes(List<Integer> types) {
			this.integrationTypes = types;
			return this;
		}

		/** Set whether it is age-restricted. @param nsfw whether it is @return this builder */
		public Builder nsfw(boolean nsfw) {
			this.nsfw = nsfw;
			return this;
		}

		/**
		 * Build and check.
		 * @return the command
		 * @throws IllegalArgumentException naming the field at fault
		 */
		public CommandCreate build() {
			return new CommandCreate(this.type, this.name, this.nameLocalizations, this.description,
					this.descriptionLocalizations, new ArrayList<>(this.options), this.defaultMemberPermissions,
					this.contexts, this.integrationTypes, this.nsfw);
		}

	}

}
