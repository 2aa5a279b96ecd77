package dev.serenity.model;

import java.time.Instant;
import java.util.List;

/**
 * A channel of any {@linkplain ChannelType type}: guild text, voice, category, announcement, stage, forum and media
 * channels, threads, and DMs. Fields that do not apply to a type are {@code null}; lists are never {@code null}.
 *
 * @param id the channel's id
 * @param type the channel type
 * @param guildId the guild; absent on DMs and sometimes on channels inside GUILD_CREATE
 * @param position the sorting position
 * @param permissionOverwrites the role and member overwrites
 * @param name the name
 * @param topic the topic
 * @param nsfw whether the channel is age-restricted
 * @param lastMessageId the latest message or thread, which may no longer exist
 * @param bitrate the voice bitrate in bits per second
 * @param userLimit the voice user limit, 0 for none
 * @param rateLimitPerUser the slowmode delay in seconds
 * @param recipients the users of a DM
 * @param icon the group DM icon hash
 * @param ownerId the creator of a group DM or thread
 * @param applicationId the application that created a group DM
 * @param managed whether an application manages the group DM
 * @param parentId the category of a channel, or the channel a thread was created in
 * @param lastPinTimestamp when a message was last pinned
 * @param rtcRegion the voice region, {@code null} for automatic
 * @param videoQualityMode 1 for automatic, 2 for 720p
 * @param messageCount the approximate number of messages in a thread, without the first
 * @param memberCount the approximate number of members in a thread, up to 50
 * @param threadMetadata the thread state
 * @param member the bot's thread membership, on threads the bot has joined
 * @param defaultAutoArchiveDuration the default archive delay of new threads, in minutes
 * @param permissions the invoking member's permissions, on channels in an interaction
 * @param flags the channel flags
 * @param totalMessageSent the number of messages ever sent in a thread
 * @param availableTags the tags of a forum or media channel
 * @param appliedTags the tags of a thread in a forum or media channel
 * @param defaultReactionEmoji the default reaction of a forum or media post
 * @param defaultThreadRateLimitPerUser the slowmode of new threads
 * @param defaultSortOrder the default sort order of a forum or media channel
 * @param defaultForumLayout the default layout of a forum channel
 * @param newlyCreated whether the thread was just created, in THREAD_CREATE
 * @param status the voice channel status
 */
public record Channel(Snowflake id, ChannelType type, Snowflake guildId, Integer position,
		List<PermissionOverwrite> permissionOverwrites, String name, String topic, Boolean nsfw,
		Snowflake lastMessageId, Integer bitrate, Integer userLimit, Integer rateLimitPerUser, List<User> recipients,
		String icon, Snowflake ownerId, Snowflake applicationId, Boolean managed, Snowflake parentId,
		Instant lastPinTimestamp, String rtcRegion, Integer videoQualityMode, Integer messageCount, Integer memberCount,
		ThreadMetadata threadMetadata, ThreadMember member, Integer defaultAutoArchiveDuration,
		Permissions permissions, Integer flags, Integer totalMessageSent, List<ForumTag> availableTags,
		List<Snowflake> appliedTags, DefaultReaction defaultReactionEmoji, Integer defaultThreadRateLimitPerUser,
		Integer defaultSortOrder, Integer defaultForumLayout, Boolean newlyCreated, String status) {

	/**
	 * Create a channel.
	 */
	public Channel {
		permissionOverwrites = Copies.list(permissionOverwrites);
		recipients = Copies.list(recipients);
		availableTags = Copies.list(availableTags);
		appliedTags = Copies.list(appliedTags);
	}

	/**
	 * Return whether the channel is a thread.
	 * @return whether the type is an announcement, public or private thread
	 */
	public boolean thread() {
		return this.type == ChannelType.ANNOUNCEMENT_THREAD || this.type == ChannelType.PUBLIC_THREAD
				|| this.type == ChannelType.PRIVATE_THREAD;
	}

	/**
	 * A tag that threads of a forum or media channel can carry.
	 *
	 * @param id the tag's id
	 * @param name the name
	 * @param moderated whether only moderators can apply it
	 * @param emojiId the custom emoji
	 * @param emojiName the unicode emoji
	 */
	public record ForumTag(Snowflake id, String name, Boolean moderated, Snowflake emojiId, String emojiName) {
	}

	/**
	 * The reaction added to new posts of a forum or media channel.
	 *
	 * @param emojiId the custom emoji
	 * @param emojiName the unicode emoji
	 */
	public record DefaultReaction(Snowflake emojiId, String emojiName) {
	}

}
