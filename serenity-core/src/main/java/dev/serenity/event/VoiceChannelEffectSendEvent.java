package dev.serenity.event;

import dev.serenity.model.Emoji;
import dev.serenity.model.Snowflake;

/**
 * VOICE_CHANNEL_EFFECT_SEND: a user sent an emoji reaction or a soundboard sound in a voice channel.
 *
 * @param channelId the channel
 * @param guildId the guild
 * @param userId the user
 * @param emoji the emoji of a reaction or sound
 * @param animationType 0 premium, 1 basic
 * @param animationId the emoji animation
 * @param soundId the soundboard sound (default sounds have small ids)
 * @param soundVolume the sound's volume, from 0 to 1
 */
public record VoiceChannelEffectSendEvent(Snowflake channelId, Snowflake guildId, Snowflake userId, Emoji emoji,
		Integer animationType, Integer animationId, Snowflake soundId, Double soundVolume) implements DiscordEvent {

}
