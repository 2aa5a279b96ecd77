package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.StageInstance;

/**
 * STAGE_INSTANCE_UPDATE: a live stage was changed.
 *
 * @param stageInstance the stage instance as it is now
 */
public record StageInstanceUpdateEvent(@JsonValue StageInstance stageInstance) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code stageInstance} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public StageInstanceUpdateEvent {
		Objects.requireNonNull(stageInstance, "'stageInstance' must not be null");
	}

}
