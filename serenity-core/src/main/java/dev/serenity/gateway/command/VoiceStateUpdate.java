package dev.serenity.gateway.command;

import dev.serenity.model.Snowflake;

/**
 * Op 4: join, move within or leave voice in a guild.
 *
 * @param guildId the guild
 * @param channelId the voice channel, or {@code null} to leave
 * @param selfMute whether the bot mutes itself
 * @param selfDeaf whether the bot deafens itself
 */
public record VoiceStateUpdate(Snowflake guildId, Snowflake channelId, boolean selfMute, boolean selfDeaf) {

	public VoiceStateUpdate {
		if (guildId == null) {
			throw new IllegalArgumentException("'guildId' must not be null");
		}
	}

	/**
	 * Leave voice in a guild.
	 * @param guildId the guild
	 * @return the command
	 */
	public static VoiceStateUpdate leave(Snowflake guildId) {
		return new VoiceStateUpdate(guildId, null, false, false);
	}

}
