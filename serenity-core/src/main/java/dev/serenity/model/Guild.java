package dev.serenity.model;

import java.time.Instant;
import java.util.List;

/**
 * A guild (a "server"), with the extra fields GUILD_CREATE carries. During an outage GUILD_CREATE and GUILD_DELETE
 * carry only {@code id} and {@code unavailable}. Lists are never {@code null}; they are empty when absent.
 *
 * @param id the guild's id
 * @param name the name
 * @param icon the icon hash
 * @param iconHash the icon hash, in template objects
 * @param splash the invite splash hash
 * @param discoverySplash the discovery splash hash
 * @param owner whether the current user owns the guild, only in the current user's guild list
 * @param ownerId the owner
 * @param permissions the current user's permissions, only in the current user's guild list
 * @param region the voice region (deprecated)
 * @param afkChannelId the AFK voice channel
 * @param afkTimeout the AFK timeout in seconds
 * @param widgetEnabled whether the widget is enabled
 * @param widgetChannelId the channel the widget invites to
 * @param verificationLevel the verification level, 0 (none) to 4 (very high)
 * @param defaultMessageNotifications 0 for all messages, 1 for mentions only
 * @param explicitContentFilter the explicit content filter, 0 to 2
 * @param roles the roles
 * @param emojis the custom emojis
 * @param features the enabled features, such as {@code "COMMUNITY"}
 * @param mfaLevel whether moderation needs two-factor authentication, 0 or 1
 * @param applicationId the application that created the guild
 * @param systemChannelId the channel for system messages
 * @param systemChannelFlags the system channel flags
 * @param rulesChannelId the rules channel of a community guild
 * @param maxPresences the presence limit, {@code null} for all but the largest guilds
 * @param maxMembers the member limit
 * @param vanityUrlCode the vanity invite code
 * @param description the description of a community guild
 * @param banner the banner hash
 * @param premiumTier the boost level, 0 to 3
 * @param premiumSubscriptionCount the number of boosts
 * @param preferredLocale the community guild's language
 * @param publicUpdatesChannelId the channel for Discord's notices to community guilds
 * @param maxVideoChannelUsers the limit of users in a video call
 * @param maxStageVideoChannelUsers the limit of users in a stage video call
 * @param approximateMemberCount the approximate member count, when asked for with counts
 * @param approximatePresenceCount the approximate online count, when asked for with counts
 * @param welcomeScreen the welcome screen of a community guild
 * @param nsfwLevel the age-restriction level, 0 to 3
 * @param stickers the custom stickers
 * @param premiumProgressBarEnabled whether the boost progress bar is shown
 * @param safetyAlertsChannelId the channel for safety alerts
 * @param incidentsData the raid and spam protection state
 * @param joinedAt when the bot joined (GUILD_CREATE)
 * @param large whether the guild is over the large threshold (GUILD_CREATE)
 * @param unavailable whether the guild is unavailable because of an outage (GUILD_CREATE, GUILD_DELETE)
 * @param memberCount the number of members (GUILD_CREATE)
 * @param voiceStates the voice states of members in voice, without {@code guild_id} (GUILD_CREATE)
 * @param members the members; for large guilds only the bot and members in voice (GUILD_CREATE)
 * @param channels the channels (GUILD_CREATE)
 * @param threads the active threads the bot can see (GUILD_CREATE)
 * @param presences the presences, as for {@code members} (GUILD_CREATE)
 * @param stageInstances the live stage instances (GUILD_CREATE)
 * @param guildScheduledEvents the scheduled events (GUILD_CREATE)
 * @param soundboardSounds the soundboard sounds (GUILD_CREATE)
 */
public record Guild(Snowflake id, String name, String icon, String iconHash, String splash, String discoverySplash,
		Boolean owner, Snowflake ownerId, Permissions permissions, String region, Snowflake afkChannelId,
		Integer afkTimeout, Boolean widgetEnabled, Snowflake widgetChannelId, Integer verificationLevel,
		Integer defaultMessageNotifications, Integer explicitContentFilter, List<Role> roles, List<Emoji> emojis,
		List<String> features, Integer mfaLevel, Snowflake applicationId, Snowflake systemChannelId,
		Integer systemChannelFlags, Snowflake rulesChannelId, Integer maxPresences, Integer maxMembers,
		String vanityUrlCode, String description, String banner, Integer premiumTier, Integer premiumSubscriptionCount,
		String preferredLocale, Snowflake publicUpdatesChannelId, Integer maxVideoChannelUsers,
		Integer maxStageVideoChannelUsers, Integer approximateMemberCount, Integer approximatePresenceCount,
		WelcomeScreen welcomeScreen, Integer nsfwLevel, List<Sticker> stickers, Boolean premiumProgressBarEnabled,
		Snowflake safetyAlertsChannelId, IncidentsData incidentsData, Instant joinedAt, Boolean large,
		Boolean unavailable, Integer memberCount, List<VoiceState> voiceStates, List<Member> members,
		List<Channel> channels, List<Channel> threads, List<Presence> presences, List<StageInstance> stageInstances,
		List<GuildScheduledEvent> guildScheduledEvents, List<SoundboardSound> soundboardSounds) {

	/**
	 * Create a guild.
	 */
	public Guild {
		roles = Copies.list(roles);
		emojis = Copies.list(emojis);
		features = Copies.list(features);
		stickers = Copies.list(stickers);
		voiceStates = Copies.list(voiceStates);
		members = Copies.list(members);
		channels = Copies.list(channels);
		threads = Copies.list(threads);
		presences = Copies.list(presences);
		stageInstances = Copies.list(stageInstances);
		guildScheduledEvents = Copies.list(guildScheduledEvents);
		soundboardSounds = Copies.list(soundboardSounds);
	}

	/**
	 * Return the shard that receives this guild's events.
	 * @param numShards the total number of shards
	 * @return the shard id
	 */
	public int shardId(int numShards) {
		return this.id.shardId(numShards);
	}

}
