package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Member;

/**
 * GUILD_MEMBER_ADD: a user joined a guild.
 *
 * @param member the new member, with {@code guild_id}
 */
public record GuildMemberAddEvent(@JsonValue Member member) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code member} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public GuildMemberAddEvent {
		Objects.requireNonNull(member, "'member' must not be null");
	}

}
