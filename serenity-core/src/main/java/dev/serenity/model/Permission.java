package dev.serenity.model;

/**
 * Discord's permission flags, each with its bit position in a {@link Permissions} bit set. Bit 47 is unused.
 */
public enum Permission {

	/** Creation of instant invites. */
	CREATE_INSTANT_INVITE(0),

	/** Kicking members. */
	KICK_MEMBERS(1),

	/** Banning members. */
	BAN_MEMBERS(2),

	/** Every permission, bypassing channel permission overwrites. */
	ADMINISTRATOR(3),

	/** Management and editing of channels. */
	MANAGE_CHANNELS(4),

	/** Management and editing of the guild. */
	MANAGE_GUILD(5),

	/** Adding new reactions to messages. */
	ADD_REACTIONS(6),

	/** Viewing of audit logs. */
	VIEW_AUDIT_LOG(7),

	/** Using priority speaker in a voice channel. */
	PRIORITY_SPEAKER(8),

	/** Going live in a voice channel. */
	STREAM(9),

	/** Viewing a channel: reading its messages or joining it for voice. */
	VIEW_CHANNEL(10),

	/** Sending messages in a channel and creating forum posts (not messages in threads). */
	SEND_MESSAGES(11),

	/** Sending of /tts messages. */
	SEND_TTS_MESSAGES(12),

	/** Deleting other members' messages. */
	MANAGE_MESSAGES(13),

	/** Links the member sends are embedded automatically. */
	EMBED_LINKS(14),

	/** Uploading images and files. */
	ATTACH_FILES(15),

	/** Reading of message history. */
	READ_MESSAGE_HISTORY(16),

	/** Using {@code @everyone} and {@code @here}. */
	MENTION_EVERYONE(17),

	/** Using custom emojis from other guilds. */
	USE_EXTERNAL_EMOJIS(18),

	/** Viewing guild insights. */
	VIEW_GUILD_INSIGHTS(19),

	/** Joining of a voice channel. */
	CONNECT(20),

	/** Speaking in a voice channel. */
	SPEAK(21),

	/** Muting members in a voice channel. */
	MUTE_MEMBERS(22),

	/** Deafening of members in a voice channel. */
	DEAFEN_MEMBERS(23),

	/** Moving of members between voice channels. */
	MOVE_MEMBERS(24),

	/** Using voice-activity-detection in a voice channel. */
	USE_VAD(25),

	/** Modification of own nickname. */
	CHANGE_NICKNAME(26),

	/** Changing other members' nicknames. */
	MANAGE_NICKNAMES(27),

	/** Management and editing of roles. */
	MANAGE_ROLES(28),

	/** Management and editing of webhooks. */
	MANAGE_WEBHOOKS(29),

	/** Editing and deleting emojis, stickers, and soundboard sounds created by all users. */
	MANAGE_GUILD_EXPRESSIONS(30),

	/** Using application commands: slash and context-menu commands. */
	USE_APPLICATION_COMMANDS(31),

	/** Requesting to speak in stage channels. */
	REQUEST_TO_SPEAK(32),

	/** Editing and deleting scheduled events created by all users. */
	MANAGE_EVENTS(33),

	/** Deleting and archiving threads, and viewing all private threads. */
	MANAGE_THREADS(34),

	/** Creating public and announcement threads. */
	CREATE_PUBLIC_THREADS(35),

	/** Creating private threads. */
	CREATE_PRIVATE_THREADS(36),

	/** Using custom stickers from other guilds. */
	USE_EXTERNAL_STICKERS(37),

	/** Sending messages in threads. */
	SEND_MESSAGES_IN_THREADS(38),

	/** Using Activities (applications with the EMBEDDED flag). */
	USE_EMBEDDED_ACTIVITIES(39),

	/** Timing out members. */
	MODERATE_MEMBERS(40),

	/** Viewing role subscription insights. */
	VIEW_CREATOR_MONETIZATION_ANALYTICS(41),

	/** Using soundboard in a voice channel. */
	USE_SOUNDBOARD(42),

	/** Creating emojis, stickers and soundboard sounds, and editing one's own. */
	CREATE_GUILD_EXPRESSIONS(43),

	/** Creating scheduled events, and editing and deleting those created by the current user. */
	CREATE_EVENTS(44),

	/** Using soundboard sounds from other guilds. */
	USE_EXTERNAL_SOUNDS(45),

	/** Sending voice messages. */
	SEND_VOICE_MESSAGES(46),

	/** Setting voice channel status. */
	SET_VOICE_CHANNEL_STATUS(48),

	/** Sending polls. */
	SEND_POLLS(49),

	/** Letting user-installed apps answer publicly. */
	USE_EXTERNAL_APPS(50),

	/** Pinning and unpinning messages. */
	PIN_MESSAGES(51),

	/** Bypassing slowmode restrictions. */
	BYPASS_SLOWMODE(52);


	private final int bit;

	Permission(int bit) {
		this.bit = bit;
	}

	/**
	 * Return the flag's bit position.
	 * @return the shift, 0 to 63
	 */
	public int bit() {
		return this.bit;
	}

	/**
	 * Return the flag's value in a bit set.
	 * @return {@code 1L << bit()}
	 */
	public long mask() {
		return 1L << this.bit;
	}

}
