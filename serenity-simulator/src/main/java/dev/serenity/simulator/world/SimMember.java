package dev.serenity.simulator.world;

import java.time.Instant;
import java.util.List;

/**
 * A user's membership of a guild.
 *
 * @param guildId the guild
 * @param userId the user
 * @param nick the nickname, or {@code null}
 * @param roles role ids, without {@code @everyone}
 * @param joinedAt when the user joined
 */
public record SimMember(long guildId, long userId, String nick, List<Long> roles, Instant joinedAt) {

	public SimMember {
		roles = List.copyOf(roles);
	}

}
