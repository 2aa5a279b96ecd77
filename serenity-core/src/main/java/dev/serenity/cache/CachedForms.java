package dev.serenity.cache;

import java.util.List;

import dev.serenity.model.Channel;
import dev.serenity.model.Guild;
import dev.serenity.model.Member;
import dev.serenity.model.Message;
import dev.serenity.model.Presence;
import dev.serenity.model.Snowflake;
import dev.serenity.model.User;
import dev.serenity.model.VoiceState;

/**
 * The forms in which records are cached: a guild without the lists other kinds hold, and channels, voice states,
 * presences and members that carry their guild's id (GUILD_CREATE leaves it out of the objects it nests) as the one
 * shared {@link Snowflake} of the guild, and a member's user as the one shared {@link User}.
 */
final class CachedForms {

	/** The discriminator of every user without a legacy tag, shared by all cached users. */
	static final String NO_DISCRIMINATOR = "0";

	private CachedForms() {
	}

	/**
	 * Return a guild without its roles, emojis, stickers, channels, threads, members, presences and voice states,
	 * which the cache keeps in their own stores.
	 */
	static Guild stripped(Guild g) {
		if (g.roles().isEmpty() && g.emojis().isEmpty() && g.stickers().isEmpty() && g.voiceStates().isEmpty()
				&& g.members().isEmpty() && g.channels().isEmpty() && g.threads().isEmpty() && g.presences().isEmpty()) {
			return g;
		}
		return new Guild(
				g.id(), g.name(), g.icon(), g.iconHash(), g.splash(), g.discoverySplash(), g.owner(), g.ownerId(),
				g.permissions(), g.region(), g.afkChannelId(), g.afkTimeout(), g.widgetEnabled(), g.widgetChannelId(),
				g.verificationLevel(), g.defaultMessageNotifications(), g.explicitContentFilter(), List.of(), List.of(),
				g.features(), g.mfaLevel(), g.applicationId(), g.systemChannelId(), g.systemChannelFlags(),
				g.rulesChannelId(), g.maxPresences(), g.maxMembers(), g.vanityUrlCode(), g.description(), g.banner(),
				g.premiumTier(), g.premiumSubscriptionCount(), g.preferredLocale(), g.publicUpdatesChannelId(),
				g.maxVideoChannelUsers(), g.maxStageVideoChannelUsers(), g.approximateMemberCount(),
				g.approximatePresenceCount(), g.welcomeScreen(), g.nsfwLevel(), List.of(), g.premiumProgressBarEnabled(),
				g.safetyAlertsChannelId(), g.incidentsData(), g.joinedAt(), g.large(), g.unavailable(), g.memberCount(),
				List.of(), List.of(), List.of(), List.of(), List.of(), g.stageInstances(), g.guildScheduledEvents(),
				g.soundboardSounds());
	}

	/** Return a channel that names its guild. */
	static Channel inGuild(Channel c, Snowflake guildId) {
		if (guildId == null || guildId.equals(c.guildId())) {
			return c;
		}
		return new Channel(
				c.id(), c.type(), guildId, c.position(), c.permissionOverwrites(), c.name(), c.topic(), c.nsfw(),
				c.lastMessageId(), c.bitrate(), c.userLimit(), c.rateLimitPerUser(), c.recipients(), c.icon(),
				c.ownerId(), c.applicationId(), c.managed(), c.parentId(), c.lastPinTimestamp(), c.rtcRegion(),
				c.videoQualityMode(), c.messageCount(), c.memberCount(), c.threadMetadata(), c.member(),
				c.defaultAutoArchiveDuration(), c.permissions(), c.flags(), c.totalMessageSent(), c.availableTags(),
				c.appliedTags(), c.defaultReactionEmoji(), c.defaultThreadRateLimitPerUser(), c.defaultSortOrder(),
				c.defaultForumLayout(), c.newlyCreated(), c.status());
	}

	/** Return a voice state that names its guild, without the member (cached on its own). */
	static VoiceState inGuild(VoiceState v, Snowflake guildId) {
		return new VoiceState(
				guildId, v.channelId(), v.userId(), null, v.sessionId(), v.deaf(), v.mute(), v.selfDeaf(), v.selfMute(),
				v.selfStream(), v.selfVideo(), v.suppress(), v.requestToSpeakTimestamp());
	}

	/** Return a presence that names its guild. */
	static Presence inGuild(Presence p, Snowflake guildId) {
		if (guildId == p.guildId()) {
			return p;
		}
		return new Presence(
				p.user(), guildId, p.status(), p.activities(), p.clientStatus());
	}

	/** Return a member that names its guild and holds the shared user. */
	static Member inGuild(Member m, User user, Snowflake guildId) {
		if (guildId == m.guildId() && user == m.user()) {
			return m;
		}
		return new Member(
				user, m.nick(), m.avatar(), m.banner(), m.roles(), m.joinedAt(), m.premiumSince(), m.deaf(), m.mute(),
				m.flags(), m.pending(), m.permissions(), m.communicationDisabledUntil(), m.avatarDecorationData(),
				m.collectibles(), guildId);
	}

	/** Return a user whose common strings are shared: discriminator {@code "0"}, a global name equal to the username. */
	static User compact(User u) {
		boolean discriminator = "0".equals(u.discriminator()) && u.discriminator() != NO_DISCRIMINATOR;
		boolean globalName = u.globalName() != null && u.globalName() != u.username()
				&& u.globalName().equals(u.username());
		if (!discriminator && !globalName) {
			return u;
		}
		return new User(
				u.id(), u.username(), discriminator ? NO_DISCRIMINATOR : u.discriminator(),
				globalName ? u.username() : u.globalName(), u.avatar(), u.bot(), u.system(), u.mfaEnabled(), u.banner(),
				u.accentColor(), u.locale(), u.verified(), u.email(), u.flags(), u.premiumType(), u.publicFlags(),
				u.avatarDecorationData(), u.collectibles(), u.primaryGuild(), u.member());
	}

	/** Return a message whose author is the shared user and whose guild id is the guild's one instance. */
	static Message withShared(Message m, User author, Snowflake guildId) {
		if (author == m.author() && guildId == m.guildId()) {
			return m;
		}
		return new Message(
				m.id(), m.channelId(), author, m.content(), m.timestamp(), m.editedTimestamp(), m.tts(),
				m.mentionEveryone(), m.mentions(), m.mentionRoles(), m.mentionChannels(), m.attachments(), m.embeds(),
				m.reactions(), m.nonce(), m.pinned(), m.webhookId(), m.type(), m.activity(), m.application(),
				m.applicationId(), m.flags(), m.messageReference(), m.messageSnapshots(), m.referencedMessage(),
				m.interactionMetadata(), m.interaction(), m.thread(), m.components(), m.stickerItems(), m.stickers(),
				m.position(), m.roleSubscriptionData(), m.resolved(), m.poll(), m.call(), guildId, m.member(),
				m.channelType());
	}

}
