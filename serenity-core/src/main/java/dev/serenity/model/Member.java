package dev.serenity.model;

import java.time.Instant;
import java.util.List;

/**
 * A user's membership of a guild.
 *
 * @param user the user; absent only where the member is {@linkplain PartialMember partial}
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
 * @param collectibles the member's collectibles
 * @param guildId the guild, only on gateway events such as GUILD_MEMBER_ADD and GUILD_MEMBER_UPDATE
 */
public record Member(User user, String nick, String avatar, String banner, List<Snowflake> roles, Instant joinedAt,
		Instant premiumSince, Boolean deaf, Boolean mute, Integer flags, Boolean pending, Permissions permissions,
		Instant communicationDisabledUntil, User.AvatarDecorationData avatarDecorationData,
		User.Collectibles collectibles, Snowflake guildId) {

	/**
	 * Create a member.
	 */
	public Member {
		roles = Copies.list(roles);
	}

	/**
	 * Return the name to show in the guild: the nickname, else the user's display name.
	 * @return the name, or {@code null} when neither the nickname nor the user is known
	 */
	public String displayName() {
		if (this.nick != null) {
			return this.nick;
		}
		return (this.user != null) ? this.user.displayName() : null;
	}

	/**
	 * Return whether the member is timed out at an instant.
	 * @param now the instant to check
	 * @return whether {@code communicationDisabledUntil} is after {@code now}
	 */
	public boolean timedOutAt(Instant now) {
		return this.communicationDisabledUntil != null && this.communicationDisabledUntil.isAfter(now);
	}

}
