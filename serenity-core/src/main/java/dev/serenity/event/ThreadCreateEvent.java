package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Channel;

/**
 * THREAD_CREATE: a thread was created, or the bot was added to a private thread.
 *
 * @param thread the thread; {@code newly_created} is set for new threads, {@code member} when the bot was added
 */
public record ThreadCreateEvent(@JsonValue Channel thread) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code thread} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ThreadCreateEvent {
		Objects.requireNonNull(thread, "'thread' must not be null");
	}

	/**
	 * Return whether the thread was just created, as opposed to the bot being added to an existing private thread.
	 * @return whether {@code newly_created} is {@code true}
	 */
	public boolean newlyCreated() {
		return Boolean.TRUE.equals(this.thread.newlyCreated());
	}

}
