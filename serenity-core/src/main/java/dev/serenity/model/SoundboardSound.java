package dev.serenity.model;

/**
 * A soundboard sound.
 *
 * @param name the name
 * @param soundId the sound's id
 * @param volume the volume, from 0 to 1
 * @param emojiId the custom emoji
 * @param emojiName the unicode emoji
 * @param guildId the guild, absent for default sounds
 * @param available whether it can be used; {@code false} after losing boosts
 * @param user the user who created it
 */
public record SoundboardSound(String name, Snowflake soundId, Double volume, Snowflake emojiId, String emojiName,
		Snowflake guildId, Boolean available, User user) {
}
