package dev.serenity.gateway;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Gateway intents: which groups of events a shard asks Discord for. Three are privileged and must be enabled for the
 * application in the Developer Portal, or Discord closes the shard with 4014.
 */
public enum GatewayIntent {

	/** Guilds, roles, channels, threads and stage instances. */
	GUILDS(0, false),

	/** Member joins, updates and leaves (privileged). */
	GUILD_MEMBERS(1, true),

	/** Bans and audit log entries. */
	GUILD_MODERATION(2, false),

	/** Emojis, stickers and soundboard sounds. */
	GUILD_EXPRESSIONS(3, false),

	/** Integrations. */
	GUILD_INTEGRATIONS(4, false),

	/** Webhooks. */
	GUILD_WEBHOOKS(5, false),

	/** Invites. */
	GUILD_INVITES(6, false),

	/** Voice states and voice channel effects. */
	GUILD_VOICE_STATES(7, false),

	/** Presences (privileged). */
	GUILD_PRESENCES(8, true),

	/** Messages in guilds. */
	GUILD_MESSAGES(9, false),

	/** Reactions in guilds. */
	GUILD_MESSAGE_REACTIONS(10, false),

	/** Typing in guilds. */
	GUILD_MESSAGE_TYPING(11, false),

	/** Direct messages. */
	DIRECT_MESSAGES(12, false),

	/** Reactions in direct messages. */
	DIRECT_MESSAGE_REACTIONS(13, false),

	/** Typing in direct messages. */
	DIRECT_MESSAGE_TYPING(14, false),

	/** Message content, embeds, attachments, components and polls (privileged). */
	MESSAGE_CONTENT(15, true),

	/** Scheduled events. */
	GUILD_SCHEDULED_EVENTS(16, false),

	/** Auto moderation rules. */
	AUTO_MODERATION_CONFIGURATION(20, false),

	/** Auto moderation actions. */
	AUTO_MODERATION_EXECUTION(21, false),

	/** Poll votes in guilds. */
	GUILD_MESSAGE_POLLS(24, false),

	/** Poll votes in direct messages. */
	DIRECT_MESSAGE_POLLS(25, false);

	/** Every bit Discord defines. */
	public static final long ALL_BITS;

	static {
		long bits = 0;
		for (GatewayIntent intent : values()) {
			bits |= intent.bit();
		}
		ALL_BITS = bits;
	}

	private final int shift;

	private final boolean privileged;

	GatewayIntent(int shift, boolean privileged) {
		this.shift = shift;
		this.privileged = privileged;
	}

	/**
	 * Return the intent's bit.
	 * @return {@code 1 << shift}
	 */
	public long bit() {
		return 1L << this.shift;
	}

	/**
	 * Return whether the intent is privileged.
	 * @return whether it must be enabled in the Developer Portal
	 */
	public boolean privileged() {
		return this.privileged;
	}

	/**
	 * Combine intents into Discord's bit set.
	 * @param intents the intents
	 * @return their bits
	 */
	public static long toBits(Collection<GatewayIntent> intents) {
		long bits = 0;
		for (GatewayIntent intent : intents) {
			bits |= intent.bit();
		}
		return bits;
	}

	/**
	 * Return the intents in a bit set; bits Discord does not define are ignored.
	 * @param bits the bit set
	 * @return the intents
	 */
	public static Set<GatewayIntent> fromBits(long bits) {
		Set<GatewayIntent> intents = EnumSet.noneOf(GatewayIntent.class);
		for (GatewayIntent intent : values()) {
			if ((bits & intent.bit()) != 0) {
				intents.add(intent);
			}
		}
		return intents;
	}

	/**
	 * Return the intents that are not privileged, Discord's usual default.
	 * @return every non-privileged intent
	 */
	public static Set<GatewayIntent> nonPrivileged() {
		Set<GatewayIntent> intents = EnumSet.noneOf(GatewayIntent.class);
		for (GatewayIntent intent : values()) {
			if (!intent.privileged) {
				intents.add(intent);
			}
		}
		return intents;
	}

}
