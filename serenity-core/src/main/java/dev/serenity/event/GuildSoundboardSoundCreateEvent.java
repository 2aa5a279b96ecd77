package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.SoundboardSound;

/**
 * GUILD_SOUNDBOARD_SOUND_CREATE: a soundboard sound was created.
 *
 * @param sound the new sound
 */
public record GuildSoundboardSoundCreateEvent(@JsonValue SoundboardSound sound) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code sound} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public GuildSoundboardSoundCreateEvent {
		Objects.requireNonNull(sound, "'sound' must not be null");
	}

}
