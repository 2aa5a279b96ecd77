package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.StageInstance;

/**
 * STAGE_INSTANCE_CREATE: a stage went live.
 *
 * @param stageInstance the new stage instance
 */
public record StageInstanceCreateEvent(@JsonValue StageInstance stageInstance) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code stageInstance} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public StageInstanceCreateEvent {
		Objects.requireNonNull(stageInstance, "'stageInstance' must not be null");
	}

}
