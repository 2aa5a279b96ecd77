package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.GuildScheduledEvent;

/**
 * GUILD_SCHEDULED_EVENT_CREATE: a scheduled event was created.
 *
 * @param scheduledEvent the new scheduled event
 */
public record GuildScheduledEventCreateEvent(@JsonValue GuildScheduledEvent scheduledEvent) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code scheduledEvent} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public GuildScheduledEventCreateEvent {
		Objects.requireNonNull(scheduledEvent, "'scheduledEvent' must not be null");
	}

}
