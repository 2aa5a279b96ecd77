package dev.serenity.model;

import java.time.Instant;

/**
 * An invite, as the REST API returns it, with its metadata when available.
 *
 * @param type 0 guild, 1 group DM, 2 friend
 * @param code the code
 * @param guild the guild (partial)
 * @param channel the channel (partial)
 * @param inviter the user who created it
 * @param targetType 1 for a stream, 2 for an embedded application
 * @param targetUser the user whose stream it shows
 * @param targetApplication the embedded application it opens
 * @param approximatePresenceCount the approximate online member count
 * @param approximateMemberCount the approximate member count
 * @param expiresAt when it expires
 * @param guildScheduledEvent the scheduled event it points to
 * @param flags the invite flags
 * @param uses how often it was used
 * @param maxUses how often it can be used, 0 for unlimited
 * @param maxAge its lifetime in seconds, 0 for forever
 * @param temporary whether it grants temporary membership
 * @param createdAt when it was created
 */
public record Invite(Integer type, String code, Guild guild, Channel channel, User inviter, Integer targetType,
		User targetUser, PartialApplication targetApplication, Integer approximatePresenceCount,
		Integer approximateMemberCount, Instant expiresAt, GuildScheduledEvent guildScheduledEvent, Integer flags,
		Integer uses, Integer maxUses, Integer maxAge, Boolean temporary, Instant createdAt) {
}
