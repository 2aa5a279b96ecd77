package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.ThreadMember;

/**
 * THREAD_MEMBER_UPDATE: the bot's own thread membership changed.
 *
 * @param member the membership, with {@code guild_id}
 */
public record ThreadMemberUpdateEvent(@JsonValue ThreadMember member) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code member} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ThreadMemberUpdateEvent {
		Objects.requireNonNull(member, "'member' must not be null");
	}

}
