package dev.serenity.event;

import java.util.List;

import dev.serenity.model.Copies;
import dev.serenity.model.Snowflake;
import dev.serenity.model.SoundboardSound;

/**
 * SOUNDBOARD_SOUNDS: the answer to a request soundboard sounds command (op 31), one event per guild. Lists are never
 * {@code null}.
 *
 * @param guildId the guild
 * @param soundboardSounds the guild's sounds
 */
public record SoundboardSoundsEvent(Snowflake guildId, List<SoundboardSound> soundboardSounds) implements DiscordEvent {

	/**
	 * Create the event.
	 */
	public SoundboardSoundsEvent {
		soundboardSounds = Copies.list(soundboardSounds);
	}

}
