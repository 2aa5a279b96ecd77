package dev.serenity.model;

import java.util.List;

/**
 * A user's status and activities in a guild.
 *
 * @param user the user; only {@code id} is guaranteed
 * @param guildId the guild; absent inside GUILD_CREATE
 * @param status the overall status
 * @param activities the current activities, never {@code null}
 * @param clientStatus the status on each platform
 */
public record Presence(User user, Snowflake guildId, OnlineStatus status, List<Activity> activities,
		ClientStatus clientStatus) {

	/**
	 * Create a presence.
	 */
	public Presence {
		activities = Copies.list(activities);
	}

}
