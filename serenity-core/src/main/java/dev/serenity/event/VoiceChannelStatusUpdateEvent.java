package dev.serenity.event;

import dev.serenity.model.Snowflake;

/**
 * VOICE_CHANNEL_STATUS_UPDATE: a voice channel's status was set or cleared.
 *
 * @param id the channel
 * @param guildId the guild
 * @param status the new status, {@code null} when cleared
 */
public record VoiceChannelStatusUpdateEvent(Snowflake id, Snowflake guildId, String status) implements DiscordEvent {

}
