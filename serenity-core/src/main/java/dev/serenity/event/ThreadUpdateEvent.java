package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Channel;

/**
 * THREAD_UPDATE: a thread was changed. Not sent when only {@code last_message_id} changes.
 *
 * @param thread the thread as it is now
 */
public record ThreadUpdateEvent(@JsonValue Channel thread) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code thread} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ThreadUpdateEvent {
		Objects.requireNonNull(thread, "'thread' must not be null");
	}

}
