package dev.serenity.simulator.world;

import java.time.Instant;

/**
 * An invite to a guild channel.
 *
 * @param code the code
 * @param guildId the guild
 * @param channelId the channel
 * @param inviterId who created it
 * @param maxAge its lifetime in seconds, 0 for forever
 * @param maxUses how often it can be used, 0 for unlimited
 * @param uses how often it was used
 * @param temporary whether it grants temporary membership
 * @param createdAt when it was created
 */
public record SimInvite(String code, long guildId, long channelId, long inviterId, int maxAge, int maxUses, int uses,
		boolean temporary, Instant createdAt) {

	/**
	 * Return when the invite expires.
	 * @return the instant, or {@code null} for an invite that never expires
	 */
	public Instant expiresAt() {
		return (this.maxAge > 0) ? this.createdAt.plusSeconds(this.maxAge) : null;
	}

}
