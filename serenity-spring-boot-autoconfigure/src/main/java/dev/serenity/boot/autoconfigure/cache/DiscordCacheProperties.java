package dev.serenity.boot.autoconfigure.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.serenity.cache.CacheKind;
import dev.serenity.cache.CacheSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the Discord cache ({@code discord.cache.*}): what is kept per kind, how many messages per
 * channel, which members, and whether to ask for all members of large guilds at start-up.
 */
@ConfigurationProperties("discord.cache")
public class DiscordCacheProperties {

	/**
	 * Whether to cache Discord state at all.
	 */
	private boolean enabled = true;

	/**
	 * Messages kept per channel, 0 to 10000; 0 keeps none and leaves message events undecoded unless listened to.
	 */
	private int messagesPerChannel = CacheSettings.DEFAULT_MESSAGES_PER_CHANNEL;

	/**
	 * Which members to keep: any of all, none, online, voice and owner (a member is kept when one of them accepts
	 * it). A MemberCachePolicy bean takes precedence.
	 */
	private List<MemberPolicy> memberCachePolicy = new ArrayList<>(List.of(MemberPolicy.ALL));

	/**
	 * Whether to ask for all members (gateway op 8) of every large guild when it becomes available; needs the
	 * GUILD_MEMBERS intent.
	 */
	private boolean chunkMembers = CacheSettings.DEFAULT_CHUNK_MEMBERS;

	/**
	 * Guilds (without the lists the other kinds hold).
	 */
	private final Kind guilds = new Kind();

	/**
	 * Guild channels.
	 */
	private final Kind channels = new Kind();

	/**
	 * Active threads.
	 */
	private final Kind threads = new Kind();

	/**
	 * Roles.
	 */
	private final Kind roles = new Kind();

	/**
	 * Custom emojis.
	 */
	private final Kind emojis = new Kind();

	/**
	 * Guild stickers.
	 */
	private final Kind stickers = new Kind();

	/**
	 * Guild members (which ones: 'member-cache-policy').
	 */
	private final Kind members = new Kind();

	/**
	 * Users seen as members.
	 */
	private final Kind users = new Kind();

	/**
	 * Voice states of users connected to voice.
	 */
	private final Kind voiceStates = new Kind();

	/**
	 * Presences of users who are not offline.
	 */
	private final Kind presences = new Kind();

	/**
	 * Recent messages; 'maximum-size' counts channels holding messages.
	 */
	private final Kind messages = new Kind();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getMessagesPerChannel() {
		return this.messagesPerChannel;
	}

	public void setMessagesPerChannel(int messagesPerChannel) {
		this.messagesPerChannel = messagesPerChannel;
	}

	public List<MemberPolicy> getMemberCachePolicy() {
		return this.memberCachePolicy;
	}

	public void setMemberCachePolicy(List<MemberPolicy> memberCachePolicy) {
		this.memberCachePolicy = memberCachePolicy;
	}

	public boolean isChunkMembers() {
		return this.chunkMembers;
	}

	public void setChunkMembers(boolean chunkMembers) {
		this.chunkMembers = chunkMembers;
	}

	public Kind getGuilds() {
		return this.guilds;
	}

	public Kind getChannels() {
		return this.channels;
	}

	public Kind getThreads() {
		return this.threads;
	}

	public Kind getRoles() {
		return this.roles;
	}

	public Kind getEmojis() {
		return this.emojis;
	}

	public Kind getStickers() {
		return this.stickers;
	}

	public Kind getMembers() {
		return this.members;
	}

	public Kind getUsers() {
		return this.users;
	}

	public Kind getVoiceStates() {
		return this.voiceStates;
	}

	public Kind getPresences() {
		return this.presences;
	}

	public Kind getMessages() {
		return this.messages;
	}

	/**
	 * Return the settings of every kind, by kind.
	 * @return the kinds' settings
	 */
	public Map<CacheKind, Kind> kinds() {
		Map<CacheKind, Kind> kinds = new EnumMap<>(CacheKind.class);
		kinds.put(CacheKind.GUILDS, this.guilds);
		kinds.put(CacheKind.CHANNELS, this.channels);
		kinds.put(CacheKind.THREADS, this.threads);
		kinds.put(CacheKind.ROLES, this.roles);
		kinds.put(CacheKind.EMOJIS, this.emojis);
		kinds.put(CacheKind.STICKERS, this.stickers);
		kinds.put(CacheKind.MEMBERS, this.members);
		kinds.put(CacheKind.USERS, this.users);
		kinds.put(CacheKind.VOICE_STATES, this.voiceStates);
		kinds.put(CacheKind.PRESENCES, this.presences);
		kinds.put(CacheKind.MESSAGES, this.messages);
		return kinds;
	}

	/**
	 * What is kept of one kind.
	 */
	public static class Kind {

		/**
		 * Whether to cache this kind.
		 */
		private boolean enabled = true;

		/**
		 * Most entries kept, the least recently used going first; 0 for no limit.
		 */
		private long maximumSize;

		/**
		 * How long an entry is kept after it was last written; unset for ever.
		 */
		private Duration timeToLive;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public long getMaximumSize() {
			return this.maximumSize;
		}

		public void setMaximumSize(long maximumSize) {
			this.maximumSize = maximumSize;
		}

		public Duration getTimeToLive() {
			return this.timeToLive;
		}

		public void setTimeToLive(Duration timeToLive) {
			this.timeToLive = timeToLive;
		}

	}

	/**
	 * The member cache policies that can be named in properties.
	 */
	public enum MemberPolicy {

		/** Every member the gateway tells about. */
		ALL,

		/** None but the bot's own member. */
		NONE,

		/** Members whose presence is not offline. */
		ONLINE,

		/** Members connected to voice. */
		VOICE,

		/** The guild's owner. */
		OWNER

	}

}
