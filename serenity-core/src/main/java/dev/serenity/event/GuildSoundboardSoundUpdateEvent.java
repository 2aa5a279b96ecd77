package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.SoundboardSound;

/**
 * GUILD_SOUNDBOARD_SOUND_UPDATE: a soundboard sound was changed.
 *
 * @param sound the sound as it is now
 */
public record GuildSoundboardSoundUpdateEvent(@JsonValue SoundboardSound sound) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code sound} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public GuildSoundboardSoundUpdateEvent {
		Objects.requireNonNull(sound, "'sound' must not be null");
	}

}
