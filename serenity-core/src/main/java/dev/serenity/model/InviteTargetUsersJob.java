package dev.serenity.model;

import java.time.Instant;

/**
 * The status of the job that processes an invite's target users list ({@code GET /invites/{code}/target-users/
 * job-status}).
 *
 * @param status 0 unspecified, 1 processing, 2 completed, 3 failed (see {@code errorMessage})
 * @param totalUsers users in the provided list
 * @param processedUsers users processed so far
 * @param createdAt when the job was created
 * @param completedAt when it completed, or {@code null}
 * @param errorMessage why it failed, or {@code null}
 */
public record InviteTargetUsersJob(Integer status, Integer totalUsers, Integer processedUsers, Instant createdAt,
		Instant completedAt, String errorMessage) {

	/** Job status: still processing. */
	public static final int PROCESSING = 1;

	/** Job status: completed. */
	public static final int COMPLETED = 2;

	/** Job status: failed. */
	public static final int FAILED = 3;

}
