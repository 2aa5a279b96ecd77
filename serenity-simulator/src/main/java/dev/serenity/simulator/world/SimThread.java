package dev.serenity.simulator.world;

import java.time.Instant;

/**
 * The state of a thread (Discord's thread metadata).
 *
 * @param archived whether the thread is archived
 * @param autoArchiveDuration minutes of inactivity before it is archived: 60, 1440, 4320 or 10080
 * @param archiveTimestamp when the archived state last changed
 * @param locked whether only moderators can unarchive it
 * @param invitable whether non-moderators can add others to a private thread
 * @param createTimestamp when the thread was created
 * @param starterMessageId the message the thread was started from, or 0
 */
public record SimThread(boolean archived, int autoArchiveDuration, Instant archiveTimestamp, boolean locked,
		boolean invitable, Instant createTimestamp, long starterMessageId) {

	/** Default {@code auto_archive_duration}, in minutes. */
	public static final int DEFAULT_AUTO_ARCHIVE_DURATION = 4320;

	/**
	 * Return a copy archived or unarchived at an instant.
	 * @param archived the new state
	 * @param at when it changed
	 * @return the copy
	 */
	public SimThread withArchived(boolean archived, Instant at) {
		return new SimThread(archived, this.autoArchiveDuration, at, this.locked, this.invitable,
				this.createTimestamp, this.starterMessageId);
	}

	/**
	 * Return a copy with other settings.
	 * @param autoArchiveDuration the archive delay in minutes
	 * @param locked whether it is locked
	 * @param invitable whether members may invite others
	 * @return the copy
	 */
	public SimThread withSettings(int autoArchiveDuration, boolean locked, boolean invitable) {
		return new SimThread(this.archived, autoArchiveDuration, this.archiveTimestamp, locked, invitable,
				this.createTimestamp, this.starterMessageId);
	}

}
