package dev.serenity.simulator.world;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A message stored by the simulator, posted by a simulated user or by the bot over REST. Messages are immutable;
 * an edit, a pin or a reaction stores a changed copy (see {@link #toBuilder()}).
 *
 * @param id the message's snowflake
 * @param channelId the channel
 * @param guildId the guild, or 0 in a DM
 * @param authorId the author
 * @param type Discord's message type: {@link #DEFAULT}, {@link #CHANNEL_PINNED_MESSAGE} or {@link #REPLY}
 * @param content the text
 * @param timestamp when it was sent
 * @param editedTimestamp when it was last edited, or {@code null}
 * @param mentions mentioned user ids
 * @param mentionRoles mentioned role ids
 * @param mentionEveryone whether it mentions {@code @everyone} or {@code @here}
 * @param referencedMessageId the message it replies to (or, for a pin notice, the pinned message), or 0
 * @param embeds the embeds, as Discord renders them
 * @param components the message components, as sent
 * @param attachments the attached files
 * @param reactions the reactions, in the order they were first added
 * @param pinnedAt when it was pinned, or {@code null}
 * @param tts whether it is a text-to-speech message
 * @param flags the message flags
 * @param nonce the nonce the sender gave, or {@code null}
 */
public record SimMessage(long id, long channelId, long guildId, long authorId, int type, String content,
		Instant timestamp, Instant editedTimestamp, List<Long> mentions, List<Long> mentionRoles,
		boolean mentionEveryone, long referencedMessageId, ArrayNode embeds, ArrayNode components,
		List<SimAttachment> attachments, List<SimReaction> reactions, Instant pinnedAt, boolean tts, int flags,
		String nonce) {

	/** A regular message. */
	public static final int DEFAULT = 0;

	/** The notice Discord posts when a message is pinned. */
	public static final int CHANNEL_PINNED_MESSAGE = 6;

	/** A reply. */
	public static final int REPLY = 19;

	public SimMessage {
		mentions = List.copyOf(mentions);
		mentionRoles = List.copyOf(mentionRoles);
		embeds = (embeds != null) ? embeds.deepCopy() : JsonNodeFactory.instance.arrayNode();
		components = (components != null) ? components.deepCopy() : JsonNodeFactory.instance.arrayNode();
		attachments = List.copyOf(attachments);
		reactions = List.copyOf(reactions);
	}

	/**
	 * Create a plain text message.
	 * @param id the message's snowflake
	 * @param channelId the channel
	 * @param guildId the guild, or 0 in a DM
	 * @param authorId the author
	 * @param content the text
	 * @param timestamp when it was sent
	 * @param mentions mentioned user ids
	 */
	public SimMessage(long id, long channelId, long guildId, long authorId, String content, Instant timestamp,
			List<Long> mentions) {
		this(id, channelId, guildId, authorId, DEFAULT, content, timestamp, null, mentions, List.of(), false, 0,
				null, null, List.of(), List.of(), null, false, 0, null);
	}

	/**
	 * Return the embeds (a copy: the message stays unchanged).
	 * @return the embeds
	 */
	@Override
	public ArrayNode embeds() {
		return this.embeds.deepCopy();
	}

	/**
	 * Return the components (a copy: the message stays unchanged).
	 * @return the components
	 */
	@Override
	public ArrayNode components() {
		return this.components.deepCopy();
	}

	/**
	 * Return whether the message is pinned.
	 * @return whether {@link #pinnedAt()} is set
	 */
	public boolean pinned() {
		return this.pinnedAt != null;
	}

	/**
	 * Return a builder holding this message's values, to store a changed copy.
	 * @return a builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Return a builder for a new message with no content yet.
	 * @param id the message's snowflake
	 * @param channelId the channel
	 * @param guildId the guild, or 0 in a DM
	 * @param authorId the author
	 * @param timestamp when it was sent
	 * @return a builder
	 */
	public static Builder builder(long id, long channelId, long guildId, long authorId, Instant timestamp) {
		return new Builder(new SimMessage(id, channelId, guildId, authorId, "", timestamp, List.of()));
	}

	/**
	 * Builds a {@link SimMessage}, starting from another one's values.
	 */
	public static final class Builder {

		private final long id;

		private final long channelId;

		private final long guildId;

		private final long authorId;

		private final Instant timestamp;

		private int type;

		private String content;

		private Instant editedTimestamp;

		private List<Long> mentions;

		private List<Long> mentionRoles;

		private boolean mentionEveryone;

		private long referencedMessageId;

		private ArrayNode embeds;

		private ArrayNode components;

		private List<SimAttachment> attachments;

		private List<SimReaction> reactions;

		private Instant pinnedAt;

		private boolean tts;

		private int flags;

		private String nonce;

		private Builder(SimMessage message) {
			this.id = message.id;
			this.channelId = message.channelId;
			this.guildId = message.guildId;
			this.authorId = message.authorId;
			this.timestamp = message.timestamp;
			this.type = message.type;
			this.content = message.content;
			this.editedTimestamp = message.editedTimestamp;
			this.mentions = message.mentions;
			this.mentionRoles = message.mentionRoles;
			this.mentionEveryone = message.mentionEveryone;
			this.referencedMessageId = message.referencedMessageId;
			this.embeds = message.embeds;
			this.components = message.components;
			this.attachments = message.attachments;
			this.reactions = message.reactions;
			this.pinnedAt = message.pinnedAt;
			this.tts = message.tts;
			this.flags = message.flags;
			this.nonce = message.nonce;
		}

		public Builder type(int type) {
			this.type = type;
			return this;
		}

		public Builder content(String content) {
			this.content = content;
			return this;
		}

		public Builder editedTimestamp(Instant editedTimestamp) {
			this.editedTimestamp = editedTimestamp;
			return this;
		}

		/**
		 * Set who the message mentions.
		 * @param users user ids
		 * @param roles role ids
		 * @param everyone whether it mentions {@code @everyone} or {@code @here}
		 * @return this builder
		 */
		public Builder mentions(List<Long> users, List<Long> roles, boolean everyone) {
			this.mentions = users;
			this.mentionRoles = roles;
			this.mentionEveryone = everyone;
			return this;
		}

		public Builder referencedMessageId(long referencedMessageId) {
			this.referencedMessageId = referencedMessageId;
			return this;
		}

		public Builder embeds(ArrayNode embeds) {
			this.embeds = embeds;
			return this;
		}

		public Builder components(ArrayNode components) {
			this.components = components;
			return this;
		}

		public Builder attachments(List<SimAttachment> attachments) {
			this.attachments = attachments;
			return this;
		}

		public Builder reactions(List<SimReaction> reactions) {
			this.reactions = reactions;
			return this;
		}

		public Builder pinnedAt(Instant pinnedAt) {
			this.pinnedAt = pinnedAt;
			return this;
		}

		public Builder tts(boolean tts) {
			this.tts = tts;
			return this;
		}

		public Builder flags(int flags) {
			this.flags = flags;
			return this;
		}

		public Builder nonce(String nonce) {
			this.nonce = nonce;
			return this;
		}

		/**
		 * Build the message.
		 * @return the message
		 */
		public SimMessage build() {
			return new SimMessage(this.id, this.channelId, this.guildId, this.authorId, this.type, this.content,
					this.timestamp, this.editedTimestamp, this.mentions, this.mentionRoles, this.mentionEveryone,
					this.referencedMessageId, this.embeds, this.components, this.attachments, this.reactions,
					this.pinnedAt, this.tts, this.flags, this.nonce);
		}

	}

}
