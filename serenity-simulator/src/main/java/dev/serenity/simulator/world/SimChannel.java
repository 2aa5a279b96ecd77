package dev.serenity.simulator.world;

import java.util.List;

/**
 * A channel of a guild, a thread, or a DM channel (guild id 0, with recipients).
 *
 * @param id the channel's snowflake
 * @param guildId the guild, or 0 for a DM
 * @param name the name, or {@code null} for a DM
 * @param type Discord's channel type (0 text, 1 DM, 2 voice, 4 category, ...)
 * @param position the sort position
 * @param parentId the category, or for a thread the channel it was created in, or 0
 * @param recipients the DM's other users
 * @param topic the topic, or {@code null}
 * @param nsfw whether the channel is age-restricted
 * @param rateLimitPerUser the slowmode delay in seconds
 * @param bitrate the voice bitrate, 0 for text channels
 * @param userLimit the voice user limit, 0 for none
 * @param overwrites the permission overwrites
 * @param ownerId the creator of a thread, or 0
 * @param thread the thread state, or {@code null} for a channel that is no thread
 */
public record SimChannel(long id, long guildId, String name, int type, int position, long parentId,
		List<Long> recipients, String topic, boolean nsfw, int rateLimitPerUser, int bitrate, int userLimit,
		List<SimOverwrite> overwrites, long ownerId, SimThread thread) {

	/** Guild text channel. */
	public static final int GUILD_TEXT = 0;

	/** Direct message. */
	public static final int DM = 1;

	/** Guild voice channel. */
	public static final int GUILD_VOICE = 2;

	/** Category. */
	public static final int GUILD_CATEGORY = 4;

	/** Announcement channel. */
	public static final int GUILD_ANNOUNCEMENT = 5;

	/** Thread of an announcement channel. */
	public static final int ANNOUNCEMENT_THREAD = 10;

	/** Public thread. */
	public static final int PUBLIC_THREAD = 11;

	/** Private thread. */
	public static final int PRIVATE_THREAD = 12;

	/** Stage channel. */
	public static final int GUILD_STAGE_VOICE = 13;

	/** Forum channel. */
	public static final int GUILD_FORUM = 15;

	/** Media channel. */
	public static final int GUILD_MEDIA = 16;

	/** Bitrate of a new voice channel. */
	public static final int DEFAULT_BITRATE = 64000;

	public SimChannel {
		recipients = List.copyOf(recipients);
		overwrites = List.copyOf(overwrites);
	}

	/**
	 * Create a channel with the defaults of the fields added after the first version (no topic, no overwrites, not
	 * a thread; voice channels get {@value #DEFAULT_BITRATE} bits per second).
	 * @param id the channel's snowflake
	 * @param guildId the guild, or 0 for a DM
	 * @param name the name
	 * @param type the channel type
	 * @param position the sort position
	 * @param parentId the category, or 0
	 * @param recipients the DM's other users
	 */
	public SimChannel(long id, long guildId, String name, int type, int position, long parentId,
			List<Long> recipients) {
		this(id, guildId, name, type, position, parentId, recipients, null, false, 0,
				isVoice(type) ? DEFAULT_BITRATE : 0, 0, List.of(), 0, null);
	}

	/**
	 * Return whether this is a DM channel.
	 * @return whether the channel belongs to no guild
	 */
	public boolean isDm() {
		return this.guildId == 0;
	}

	/**
	 * Return whether this is a thread.
	 * @return whether the type is 10, 11 or 12
	 */
	public boolean isThread() {
		return isThread(this.type);
	}

	/**
	 * Return whether a type is a thread type.
	 * @param type the channel type
	 * @return whether it is 10, 11 or 12
	 */
	public static boolean isThread(int type) {
		return type == ANNOUNCEMENT_THREAD || type == PUBLIC_THREAD || type == PRIVATE_THREAD;
	}

	/**
	 * Return whether a type is a voice type.
	 * @param type the channel type
	 * @return whether it is a voice or stage channel
	 */
	public static boolean isVoice(int type) {
		return type == GUILD_VOICE || type == GUILD_STAGE_VOICE;
	}

	/**
	 * Return a builder holding this channel's values.
	 * @return the builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/** Builds a changed copy of a channel. */
	public static final class Builder {

		private final long id;

		private final long guildId;

		private final List<Long> recipients;

		private String name;

		private int type;

		private int position;

		private long parentId;

		private String topic;

		private boolean nsfw;

		private int rateLimitPerUser;

		private int bitrate;

		private int userLimit;

		private List<SimOverwrite> overwrites;

		private long ownerId;

		private SimThread thread;

		private Builder(SimChannel channel) {
			this.id = channel.id;
			this.guildId = channel.guildId;
			this.recipients = channel.recipients;
			this.name = channel.name;
			this.type = channel.type;
			this.position = channel.position;
			this.parentId = channel.parentId;
			this.topic = channel.topic;
			this.nsfw = channel.nsfw;
			this.rateLimitPerUser = channel.rateLimitPerUser;
			this.bitrate = channel.bitrate;
			this.userLimit = channel.userLimit;
			this.overwrites = channel.overwrites;
			this.ownerId = channel.ownerId;
			this.thread = channel.thread;
		}

		public Builder name(String name) {
			this.name = name;
			return this;
		}

		public Builder type(int type) {
			this.type = type;
			return this;
		}

		public Builder position(int position) {
			this.position = position;
			return this;
		}

		public Builder parentId(long parentId) {
			this.parentId = parentId;
			return this;
		}

		public Builder topic(String topic) {
			this.topic = topic;
			return this;
		}

		public Builder nsfw(boolean nsfw) {
			this.nsfw = nsfw;
			return this;
		}

		public Builder rateLimitPerUser(int rateLimitPerUser) {
			this.rateLimitPerUser = rateLimitPerUser;
			return this;
		}

		public Builder bitrate(int bitrate) {
			this.bitrate = bitrate;
			return this;
		}

		public Builder userLimit(int userLimit) {
			this.userLimit = userLimit;
			return this;
		}

		public Builder overwrites(List<SimOverwrite> overwrites) {
			this.overwrites = overwrites;
			return this;
		}

		public Builder ownerId(long ownerId) {
			this.ownerId = ownerId;
			return this;
		}

		public Builder thread(SimThread thread) {
			this.thread = thread;
			return this;
		}

		/**
		 * Build the channel.
		 * @return the channel
		 */
		public SimChannel build() {
			return new SimChannel(this.id, this.guildId, this.name, this.type, this.position, this.parentId,
					this.recipients, this.topic, this.nsfw, this.rateLimitPerUser, this.bitrate, this.userLimit,
					this.overwrites, this.ownerId, this.thread);
		}

	}

}
