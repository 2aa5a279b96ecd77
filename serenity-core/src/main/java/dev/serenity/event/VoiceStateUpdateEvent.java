package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.VoiceState;

/**
 * VOICE_STATE_UPDATE: a user joined, left or moved between voice channels, or changed mute, deafen or stream state.
 *
 * @param voiceState the voice state; {@code channel_id} is {@code null} when the user left
 */
public record VoiceStateUpdateEvent(@JsonValue VoiceState voiceState) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code voiceState} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public VoiceStateUpdateEvent {
		Objects.requireNonNull(voiceState, "'voiceState' must not be null");
	}

}
