package dev.serenity.simulator.world;

import java.util.List;

/**
 * A channel of a guild, or a DM channel (guild id 0, with recipients).
 *
 * @param id the channel's snowflake
 * @param guildId the guild, or 0 for a DM
 * @param name the name, or {@code null} for a DM
 * @param type Discord's channel type (0 text, 1 DM, 2 voice, 4 category, ...)
 * @param position the sort position
 * @param parentId the category, or 0
 * @param recipients the DM's other users
 */
public record SimChannel(long id, long guildId, String name, int type, int position, long parentId,
		List<Long> recipients) {

	/** Guild text channel. */
	public static final int GUILD_TEXT = 0;

	/** Direct message. */
	public static final int DM = 1;

	/** Guild voice channel. */
	public static final int GUILD_VOICE = 2;

	/** Category. */
	public static final int GUILD_CATEGORY = 4;

	public SimChannel {
		recipients = List.copyOf(recipients);
	}

	/**
	 * Return whether this is a DM channel.
	 * @return whether the channel belongs to no guild
	 */
	public boolean isDm() {
		return this.guildId == 0;
	}

}
