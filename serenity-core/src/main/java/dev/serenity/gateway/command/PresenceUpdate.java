package dev.serenity.gateway.command;

import java.util.List;

import dev.serenity.model.OnlineStatus;

/**
 * A presence: status and activities, sent in IDENTIFY and with op 3.
 *
 * @param status the status
 * @param activities the activities, possibly empty
 * @param afk whether the bot is away
 * @param since when the bot went idle (Unix ms), or {@code null}
 */
public record PresenceUpdate(OnlineStatus status, List<ActivityData> activities, boolean afk, Long since) {

	public PresenceUpdate {
		if (status == null || status == OnlineStatus.UNKNOWN) {
			throw new IllegalArgumentException("presence 'status' must be ONLINE, DND, IDLE, INVISIBLE or OFFLINE but was "
					+ status);
		}
		activities = List.copyOf(activities);
	}

	/**
	 * Create an online presence with at most one activity.
	 * @param status the status
	 * @param activity the activity, or {@code null}
	 * @return the presence
	 */
	public static PresenceUpdate of(OnlineStatus status, ActivityData activity) {
		return new PresenceUpdate(status, (activity != null) ? List.of(activity) : List.of(), false, null);
	}

	/**
	 * Return the presence shown when none is configured.
	 * @return online, no activity
	 */
	public static PresenceUpdate online() {
		return of(OnlineStatus.ONLINE, null);
	}

}
