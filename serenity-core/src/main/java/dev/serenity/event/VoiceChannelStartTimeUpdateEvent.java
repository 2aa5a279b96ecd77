package dev.serenity.event;

import dev.serenity.model.Snowflake;

/**
 * VOICE_CHANNEL_START_TIME_UPDATE: a voice session started or ended in a channel.
 *
 * @param id the channel
 * @param guildId the guild
 * @param voiceStartTime when the session started, in Unix seconds; {@code null} when it ended
 */
public record VoiceChannelStartTimeUpdateEvent(Snowflake id, Snowflake guildId,
		Long voiceStartTime) implements DiscordEvent {

}
