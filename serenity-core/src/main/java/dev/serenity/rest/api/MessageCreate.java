package dev.serenity.rest.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.serenity.model.Embed;
import dev.serenity.model.Message;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.RestFile;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.api.component.ComponentRules;
import dev.serenity.rest.api.component.MessageComponent;

/**
 * A message to send: the body of {@code POST /channels/{channel.id}/messages}. Immutable; every value is checked
 * when it is created, so bad input fails with an {@link IllegalArgumentException} naming the field before anything
 * is sent.
 *
 * <pre>{@code
 * MessageCreate message = MessageCreate.builder()
 *     .content("Report attached")
 *     .embed(embed)
 *     .file(RestFile.of("report.csv", bytes))
 *     .allowedMentions(AllowedMentions.none())
 *     .build();
 * api.create(channelId, message).subscribe();
 * }</pre>
 *
 * @param content the text, at most {@value #MAX_CONTENT_LENGTH} characters, or {@code null}
 * @param embeds the embeds, at most {@value #MAX_EMBEDS}, never {@code null}
 * @param allowedMentions which mentions notify, or {@code null} for Discord's default (all)
 * @param messageReference the message this one replies to, or {@code null}
 * @param nonce a value to recognize the message by, at most {@value #MAX_NONCE_LENGTH} characters, or {@code null}
 * @param enforceNonce whether Discord returns the message sent with the same nonce in the last minutes instead of
 * sending again
 * @param tts whether the message is read aloud
 * @param files the files to upload, at most {@value RestRequest#MAX_FILES}, never {@code null}
 * @param stickerIds the stickers, at most {@value #MAX_STICKERS}, never {@code null}
 * @param flags the message flags; only {@link #SETTABLE_FLAGS} may be set
 * @param components the components: up to {@value ComponentRules#MAX_ACTION_ROWS} action rows, or with
 * {@link #IS_COMPONENTS_V2} up to {@value ComponentRules#MAX_TOTAL_COMPONENTS} layout and content components in all;
 * never {@code null}
 * @param poll the poll, or {@code null}
 */
public record MessageCreate(String content, List<Embed> embeds, AllowedMentions allowedMentions,
		Reference messageReference, String nonce, boolean enforceNonce, boolean tts, List<RestFile> files,
		List<Snowflake> stickerIds, int flags, List<MessageComponent.TopLevel> components, PollCreate poll) {

	/** Most characters of {@code content}. */
	public static final int MAX_CONTENT_LENGTH = 2000;

	/** Most embeds of a message. */
	public static final int MAX_EMBEDS = 10;

	/** Most characters of a nonce. */
	public static final int MAX_NONCE_LENGTH = 25;

	/** Most stickers of a message. */
	public static final int MAX_STICKERS = 3;

	/** Flag: do not include embeds for the links of the content. */
	public static final int SUPPRESS_EMBEDS = 1 << 2;

	/** Flag: send no push or desktop notification. */
	public static final int SUPPRESS_NOTIFICATIONS = 1 << 12;

	/** Flag: the message is a voice message. */
	public static final int IS_VOICE_MESSAGE = 1 << 13;

	/** Flag: the message uses components v2. */
	public static final int IS_COMPONENTS_V2 = 1 << 15;

	/** The flags a message may be sent with. */
	public static final int SETTABLE_FLAGS = SUPPRESS_EMBEDS | SUPPRESS_NOTIFICATIONS | IS_VOICE_MESSAGE
			| IS_COMPONENTS_V2;

	/** Default of {@code tts}. */
	public static final boolean DEFAULT_TTS = false;

	/** Default of {@code enforceNonce}. */
	public static final boolean DEFAULT_ENFORCE_NONCE = false;

	/** Default of {@code flags}. */
	public static final int DEFAULT_FLAGS = 0;

	/**
	 * Create a message.
	 * @throws IllegalArgumentException naming the field when the message is empty (no content, embeds, files or
	 * stickers), the content is too long, there are too many embeds, files or stickers, an id is invalid, the nonce
	 * is too long or blank, or a flag cannot be set
	 */
	public MessageCreate {
		content = Checks.content("content", content, MAX_CONTENT_LENGTH);
		embeds = Checks.list("embeds", embeds, MAX_EMBEDS);
		EmbedLimits.check("embeds", embeds);
		files = Checks.list("files", files, RestRequest.MAX_FILES);
		stickerIds = Checks.ids("stickerIds", stickerIds, MAX_STICKERS);
		if (nonce != null && (nonce.isBlank() || nonce.length() > MAX_NONCE_LENGTH)) {
			throw new IllegalArgumentException("'nonce' must have 1 to " + MAX_NONCE_LENGTH
					+ " characters but has " + nonce.length());
		}
		if (enforceNonce && nonce == null) {
			throw new IllegalArgumentException("'enforceNonce' needs a 'nonce'");
		}
		MessageBodies.checkFlags(flags, SETTABLE_FLAGS,
				"SUPPRESS_EMBEDS, SUPPRESS_NOTIFICATIONS, IS_VOICE_MESSAGE and IS_COMPONENTS_V2");
		components = Checks.list("components", components, ComponentRules.MAX_TOTAL_COMPONENTS);
		boolean componentsV2 = (flags & IS_COMPONENTS_V2) != 0;
		if (componentsV2) {
			legacy("content", content != null && !content.isEmpty());
			legacy("embeds", !embeds.isEmpty());
			legacy("stickerIds", !stickerIds.isEmpty());
			legacy("poll", poll != null);
			if (components.isEmpty()) {
				throw new IllegalArgumentException("'components' must not be empty: a message with IS_COMPONENTS_V2 "
						+ "shows only its components");
			}
		}
		ComponentRules.checkMessage(components, componentsV2);
		MessageBodies.requireBody(content,
				embeds.isEmpty() && files.isEmpty() && stickerIds.isEmpty() && components.isEmpty() && poll == null,
				"a message needs content, embeds, files, stickers, components or a poll");
	}

	/**
	 * Create a message without components or poll (the constructor before they were added).
	 * @param content the text
	 * @param embeds the embeds
	 * @param allowedMentions which mentions notify
	 * @param messageReference the message replied to
	 * @param nonce the nonce
	 * @param enforceNonce whether the nonce is enforced
	 * @param tts whether the message is read aloud
	 * @param files the files
	 * @param stickerIds the stickers
	 * @param flags the flags
	 */
	public MessageCreate(String content, List<Embed> embeds, AllowedMentions allowedMentions,
			Reference messageReference, String nonce, boolean enforceNonce, boolean tts, List<RestFile> files,
			List<Snowflake> stickerIds, int flags) {
		this(content, embeds, allowedMentions, messageReference, nonce, enforceNonce, tts, files, stickerIds, flags,
				List.of(), null);
	}

	private static void legacy(String field, boolean set) {
		MessageBodies.legacy(field, set);
	}

	/**
	 * Create a text message with the defaults.
	 * @param content the text
	 * @return the message
	 * @throws IllegalArgumentException when the text is empty or too long
	 */
	public static MessageCreate of(String content) {
		return builder().content(content).build();
	}

	/**
	 * Start a builder with the defaults.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return a builder with this message's values.
	 * @return the builder
	 */
	public Builder toBuilder() {
		Builder builder = new Builder().content(this.content)
			.embeds(this.embeds)
			.allowedMentions(this.allowedMentions)
			.messageReference(this.messageReference)
			.nonce(this.nonce)
			.enforceNonce(this.enforceNonce)
			.tts(this.tts)
			.stickerIds(this.stickerIds)
			.flags(this.flags)
			.components(this.components)
			.poll(this.poll);
		this.files.forEach(builder::file);
		return builder;
	}

	/**
	 * Return a copy replying to a message.
	 * @param reference the message replied to
	 * @return the new message
	 */
	public MessageCreate withMessageReference(Reference reference) {
		return toBuilder().messageReference(reference).build();
	}

	/**
	 * Return the JSON body (the {@code payload_json} part when files are uploaded).
	 * @return the body, as a map
	 */
	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		if (this.content != null) {
			json.put("content", this.content);
		}
		if (!this.embeds.isEmpty()) {
			json.put("embeds", this.embeds);
		}
		if (this.allowedMentions != null) {
			json.put("allowed_mentions", this.allowedMentions.toJson());
		}
		if (this.messageReference != null) {
			json.put("message_reference", this.messageReference.toJson());
		}
		if (this.nonce != null) {
			json.put("nonce", this.nonce);
			if (this.enforceNonce) {
				json.put("enforce_nonce", true);
			}
		}
		if (this.tts) {
			json.put("tts", true);
		}
		if (!this.stickerIds.isEmpty()) {
			json.put("sticker_ids", Checks.json(this.stickerIds));
		}
		if (this.flags != 0) {
			json.put("flags", this.flags);
		}
		if (!this.components.isEmpty()) {
			json.put("components", ComponentRules.toJson(this.components));
		}
		if (this.poll != null) {
			json.put("poll", this.poll.toJson());
		}
		MessageBodies.putAttachments(json, this.files);
		return json;
	}

	@Override
	public String toString() {
		return "MessageCreate[content=" + ((this.content != null) ? this.content.length() + " chars" : "none")
				+ ", embeds=" + this.embeds.size() + ", files=" + this.files + ", reply="
				+ (this.messageReference != null) + ", flags=" + this.flags + ", components=" + this.components.size()
				+ ", poll=" + (this.poll != null) + "]";
	}

	/**
	 * The message a reply refers to: Discord's {@code message_reference} (type 0, a reply).
	 *
	 * @param messageId the message replied to
	 * @param channelId its channel, or {@code null} for the channel the reply is sent to
	 * @param guildId its guild, or {@code null}
	 * @param failIfNotExists whether sending fails when the message no longer exists ({@code false}: the reply is
	 * sent as a plain message)
	 */
	public record Reference(Snowflake messageId, Snowflake channelId, Snowflake guildId, boolean failIfNotExists) {

		/** Default of {@code failIfNotExists}, as Discord's. */
		public static final boolean DEFAULT_FAIL_IF_NOT_EXISTS = true;

		/**
		 * Create a reference.
		 * @throws IllegalArgumentException naming the field when an id is missing or invalid
		 */
		public Reference {
			Checks.id("messageReference.messageId", messageId);
			Checks.optionalId("messageReference.channelId", channelId);
			Checks.optionalId("messageReference.guildId", guildId);
		}

		/**
		 * Return a reference to a message in the channel the reply is sent to.
		 * @param messageId the message
		 * @return the reference, failing if the message does not exist
		 */
		public static Reference to(Snowflake messageId) {
			return new Reference(messageId, null, null, DEFAULT_FAIL_IF_NOT_EXISTS);
		}

		/**
		 * Return a reference to a received message.
		 * @param message the message
		 * @param failIfNotExists whether sending fails when it no longer exists
		 * @return the reference
		 */
		public static Reference to(Message message, boolean failIfNotExists) {
			if (message == null) {
				throw new IllegalArgumentException("'message' must not be null");
			}
			return new Reference(message.id(), message.channelId(), message.guildId(), failIfNotExists);
		}

		Map<String, Object> toJson() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("message_id", Checks.json(this.messageId));
			if (this.channelId != null) {
				json.put("channel_id", Checks.json(this.channelId));
			}
			if (this.guildId != null) {
				json.put("guild_id", Checks.json(this.guildId));
			}
			json.put("fail_if_not_exists", this.failIfNotExists);
			return json;
		}

	}

	/** Builds a {@link MessageCreate}; {@link #build()} checks the values. */
	public static final class Builder {

		private String content;

		private final List<Embed> embeds = new ArrayList<>();

		private AllowedMentions allowedMentions;

		private Reference messageReference;

		private String nonce;

		private boolean enforceNonce = DEFAULT_ENFORCE_NONCE;

		private boolean tts = DEFAULT_TTS;

		private final List<RestFile> files = new ArrayList<>();

		private List<Snowflake> stickerIds = List.of();

		private int flags = DEFAULT_FLAGS;

		private final List<MessageComponent.TopLevel> components = new ArrayList<>();

		private PollCreate poll;

		private Builder() {
		}

		/** Set the text. @param content the text, or {@code null} @return this builder */
		public Builder content(String content) {
			this.content = content;
			return this;
		}

		/** Add an embed. @param embed the embed @return this builder */
		public Builder embed(Embed embed) {
			this.embeds.add(embed);
			return this;
		}

		/** Replace the embeds. @param embeds the embeds @return this builder */
		public Builder embeds(List<Embed> embeds) {
			this.embeds.clear();
			if (embeds != null) {
				this.embeds.addAll(embeds);
			}
			return this;
		}

		/** Set which mentions notify. @param allowedMentions the mentions, or {@code null} @return this builder */
		public Builder allowedMentions(AllowedMentions allowedMentions) {
			this.allowedMentions = allowedMentions;
			return this;
		}

		/** Reply to a message. @param reference the reference, or {@code null} @return this builder */
		public Builder messageReference(Reference reference) {
			this.messageReference = reference;
			return this;
		}

		/** Set the nonce. @param nonce the nonce, or {@code null} @return this builder */
		public Builder nonce(String nonce) {
			this.nonce = nonce;
			return this;
		}

		/** Set whether the nonce is enforced. @param enforceNonce whether it is @return this builder */
		public Builder enforceNonce(boolean enforceNonce) {
			this.enforceNonce = enforceNonce;
			return this;
		}

		/** Set whether the message is read aloud. @param tts whether it is @return this builder */
		public Builder tts(boolean tts) {
			this.tts = tts;
			return this;
		}

		/** Add a file to upload. @param file the file @return this builder */
		public Builder file(RestFile file) {
			this.files.add(file);
			return this;
		}

		/** Set the stickers. @param stickerIds the stickers @return this builder */
		public Builder stickerIds(List<Snowflake> stickerIds) {
			this.stickerIds = stickerIds;
			return this;
		}

		/** Set the flags. @param flags the flags, see {@link #SETTABLE_FLAGS} @return this builder */
		public Builder flags(int flags) {
			this.flags = flags;
			return this;
		}

		/**
		 * Replace the components.
		 * @param components the top-level components (action rows, or with {@link #IS_COMPONENTS_V2} any layout
		 * and content component)
		 * @return this builder
		 */
		public Builder components(List<? extends MessageComponent.TopLevel> components) {
			this.components.clear();
			if (components != null) {
				this.components.addAll(components);
			}
			return this;
		}

		/**
		 * Replace the components.
		 * @param components the top-level components
		 * @return this builder
		 */
		public Builder components(MessageComponent.TopLevel... components) {
			return components(java.util.Arrays.asList(components));
		}

		/**
		 * Send the message with the Components V2 flag and these components instead of content and embeds.
		 * @param components the top-level components
		 * @return this builder
		 */
		public Builder componentsV2(MessageComponent.TopLevel... components) {
			this.flags |= IS_COMPONENTS_V2;
			return components(components);
		}

		/** Attach a poll. @param poll the poll, or {@code null} @return this builder */
		public Builder poll(PollCreate poll) {
			this.poll = poll;
			return this;
		}

		/**
		 * Build and check.
		 * @return the message
		 * @throws IllegalArgumentException naming the field at fault
		 */
		public MessageCreate build() {
			return new MessageCreate(this.content, new ArrayList<>(this.embeds), this.allowedMentions,
					this.messageReference, this.nonce, this.enforceNonce, this.tts, new ArrayList<>(this.files),
					this.stickerIds, this.flags, new ArrayList<>(this.components), this.poll);
		}

	}

}
