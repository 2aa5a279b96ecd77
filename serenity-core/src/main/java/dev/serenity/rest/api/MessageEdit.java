package dev.serenity.rest.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.serenity.model.Embed;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.RestFile;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.api.component.ComponentRules;
import dev.serenity.rest.api.component.MessageComponent;

/**
 * A change to a message: the body of {@code PATCH /channels/{channel.id}/messages/{message.id}}. Each field is a
 * {@link Patch}: {@linkplain Patch#absent() absent} fields are left out and keep their value, {@linkplain
 * Patch#clear() cleared} ones are sent as {@code null}. Values are checked when the edit is created.
 *
 * <pre>{@code
 * MessageEdit.builder().content("fixed typo").build();           // only content changes
 * MessageEdit.builder().clearEmbeds().content("no embed").build(); // embeds: null
 * }</pre>
 *
 * <p>Only the author may change content, embeds and attachments; anyone with Manage Messages may set or clear
 * {@link MessageCreate#SUPPRESS_EMBEDS} in {@code flags}.
 *
 * @param content the new text, at most {@value MessageCreate#MAX_CONTENT_LENGTH} characters
 * @param embeds the new embeds, at most {@value MessageCreate#MAX_EMBEDS}
 * @param flags the new flags ({@link MessageCreate#SUPPRESS_EMBEDS} and {@link MessageCreate#IS_COMPONENTS_V2})
 * @param allowedMentions which mentions of the new content notify
 * @param keepAttachments the existing attachments to keep (by id); absent keeps all
 * @param files new files to upload (appended), never {@code null}
 * @param components the new components; checked with the Components V2 rules when {@code flags} sets
 * {@link MessageCreate#IS_COMPONENTS_V2} or a component is not an action row
 */
public record MessageEdit(Patch<String> content, Patch<List<Embed>> embeds, Patch<Integer> flags,
		Patch<AllowedMentions> allowedMentions, Patch<List<Snowflake>> keepAttachments, List<RestFile> files,
		Patch<List<MessageComponent.TopLevel>> components) {

	/** Flags an edit may set. */
	public static final int EDITABLE_FLAGS = MessageCreate.SUPPRESS_EMBEDS | MessageCreate.IS_COMPONENTS_V2;

	/**
	 * Create an edit.
	 * @throws IllegalArgumentException naming the field when nothing changes, the content is too long, there are
	 * too many embeds or files, an id is invalid or a flag cannot be set
	 */
	public MessageEdit {
		content = Patches.orAbsent(content);
		embeds = Patches.orAbsent(embeds).map((list) -> Checks.list("embeds", list, MessageCreate.MAX_EMBEDS));
		flags = Patches.orAbsent(flags);
		allowedMentions = Patches.orAbsent(allowedMentions);
		keepAttachments = Patches.orAbsent(keepAttachments)
			.map((ids) -> Checks.ids("keepAttachments", ids, RestRequest.MAX_FILES));
		files = Checks.list("files", files, RestRequest.MAX_FILES);
		Checks.content("content", content.value(), MessageCreate.MAX_CONTENT_LENGTH);
		if (flags.value() != null) {
			MessageBodies.checkFlags(flags.value(), EDITABLE_FLAGS, "SUPPRESS_EMBEDS and IS_COMPONENTS_V2");
		}
		components = Patches.orAbsent(components)
			.map((list) -> Checks.list("components", list, ComponentRules.MAX_TOTAL_COMPONENTS));
		boolean componentsV2 = (flags.value() != null && (flags.value() & MessageCreate.IS_COMPONENTS_V2) != 0)
				|| ComponentRules.needsComponentsV2(components.value());
		if (flags.value() != null && (flags.value() & MessageCreate.IS_COMPONENTS_V2) != 0) {
			if (content.value() != null && !content.value().isEmpty()) {
				throw new IllegalArgumentException("'content' must not be set with IS_COMPONENTS_V2");
			}
			if (embeds.value() != null && !embeds.value().isEmpty()) {
				throw new IllegalArgumentException("'embeds' must not be set with IS_COMPONENTS_V2");
			}
		}
		if (components.value() != null) {
			ComponentRules.checkMessage(components.value(), componentsV2);
		}
		if (files.isEmpty()) {
			Patches.requireChange("content", content, embeds, flags, allowedMentions, keepAttachments, components);
		}
	}

	/**
	 * Create an edit without components (the constructor before they were added).
	 * @param content the new text
	 * @param embeds the new embeds
	 * @param flags the new flags
	 * @param allowedMentions which mentions notify
	 * @param keepAttachments the attachments to keep
	 * @param files new files
	 */
	public MessageEdit(Patch<String> content, Patch<List<Embed>> embeds, Patch<Integer> flags,
			Patch<AllowedMentions> allowedMentions, Patch<List<Snowflake>> keepAttachments, List<RestFile> files) {
		this(content, embeds, flags, allowedMentions, keepAttachments, files, Patch.absent());
	}

	/**
	 * Create an edit that changes only the text.
	 * @param content the new text
	 * @return the edit
	 */
	public static MessageEdit content(String content) {
		return builder().content(content).build();
	}

	/**
	 * Start a builder in which every field is absent.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the JSON body: only the present fields, cleared ones as {@code null}.
	 * @return the body, as a map that may hold {@code null} values
	 */
	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		Patches.put(json, "content", this.content);
		Patches.put(json, "embeds", this.embeds);
		Patches.put(json, "flags", this.flags);
		Patches.put(json, "allowed_mentions", this.allowedMentions.map(AllowedMentions::toJson));
		Patches.put(json, "components", this.components.map(ComponentRules::toJson));
		if (this.keepAttachments.present()) {
			List<Map<String, Object>> attachments = new ArrayList<>();
			if (this.keepAttachments.value() != null) {
				this.keepAttachments.value().forEach((id) -> attachments.add(Map.of("id", Checks.json(id))));
			}
			attachments.addAll(MessageBodies.newFiles(this.files));
			json.put("attachments", attachments);
		}
		return json;
	}

	/** Builds a {@link MessageEdit}; fields not called stay absent; {@link #build()} checks the values. */
	public static final class Builder {

		private Patch<String> content = Patch.absent();

		private Patch<List<Embed>> embeds = Patch.absent();

		private Patch<Integer> flags = Patch.absent();

		private Patch<AllowedMentions> allowedMentions = Patch.absent();

		private Patch<List<Snowflake>> keepAttachments = Patch.absent();

		private final List<RestFile> files = new ArrayList<>();

		private Patch<List<MessageComponent.TopLevel>> components = Patch.absent();

		private Builder() {
		}

		/** Set the text. @param content the text; {@code null} clears it @return this builder */
		public Builder content(String content) {
			this.content = Patch.of(content);
			return this;
		}

		/** Remove the text ({@code "content": null}). @return this builder */
		public Builder clearContent() {
			this.content = Patch.clear();
			return this;
		}

		/** Replace the embeds. @param embeds the embeds; {@code null} clears them @return this builder */
		public Builder embeds(List<Embed> embeds) {
			this.embeds = Patch.of((embeds != null) ? new ArrayList<>(embeds) : null);
			return this;
		}

		/** Remove all embeds ({@code "embeds": null}). @return this builder */
		public Builder clearEmbeds() {
			this.embeds = Patch.clear();
			return this;
		}

		/** Set the flags. @param flags the flags @return this builder */
		public Builder flags(int flags) {
			this.flags = Patch.of(flags);
			return this;
		}

		/** Set which mentions notify. @param allowedMentions the mentions; {@code null} clears @return this builder */
		public Builder allowedMentions(AllowedMentions allowedMentions) {
			this.allowedMentions = Patch.of(allowedMentions);
			return this;
		}

		/**
		 * Keep only these existing attachments (new files are kept as well).
		 * @param ids the attachments to keep; empty removes all existing ones
		 * @return this builder
		 */
		public Builder keepAttachments(List<Snowflake> ids) {
			this.keepAttachments = Patch.of(Objects.requireNonNull(ids, "'keepAttachments' must not be null"));
			return this;
		}

		/** Upload a new file. @param file the file @return this builder */
		public Builder file(RestFile file) {
			this.files.add(file);
			return this;
		}

		/**
		 * Replace the components.
		 * @param components the components; empty removes them all
		 * @return this builder
		 */
		public Builder components(List<? extends MessageComponent.TopLevel> components) {
			this.components = Patch.of(new ArrayList<>(Objects.requireNonNull(components,
					"'components' must not be null (use clearComponents)")));
			return this;
		}

		/**
		 * Replace the components.
		 * @param components the components
		 * @return this builder
		 */
		public Builder components(MessageComponent.TopLevel... components) {
			return components(java.util.Arrays.asList(components));
		}

		/** Remove all components ({@code "components": []}). @return this builder */
		public Builder clearComponents() {
			this.components = Patch.of(new ArrayList<>());
			return this;
		}

		/**
		 * Build and check.
		 * @return the edit
		 * @throws IllegalArgumentException naming the field at fault
		 */
		public MessageEdit build() {
			return new MessageEdit(this.content, this.embeds, this.flags, this.allowedMentions, this.keepAttachments,
					new ArrayList<>(this.files), this.components);
		}

	}

}
