package dev.serenity.simulator.world;

import java.time.Instant;

/**
 * A user's membership of a thread.
 *
 * @param threadId the thread
 * @param userId the user
 * @param joinTimestamp when the user joined
 * @param flags notification settings
 */
public record SimThreadMember(long threadId, long userId, Instant joinTimestamp, int flags) {
}
