package dev.serenity.model;

import java.time.Instant;

/**
 * The state of a thread.
 *
 * @param archived whether the thread is archived
 * @param autoArchiveDuration minutes of inactivity before it is archived: 60, 1440, 4320 or 10080
 * @param archiveTimestamp when the archived state last changed
 * @param locked whether only moderators can unarchive it
 * @param invitable whether non-moderators can add others to a private thread
 * @param createTimestamp when the thread was created, for threads created after 2022-01-09
 */
public record ThreadMetadata(Boolean archived, Integer autoArchiveDuration, Instant archiveTimestamp, Boolean locked,
		Boolean invitable, Instant createTimestamp) {
}
