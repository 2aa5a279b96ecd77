package dev.serenity.cache;

/**
 * The kinds of Discord state the cache keeps, each with its own {@link EntitySettings}.
 */
public enum CacheKind {

	/** Guilds, without the lists the other kinds hold. */
	GUILDS,

	/** Guild channels (threads are {@link #THREADS}). */
	CHANNELS,

	/** Active threads. */
	THREADS,

	/** Roles, by guild. */
	ROLES,

	/** Custom emojis, by guild. */
	EMOJIS,

	/** Guild stickers, by guild. */
	STICKERS,

	/** Guild members, by guild; which ones is the {@link MemberCachePolicy}'s choice. */
	MEMBERS,

	/** Users seen as members, once however many guilds they share with the bot. */
	USERS,

	/** Voice states of users connected to a voice channel, by guild. */
	VOICE_STATES,

	/** Presences of users who are not offline, by guild. */
	PRESENCES,

	/** Recent messages, by channel; the maximum size counts channels, not messages. */
	MESSAGES;

	/**
	 * Return the name used in properties, metrics and the actuator endpoint: lower case with dashes.
	 * @return e.g. {@code voice-states}
	 */
	public String displayName() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
