package dev.serenity.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The type of a {@link Channel}. Values Discord adds later read as {@link #UNKNOWN}.
 */
public enum ChannelType {

	/** A text channel in a guild. */
	GUILD_TEXT(0),

	/** A direct message between two users. */
	DM(1),

	/** A voice channel in a guild. */
	GUILD_VOICE(2),

	/** A direct message between several users. */
	GROUP_DM(3),

	/** A category that holds up to 50 channels. */
	GUILD_CATEGORY(4),

	/** A channel that users can follow into their own guild. */
	GUILD_ANNOUNCEMENT(5),

	/** A store channel (removed from the API; seen in old payloads). */
	GUILD_STORE(6),

	/** A thread in an announcement channel. */
	ANNOUNCEMENT_THREAD(10),

	/** A public thread in a text or forum channel. */
	PUBLIC_THREAD(11),

	/** A private thread, visible to those invited and to moderators. */
	PRIVATE_THREAD(12),

	/** A voice channel for hosting events with an audience. */
	GUILD_STAGE_VOICE(13),

	/** The channel of a hub listing its guilds. */
	GUILD_DIRECTORY(14),

	/** A channel that only holds threads. */
	GUILD_FORUM(15),

	/** A channel that only holds threads, laid out for media. */
	GUILD_MEDIA(16),

	/** A value this version does not know. */
	UNKNOWN(-1);

	private static final ChannelType[] VALUES = values();

	private final int value;

	ChannelType(int value) {
		this.value = value;
	}

	/**
	 * Return Discord's value.
	 * @return the integer Discord sends, or {@code -1} for {@link #UNKNOWN}
	 */
	@JsonValue
	public int value() {
		return this.value;
	}

	/**
	 * Return the constant for a value.
	 * @param value the integer Discord sends
	 * @return the constant, or {@link #UNKNOWN}
	 */
	@JsonCreator
	public static ChannelType of(int value) {
		for (ChannelType candidate : VALUES) {
			if (candidate.value == value && candidate != UNKNOWN) {
				return candidate;
			}
		}
		return UNKNOWN;
	}

}
