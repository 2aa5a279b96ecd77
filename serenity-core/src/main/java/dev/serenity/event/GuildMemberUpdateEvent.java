package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Member;

/**
 * GUILD_MEMBER_UPDATE: a guild member was changed. Also sent for the bot itself without GUILD_MEMBERS.
 *
 * @param member the member as it is now, with {@code guild_id}
 */
public record GuildMemberUpdateEvent(@JsonValue Member member) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code member} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public GuildMemberUpdateEvent {
		Objects.requireNonNull(member, "'member' must not be null");
	}

}
