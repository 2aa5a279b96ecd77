package dev.serenity.rest.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.serenity.model.ApplicationCommandType;
import dev.serenity.model.Permissions;

/**
 * A change to an application command: the body of {@code PATCH /applications/{application.id}/commands/{command.id}}.
 * Only the fields that are not {@linkplain Patch#absent() absent} are sent. The command's type cannot change; since
 * the request does not know it, names are checked with the rules of the type given to {@link #builder}.
 *
 * @param type the type of the command edited (not sent), for the name and description rules
 * @param name the new name
 * @param nameLocalizations the new name localizations ({@linkplain Patch#clear() clear} removes them)
 * @param description the new description
 * @param descriptionLocalizations the new description localizations
 * @param options the new options (replacing all of them)
 * @param defaultMemberPermissions the new default permissions ({@linkplain Patch#clear() clear}: everyone)
 * @param contexts the new contexts
 * @param integrationTypes the new installation contexts
 * @param nsfw whether it is age-restricted
 */
public record CommandEdit(ApplicationCommandType type, Patch<String> name, Patch<Map<String, String>> nameLocalizations,
		Patch<String> description, Patch<Map<String, String>> descriptionLocalizations,
		Patch<List<CommandOption>> options, Patch<Permissions> defaultMemberPermissions, Patch<List<Integer>> contexts,
		Patch<List<Integer>> integrationTypes, Patch<Boolean> nsfw) {

	/**
	 * Create an edit.
	 * @throws IllegalArgumentException naming the field at fault
	 */
	public CommandEdit {
		if (type == null || type == ApplicationCommandType.UNKNOWN) {
			throw new IllegalArgumentException("'type' must be the command's type but was " + type);
		}
		ApplicationCommandType kind = type;
		name = Patches.orAbsent(name);
		nameLocalizations = Patches.orAbsent(nameLocalizations);
		description = Patches.orAbsent(description);
		descriptionLocalizations = Patches.orAbsent(descriptionLocalizations);
		options = Patches.orAbsent(options);
		defaultMemberPermissions = Patches.orAbsent(defaultMemberPermissions);
		contexts = Patches.orAbsent(contexts);
		integrationTypes = Patches.orAbsent(integrationTypes);
		nsfw = Patches.orAbsent(nsfw);
		if (name.present()) {
			CommandChecks.name("name", name.value(), type);
		}
		if (description.present()) {
			CommandChecks.description("description", description.value(), type);
		}
		nameLocalizations = nameLocalizations.map((values) -> CommandChecks.nameLocalizations(values, kind));
		descriptionLocalizations = descriptionLocalizations
			.map((values) -> CommandChecks.descriptionLocalizations(values, kind));
		options = options.map((values) -> CommandChecks.options("options", values));
		if (type != ApplicationCommandType.CHAT_INPUT && options.value() != null && !options.value().isEmpty()) {
			throw new IllegalArgumentException("'options' are only for CHAT_INPUT commands, not " + type);
		}
		contexts = contexts.map((values) -> CommandChecks.values("contexts", values, CommandChecks.CONTEXTS));
		integrationTypes = integrationTypes.map((values) -> CommandChecks.values("integrationTypes", values,
				CommandChecks.INTEGRATION_TYPES));
	}

	/**
	 * Start an edit of a command of the given type.
	 * @param type the command's type
	 * @return the builder
	 */
	public static Builder builder(ApplicationCommandType type) {
		return new Builder(type);
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		Patches.put(json, "name", this.name);
		Patches.put(json, "name_localizations", this.nameLocalizations);
		Patches.put(json, "description", this.description);
		Patches.put(json, "description_localizations", this.descriptionLocalizations);
		Patches.put(json, "options", this.options.map((values) -> values.stream().map(CommandOption::toJson).toList()));
		Patches.put(json, "default_member_permissions",
				this.defaultMemberPermissions.map((permissions) -> Long.toUnsignedString(permissions.value())));
		Patches.put(json, "contexts", this.contexts);
		Patches.put(json, "integration_types", this.integrationTypes);
		Patches.put(json, "nsfw", this.nsfw);
		return json;
	}

	/** Builds a {@link CommandEdit}; {@link #build()} checks the values. */
	public static final class Builder {

		private final ApplicationCommandType type;

		private Patch<String> name = Patch.absent();

		private Patch<Map<String, String>> nameLocalizations = Patch.absent();

		private Patch<String> description = Patch.absent();

		private Patch<Map<String, String>> descriptionLocalizations = Patch.absent();

		private Patch<List<CommandOption>> options = Patch.absent();

		private Patch<Permissions> defaultMemberPermissions = Patch.absent();

		private Patch<List<Integer>> contexts = Patch.absent();

		private Patch<List<Integer>> integrationTypes = Patch.absent();

		private Patch<Boolean> nsfw = Patch.absent();

		private Builder(ApplicationCommandType type) {
			this.type = type;
		}

		/** Rename. @param name the new name @return this builder */
		public Builder name(String name) {
			this.name = Patch.of(name);
			return this;
		}

		/** Set the name localizations ({@code null} clears them). @param values locale to name @return this */
		public Builder nameLocalizations(Map<String, String> values) {
			this.nameLocalizations = Patch.of(values);
			return this;
		}

		/** Set the description. @param description the text @return this builder */
		public Builder description(String description) {
			this.description = Patch.of(description);
			return this;
		}

		/** Set the description localizations ({@code null} clears them). @param values locale to text @return this */
		public Builder descriptionLocalizations(Map<String, String> values) {
			this.descriptionLocalizations = Patch.of(values);
			return this;
		}

		/** Replace the options. @param options the options @return this builder */
		public Builder options(List<CommandOption> options) {
			this.options = Patch.of((options != null) ? options : List.of());
			return this;
		}

		/** Set who may use it by default ({@code null}: everyone). @param permissions the permissions @return this */
		public Builder defaultMemberPermissions(Permissions permissions) {
			this.defaultMemberPermissions = Patch.of(permissions);
			return this;
		}

		/** Set where it may be used. @param contexts 0, 1 and 2 @return this builder */
		public Builder contexts(List<Integer> contexts) {
			this.contexts = Patch.of(contexts);
			return this;
		}

		/** Set where it may be installed. @param types 0 and 1 @return this builder */
		public Builder integrationTypes(List<Integer> types) {
			this.integrationTypes = Patch.of(types);
			return this;
		}

		/** Set whether it is age-restricted. @param nsfw whether it is @return this builder */
		public Builder nsfw(boolean nsfw) {
			this.nsfw = Patch.of(nsfw);
			return this;
		}

		/**
		 * Build and check.
		 * @return the edit
		 * @throws IllegalArgumentException naming the field at fault
		 */
		public CommandEdit build() {
			return new CommandEdit(this.type, this.name, this.nameLocalizations, this.description,
					this.descriptionLocalizations, this.options, this.defaultMemberPermissions, this.contexts,
					this.integrationTypes, this.nsfw);
		}

	}

}
