package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.GuildScheduledEvent;

/**
 * GUILD_SCHEDULED_EVENT_DELETE: a scheduled event was deleted.
 *
 * @param scheduledEvent the deleted scheduled event
 */
public record GuildScheduledEventDeleteEvent(@JsonValue GuildScheduledEvent scheduledEvent) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code scheduledEvent} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public GuildScheduledEventDeleteEvent {
		Objects.requireNonNull(scheduledEvent, "'scheduledEvent' must not be null");
	}

}
