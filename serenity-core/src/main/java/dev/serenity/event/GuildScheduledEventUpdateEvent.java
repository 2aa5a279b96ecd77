package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.GuildScheduledEvent;

/**
 * GUILD_SCHEDULED_EVENT_UPDATE: a scheduled event was changed, started or ended.
 *
 * @param scheduledEvent the scheduled event as it is now
 */
public record GuildScheduledEventUpdateEvent(@JsonValue GuildScheduledEvent scheduledEvent) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code scheduledEvent} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public GuildScheduledEventUpdateEvent {
		Objects.requireNonNull(scheduledEvent, "'scheduledEvent' must not be null");
	}

}
