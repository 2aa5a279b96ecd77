package dev.serenity.event;

import java.time.Instant;
import java.util.List;

import dev.serenity.model.Copies;
import dev.serenity.model.PartialApplication;
import dev.serenity.model.Snowflake;
import dev.serenity.model.User;

/**
 * INVITE_CREATE: an invite was created. Lists are never {@code null}.
 *
 * @param channelId the channel it invites to
 * @param code the invite code
 * @param createdAt when it was created
 * @param guildId the guild
 * @param inviter the user who created it
 * @param maxAge its lifetime in seconds, 0 for forever
 * @param maxUses how often it can be used, 0 for unlimited
 * @param targetType 1 for a stream, 2 for an embedded application
 * @param targetUser the user whose stream it shows
 * @param targetApplication the embedded application it opens
 * @param temporary whether it grants temporary membership
 * @param uses how often it was used, always 0
 * @param expiresAt when it expires, {@code null} for never
 * @param roleIds the roles it grants
 */
public record InviteCreateEvent(Snowflake channelId, String code, Instant createdAt, Snowflake guildId, User inviter,
		Integer maxAge, Integer maxUses, Integer targetType, User targetUser, PartialApplication targetApplication,
		Boolean temporary, Integer uses, Instant expiresAt, List<Snowflake> roleIds) implements DiscordEvent {

	/**
	 * Create the event.
	 */
	public InviteCreateEvent {
		roleIds = Copies.list(roleIds);
	}

}
