package dev.serenity.model;

import java.time.Instant;

/**
 * A user's membership of a thread.
 *
 * @param id the thread; absent where the thread is known from context
 * @param userId the user; absent where the user is known from context
 * @param joinTimestamp when the user last joined
 * @param flags user-specific settings such as notifications
 * @param member the guild member, when requested or in THREAD_MEMBERS_UPDATE
 * @param presence the member's presence, in THREAD_MEMBERS_UPDATE
 * @param guildId the guild, in THREAD_MEMBER_UPDATE
 */
public record ThreadMember(Snowflake id, Snowflake userId, Instant joinTimestamp, Integer flags, Member member,
		Presence presence, Snowflake guildId) {
}
