package dev.serenity.rest.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.serenity.model.ChannelType;
import dev.serenity.model.PermissionOverwrite;
import dev.serenity.model.Snowflake;

/**
 * A change to a channel or thread: the body of {@code PATCH /channels/{channel.id}}. Each field is a {@link Patch}:
 * absent fields are left out, cleared ones are sent as {@code null}. Channel fields ({@code topic}, {@code nsfw},
 * {@code position}, {@code parent_id}, overwrites, voice settings) and thread fields ({@code archived},
 * {@code auto_archive_duration}, {@code locked}, {@code invitable}) may be mixed; Discord ignores the ones that do not
 * apply to the channel's type.
 *
 * <pre>{@code
 * ChannelEdit.builder().topic("Rules").rateLimitPerUser(10).build();
 * ChannelEdit.builder().archived(true).locked(true).build();      // a thread
 * ChannelEdit.builder().clearParent().build();                    // out of its category
 * }</pre>
 *
 * @param name the name, 1 to 100 characters (cannot be cleared)
 * @param type the type; only text and announcement channels convert into each other
 * @param position the sorting position
 * @param topic the topic, at most 1024 characters (4096 for forum and media channels)
 * @param nsfw whether the channel is age-restricted
 * @param rateLimitPerUser the slowmode in seconds, 0 to 21600
 * @param bitrate the voice bitrate, at least 8000
 * @param userLimit the voice user limit, 0 (none) to 99
 * @param permissionOverwrites the overwrites, at most 100
 * @param parentId the category
 * @param archived whether the thread is archived
 * @param autoArchiveDuration the thread's archive delay: 60, 1440, 4320 or 10080 minutes
 * @param locked whether only moderators can unarchive the thread
 * @param invitable whether non-moderators can add others to the private thread
 */
public record ChannelEdit(Patch<String> name, Patch<ChannelType> type, Patch<Integer> position, Patch<String> topic,
		Patch<Boolean> nsfw, Patch<Integer> rateLimitPerUser, Patch<Integer> bitrate, Patch<Integer> userLimit,
		Patch<List<PermissionOverwrite>> permissionOverwrites, Patch<Snowflake> parentId, Patch<Boolean> archived,
		Patch<Integer> autoArchiveDuration, Patch<Boolean> locked, Patch<Boolean> invitable) {

	/**
	 * Create an edit.
	 * @throws IllegalArgumentException naming the field when a value is out of Discord's range or nothing changes
	 */
	public ChannelEdit {
		name = Patches.orAbsent(name);
		type = Patches.orAbsent(type);
		position = Patches.orAbsent(position);
		topic = Patches.orAbsent(topic);
		nsfw = Patches.orAbsent(nsfw);
		rateLimitPerUser = Patches.orAbsent(rateLimitPerUser);
		bitrate = Patches.orAbsent(bitrate);
		userLimit = Patches.orAbsent(userLimit);
		permissionOverwrites = Patches.orAbsent(permissionOverwrites)
			.map((list) -> ChannelChecks.overwrites("permissionOverwrites", list));
		parentId = Patches.orAbsent(parentId).map((id) -> Checks.id("parentId", id));
		archived = Patches.orAbsent(archived);
		autoArchiveDuration = Patches.orAbsent(autoArchiveDuration);
		locked = Patches.orAbsent(locked);
		invitable = Patches.orAbsent(invitable);
		if (name.cleared()) {
			throw new IllegalArgumentException("'name' cannot be cleared");
		}
		if (name.value() != null) {
			ChannelChecks.name("name", name.value());
		}
		if (type.value() != null && type.value() != ChannelType.GUILD_TEXT
				&& type.value() != ChannelType.GUILD_ANNOUNCEMENT) {
			throw new IllegalArgumentException("'type' may only be GUILD_TEXT or GUILD_ANNOUNCEMENT but was "
					+ type.value());
		}
		ChannelChecks.range("position", position.value(), 0, Integer.MAX_VALUE);
		Checks.content("topic", topic.value(), ChannelChecks.MAX_FORUM_TOPIC_LENGTH);
		ChannelChecks.range("rateLimitPerUser", rateLimitPerUser.value(), 0, ChannelChecks.MAX_RATE_LIMIT_PER_USER);
		ChannelChecks.range("bitrate", bitrate.value(), ChannelChecks.MIN_BITRATE, Integer.MAX_VALUE);
		ChannelChecks.range("userLimit", userLimit.value(), 0, ChannelChecks.MAX_USER_LIMIT);
		ChannelChecks.autoArchiveDuration("autoArchiveDuration", autoArchiveDuration.value());
		Patches.requireChange("name", name, type, position, topic, nsfw, rateLimitPerUser, bitrate, userLimit,
				permissionOverwrites, parentId, archived, autoArchiveDuration, locked, invitable);
	}

	/**
	 * Return a builder; fields not set stay absent.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		Patches.put(json, "name", this.name);
		Patches.put(json, "type", this.type.map(ChannelType::value));
		Patches.put(json, "position", this.position);
		Patches.put(json, "topic", this.topic);
		Patches.put(json, "nsfw", this.nsfw);
		Patches.put(json, "rate_limit_per_user", this.rateLimitPerUser);
		Patches.put(json, "bitrate", this.bitrate);
		Patches.put(json, "user_limit", this.userLimit);
		Patches.put(json, "permission_overwrites", this.permissionOverwrites.map(ChannelChecks::json));
		Patches.put(json, "parent_id", this.parentId.map(Checks::json));
		Patches.put(json, "archived", this.archived);
		Patches.put(json, "auto_archive_duration", this.autoArchiveDuration);
		Patches.put(json, "locked", this.locked);
		Patches.put(json, "invitable", this.invitable);
		return json;
	}

	/** Builds a {@link ChannelEdit}; {@link #build()} checks the values. */
	public static final class Builder {

		private Patch<String> name = Patch.absent();

		private Patch<ChannelType> type = Patch.absent();

		private Patch<Integer> position = Patch.absent();

		private Patch<String> topic = Patch.absent();

		private Patch<Boolean> nsfw = Patch.absent();

		private Patch<Integer> rateLimitPerUser = Patch.absent();

		private Patch<Integer> bitrate = Patch.absent();

		private Patch<Integer> userLimit = Patch.absent();

		private Patch<List<PermissionOverwrite>> permissionOverwrites = Patch.absent();

		private Patch<Snowflake> parentId = Patch.absent();

		private Patch<Boolean> archived = Patch.absent();

		private Patch<Integer> autoArchiveDuration = Patch.absent();

		private Patch<Boolean> locked = Patch.absent();

		private Patch<Boolean> invitable = Patch.absent();

		private Builder() {
		}

		/**
		 * Rename the channel or thread.
		 * @param name 1 to 100 characters
		 * @return this builder
		 */
		public Builder name(String name) {
			this.name = Patch.of(name);
			return this;
		}

		/**
		 * Convert a text channel into an announcement channel or back.
		 * @param type {@link ChannelType#GUILD_TEXT} or {@link ChannelType#GUILD_ANNOUNCEMENT}
		 * @return this builder
		 */
		public Builder type(ChannelType type) {
			this.type = Patch.of(type);
			return this;
		}

		/**
		 * Move the channel.
		 * @param position the sorting position
		 * @return this builder
		 */
		public Builder position(int position) {
			this.position = Patch.of(position);
			return this;
		}

		/**
		 * Set the topic ({@code null} clears it).
		 * @param topic the topic
		 * @return this builder
		 */
		public Builder topic(String topic) {
			this.topic = Patch.of(topic);
			return this;
		}

		/**
		 * Mark the channel age-restricted or not.
		 * @param nsfw whether it is
		 * @return this builder
		 */
		public Builder nsfw(boolean nsfw) {
			this.nsfw = Patch.of(nsfw);
			return this;
		}

		/**
		 * Set the slowmode.
		 * @param seconds 0 to 21600
		 * @return this builder
		 */
		public Builder rateLimitPerUser(int seconds) {
			this.rateLimitPerUser = Patch.of(seconds);
			return this;
		}

		/**
		 * Set a voice channel's bitrate.
		 * @param bitrate at least 8000
		 * @return this builder
		 */
		public Builder bitrate(int bitrate) {
			this.bitrate = Patch.of(bitrate);
			return this;
		}

		/**
		 * Set a voice channel's user limit.
		 * @param userLimit 0 (none) to 99
		 * @return this builder
		 */
		public Builder userLimit(int userLimit) {
			this.userLimit = Patch.of(userLimit);
			return this;
		}

		/**
		 * Replace every permission overwrite.
		 * @param overwrites the overwrites ({@code null} clears them)
		 * @return this builder
		 */
		public Builder permissionOverwrites(List<PermissionOverwrite> overwrites) {
			this.permissionOverwrites = Patch.of(overwrites);
			return this;
		}

		/**
		 * Move the channel into a category.
		 * @param parentId the category
		 * @return this builder
		 */
		public Builder parent(Snowflake parentId) {
			this.parentId = Patch.of(parentId);
			return this;
		}

		/**
		 * Move the channel out of its category ({@code parent_id: null}).
		 * @return this builder
		 */
		public Builder clearParent() {
			this.parentId = Patch.clear();
			return this;
		}

		/**
		 * Archive or unarchive a thread.
		 * @param archived whether it is archived
		 * @return this builder
		 */
		public Builder archived(boolean archived) {
			this.archived = Patch.of(archived);
			return this;
		}

		/**
		 * Set a thread's archive delay.
		 * @param minutes 60, 1440, 4320 or 10080
		 * @return this builder
		 */
		public Builder autoArchiveDuration(int minutes) {
			this.autoArchiveDuration = Patch.of(minutes);
			return this;
		}

		/**
		 * Lock or unlock a thread.
		 * @param locked whether only moderators can unarchive it
		 * @return this builder
		 */
		public Builder locked(boolean locked) {
			this.locked = Patch.of(locked);
			return this;
		}

		/**
		 * Let non-moderators add others to a private thread, or not.
		 * @param invitable whether they may
		 * @return this builder
		 */
		public Builder invitable(boolean invitable) {
			this.invitable = Patch.of(invitable);
			return this;
		}

		/**
		 * Build the edit.
		 * @return the edit
		 * @throws IllegalArgumentException naming the field of a bad value, or when nothing changes
		 */
		public ChannelEdit build() {
			return new ChannelEdit(this.name, this.type, this.position, this.topic, this.nsfw, this.rateLimitPerUser,
					this.bitrate, this.userLimit, this.permissionOverwrites, this.parentId, this.archived,
					this.autoArchiveDuration, this.locked, this.invitable);
		}

	}

}
