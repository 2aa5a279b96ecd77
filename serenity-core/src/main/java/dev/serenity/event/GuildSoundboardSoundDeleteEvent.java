package dev.serenity.event;

import dev.serenity.model.Snowflake;

/**
 * GUILD_SOUNDBOARD_SOUND_DELETE: a soundboard sound was deleted.
 *
 * @param soundId the deleted sound
 * @param guildId the guild
 */
public record GuildSoundboardSoundDeleteEvent(Snowflake soundId, Snowflake guildId) implements DiscordEvent {

}
