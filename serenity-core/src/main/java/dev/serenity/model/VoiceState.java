package dev.serenity.model;

import java.time.Instant;

/**
 * A user's connection to a voice channel.
 *
 * @param guildId the guild; absent inside GUILD_CREATE
 * @param channelId the channel, {@code null} when the user left
 * @param userId the user
 * @param member the member
 * @param sessionId the voice session, which a voice connection needs
 * @param deaf whether the guild deafened the user
 * @param mute whether the guild muted the user
 * @param selfDeaf whether the user deafened themselves
 * @param selfMute whether the user muted themselves
 * @param selfStream whether the user is streaming
 * @param selfVideo whether the user's camera is on
 * @param suppress whether the user cannot speak (stage audience)
 * @param requestToSpeakTimestamp when the user asked to speak on a stage
 */
public record VoiceState(Snowflake guildId, Snowflake channelId, Snowflake userId, Member member, String sessionId,
		Boolean deaf, Boolean mute, Boolean selfDeaf, Boolean selfMute, Boolean selfStream, Boolean selfVideo,
		Boolean suppress, Instant requestToSpeakTimestamp) {
}
