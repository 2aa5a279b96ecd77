package dev.serenity.model;

import java.time.Instant;
import java.util.List;

/**
 * A guild member without its {@code user}, as on a gateway message ({@code member}), on a mentioned user and in an
 * interaction's resolved data. Combine it with the user with {@link #withUser(User, Snowflake)}.
 *
 * @param nick the guild nickname
 * @param avatar the guild avatar hash
 * @param banner the guild banner hash
 * @param roles the ids of the member's roles, never {@code null}
 * @param joinedAt when the member joined; {@code null} for guest members
 * @param premiumSince when the member started boosting
 * @param deaf whether the member is deafened in voice
 * @param mute whether the member is muted in voice
 * @param flags the member flags
 * @param pending whether the member has not yet passed membership screening
 * @param permissions the member's permissions in the channel, only in interactions
 * @param communicationDisabledUntil when the member's timeout ends
 * @param avatarDecorationData the guild avatar decoration
 */
public record PartialMember(String nick, String avatar, String banner, List<Snowflake> roles, Instant joinedAt,
		Instant premiumSince, Boolean deaf, Boolean mute, Integer flags, Boolean pending, Permissions permissions,
		Instant communicationDisabledUntil, User.AvatarDecorationData avatarDecorationData) {

	/**
	 * Create a partial member.
	 */
	public PartialMember {
		roles = Copies.list(roles);
	}

	/**
	 * Return the full member for a user.
	 * @param user the user this member belongs to, such as a message's author
	 * @param guildId the guild, or {@code null}
	 * @return the member
	 */
	public Member withUser(User user, Snowflake guildId) {
		return new Member(user, this.nick, this.avatar, this.banner, this.roles, this.joinedAt, this.premiumSince,
				this.deaf, this.mute, this.flags, this.pending, this.permissions, this.communicationDisabledUntil,
				this.avatarDecorationData, null, guildId);
	}

}
