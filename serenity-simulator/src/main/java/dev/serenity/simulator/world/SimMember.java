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
 * @param deaf whether the member is deafened in voice
 * @param mute whether the member is muted in voice
 * @param communicationDisabledUntil when the member's timeout ends, or {@code null}
 */
public record SimMember(long guildId, long userId, String nick, List<Long> roles, Instant joinedAt, boolean deaf,
		boolean mute, Instant communicationDisabledUntil) {

	public SimMember {
		roles = List.copyOf(roles);
	}

	/**
	 * Create a member who is neither muted, deafened nor timed out.
	 * @param guildId the guild
	 * @param userId the user
	 * @param nick the nickname, or {@code null}
	 * @param roles role ids, without {@code @everyone}
	 * @param joinedAt when the user joined
	 */
	public SimMember(long guildId, long userId, String nick, List<Long> roles, Instant joinedAt) {
		this(guildId, userId, nick, roles, joinedAt, false, false, null);
	}

	/**
	 * Return this member with other roles.
	 * @param newRoles the role ids
	 * @return the changed member
	 */
	public SimMember withRoles(List<Long> newRoles) {
		return new SimMember(this.guildId, this.userId, this.nick, newRoles, this.joinedAt, this.deaf, this.mute,
				this.communicationDisabledUntil);
	}

	/**
	 * Return this member with another nickname.
	 * @param newNick the nickname, or {@code null}
	 * @return the changed member
	 */
	public SimMember withNick(String newNick) {
		return new SimMember(this.guildId, this.userId, newNick, this.roles, this.joinedAt, this.deaf, this.mute,
				this.communicationDisabledUntil);
	}

}
