package dev.serenity.simulator.gateway;

import java.util.EnumSet;
import java.util.Set;

/**
 * Gateway intents as the simulator understands them; the simulator keeps its own table so that a bug in the client's
 * model cannot hide itself in tests.
 */
public enum Intent {

	GUILDS(0, false),
	GUILD_MEMBERS(1, true),
	GUILD_MODERATION(2, false),
	GUILD_EXPRESSIONS(3, false),
	GUILD_INTEGRATIONS(4, false),
	GUILD_WEBHOOKS(5, false),
	GUILD_INVITES(6, false),
	GUILD_VOICE_STATES(7, false),
	GUILD_PRESENCES(8, true),
	GUILD_MESSAGES(9, false),
	GUILD_MESSAGE_REACTIONS(10, false),
	GUILD_MESSAGE_TYPING(11, false),
	DIRECT_MESSAGES(12, false),
	DIRECT_MESSAGE_REACTIONS(13, false),
	DIRECT_MESSAGE_TYPING(14, false),
	MESSAGE_CONTENT(15, true),
	GUILD_SCHEDULED_EVENTS(16, false),
	AUTO_MODERATION_CONFIGURATION(20, false),
	AUTO_MODERATION_EXECUTION(21, false),
	GUILD_MESSAGE_POLLS(24, false),
	DIRECT_MESSAGE_POLLS(25, false);

	/** Every bit Discord defines; any other bit in IDENTIFY gives close code 4013. */
	public static final long DEFINED_BITS;

	static {
		long bits = 0;
		for (Intent intent : values()) {
			bits |= intent.bit();
		}
		DEFINED_BITS = bits;
	}

	private final int shift;

	private final boolean privileged;

	Intent(int shift, boolean privileged) {
		this.shift = shift;
		this.privileged = privileged;
	}

	/**
	 * Return this intent's bit.
	 * @return {@code 1 << shift}
	 */
	public long bit() {
		return 1L << this.shift;
	}

	/**
	 * Return whether the intent must be enabled for the application before a bot may identify with it.
	 * @return whether privileged
	 */
	public boolean privileged() {
		return this.privileged;
	}

	/**
	 * Return whether the given bits include this intent.
	 * @param bits intent bits
	 * @return whether set
	 */
	public boolean in(long bits) {
		return (bits & bit()) != 0;
	}

	/**
	 * Return the intents set in the given bits.
	 * @param bits intent bits
	 * @return the defined intents among them
	 */
	public static Set<Intent> of(long bits) {
		Set<Intent> intents = EnumSet.noneOf(Intent.class);
		for (Intent intent : values()) {
			if (intent.in(bits)) {
				intents.add(intent);
			}
		}
		return intents;
	}

	/**
	 * Return the bits of the given intents.
	 * @param intents the intents
	 * @return their bits combined
	 */
	public static long bits(Iterable<Intent> intents) {
		long bits = 0;
		for (Intent intent : intents) {
			bits |= intent.bit();
		}
		return bits;
	}

}
