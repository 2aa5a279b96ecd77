package dev.serenity.event;

import java.util.List;

import dev.serenity.model.Copies;
import dev.serenity.model.Snowflake;
import dev.serenity.model.SoundboardSound;

/**
 * GUILD_SOUNDBOARD_SOUNDS_UPDATE: several of a guild's soundboard sounds changed. Lists are never {@code null}.
 *
 * @param guildId the guild
 * @param soundboardSounds the changed sounds
 */
public record GuildSoundboardSoundsUpdateEvent(Snowflake guildId,
		List<SoundboardSound> soundboardSounds) implements DiscordEvent {

	/**
	 * Create the event.
	 */
	public GuildSoundboardSoundsUpdateEvent {
		soundboardSounds = Copies.list(soundboardSounds);
	}

}
