package dev.serenity.event;

import dev.serenity.model.Snowflake;

/**
 * VOICE_SERVER_UPDATE: the voice server of a guild was assigned or changed; a voice connection needs it.
 *
 * @param token the voice connection token; never log it
 * @param guildId the guild
 * @param endpoint the voice server host; {@code null} means the server went away, so wait for the next update
 */
public record VoiceServerUpdateEvent(String token, Snowflake guildId, String endpoint) implements DiscordEvent {

	/**
	 * Print the event without its token.
	 * @return a description naming the guild and endpoint
	 */
	@Override
	public String toString() {
		return "VoiceServerUpdateEvent[guildId=" + this.guildId + ", endpoint=" + this.endpoint + ", token=<redacted>]";
	}

}
