package dev.serenity.rest.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.serenity.model.ChannelType;
import dev.serenity.model.PermissionOverwrite;
import dev.serenity.model.Snowflake;

/**
 * A new guild channel: the body of {@code POST /guilds/{guild.id}/channels}. Only {@code name} is required; other
 * fields left {@code null} take Discord's defaults.
 *
 * <pre>{@code
 * ChannelCreate.text("bot-talk");
 * ChannelCreate.builder("Lobby").type(ChannelType.GUILD_VOICE).userLimit(10).build();
 * }</pre>
 *
 * @param name the name, 1 to 100 characters (Discord lower-cases text channel names and turns spaces into dashes)
 * @param type the type (text, voice, category, announcement, stage, forum or media); {@code null} for text
 * @param topic the topic, at most 1024 characters (4096 for forum and media channels)
 * @param position the sorting position
 * @param nsfw whether the channel is age-restricted
 * @param rateLimitPerUser the slowmode in seconds, 0 to 21600
 * @param bitrate the voice bitrate, at least 8000
 * @param userLimit the voice user limit, 0 to 99
 * @param permissionOverwrites the overwrites, at most 100; never {@code null}
 * @param parentId the category
 * @param defaultAutoArchiveDuration the archive delay of new threads: 60, 1440, 4320 or 10080 minutes
 */
public record ChannelCreate(String name, ChannelType type, String topic, Integer position, Boolean nsfw,
		Integer rateLimitPerUser, Integer bitrate, Integer userLimit, List<PermissionOverwrite> permissionOverwrites,
		Snowflake parentId, Integer defaultAutoArchiveDuration) {

	/** The types Discord creates through this endpoint. */
	public static final Set<ChannelType> CREATABLE_TYPES = Set.of(ChannelType.GUILD_TEXT, ChannelType.GUILD_VOICE,
			ChannelType.GUILD_CATEGORY, ChannelType.GUILD_ANNOUNCEMENT, ChannelType.GUILD_STAGE_VOICE,
			ChannelType.GUILD_FORUM, ChannelType.GUILD_MEDIA);

	/**
	 * Create a new channel's request.
	 * @throws IllegalArgumentException naming the field of a bad value
	 */
	public ChannelCreate {
		ChannelChecks.name("name", name);
		if (type != null && !CREATABLE_TYPES.contains(type)) {
			throw new IllegalArgumentException("'type' must be one of " + CREATABLE_TYPES + " but was " + type);
		}
		boolean forum = type == ChannelType.GUILD_FORUM || type == ChannelType.GUILD_MEDIA;
		Checks.content("topic", topic,
				forum ? ChannelChecks.MAX_FORUM_TOPIC_LENGTH : ChannelChecks.MAX_TOPIC_LENGTH);
		ChannelChecks.range("position", position, 0, Integer.MAX_VALUE);
		ChannelChecks.range("rateLimitPerUser", rateLimitPerUser, 0, ChannelChecks.MAX_RATE_LIMIT_PER_USER);
		ChannelChecks.range("bitrate", bitrate, ChannelChecks.MIN_BITRATE, Integer.MAX_VALUE);
		ChannelChecks.range("userLimit", userLimit, 0, ChannelChecks.MAX_USER_LIMIT);
		permissionOverwrites = ChannelChecks.overwrites("permissionOverwrites", permissionOverwrites);
		Checks.optionalId("parentId", parentId);
		if (parentId != null && type == ChannelType.GUILD_CATEGORY) {
			throw new IllegalArgumentException("'parentId' must be null for a category: categories do not nest");
		}
		ChannelChecks.autoArchiveDuration("defaultAutoArchiveDuration", defaultAutoArchiveDuration);
	}

	/**
	 * Return the request for a text channel with Discord's defaults.
	 * @param name the name
	 * @return the request
	 */
	public static ChannelCreate text(String name) {
		return builder(name).build();
	}

	/**
	 * Return a builder.
	 * @param name the name, 1 to 100 characters
	 * @return the builder
	 */
	public static Builder builder(String name) {
		return new Builder(name);
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", this.name);
		putIfSet(json, "type", (this.type != null) ? this.type.value() : null);
		putIfSet(json, "topic", this.topic);
		putIfSet(json, "position", this.position);
		putIfSet(json, "nsfw", this.nsfw);
		putIfSet(json, "rate_limit_per_user", this.rateLimitPerUser);
		putIfSet(json, "bitrate", this.bitrate);
		putIfSet(json, "user_limit", this.userLimit);
		if (!this.permissionOverwrites.isEmpty()) {
			json.put("permission_overwrites", ChannelChecks.json(this.permissionOverwrites));
		}
		putIfSet(json, "parent_id", (this.parentId != null) ? Checks.json(this.parentId) : null);
		putIfSet(json, "default_auto_archive_duration", this.defaultAutoArchiveDuration);
		return json;
	}

	private static void putIfSet(Map<String, Object> json, String name, Object value) {
		if (value != null) {
			json.put(name, value);
		}
	}

	/** Builds a {@link ChannelCreate}; {@link #build()} checks the values. */
	public static final class Builder {

		private final String name;

		private ChannelType type;

		private String topic;

		private Integer position;

		private Boolean nsfw;

		private Integer rateLimitPerUser;

		private Integer bitrate;

		private Integer userLimit;

		private List<PermissionOverwrite> permissionOverwrites = List.of();

		private Snowflake parentId;

		private Integer defaultAutoArchiveDuration;

		private Builder(String name) {
			this.name = name;
		}

		public Builder type(ChannelType type) {
			this.type = type;
			return this;
		}

		public Builder topic(String topic) {
			this.topic = topic;
			return this;
		}

		public Builder position(int position) {
			this.position = position;
			return this;
		}

		public Builder nsfw(boolean nsfw) {
			this.nsfw = nsfw;
			return this;
		}

		public Builder rateLimitPerUser(int seconds) {
			this.rateLimitPerUser = seconds;
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

		public Builder permissionOverwrites(List<PermissionOverwrite> overwrites) {
			this.permissionOverwrites = overwrites;
			return this;
		}

		public Builder parent(Snowflake parentId) {
			this.parentId = parentId;
			return this;
		}

		public Builder defaultAutoArchiveDuration(int minutes) {
			this.defaultAutoArchiveDuration = minutes;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException naming the field of a bad value
		 */
		public ChannelCreate build() {
			return new ChannelCreate(this.name, this.type, this.topic, this.position, this.nsfw,
					this.rateLimitPerUser, this.bitrate, this.userLimit, this.permissionOverwrites, this.parentId,
					this.defaultAutoArchiveDuration);
		}

	}

}
