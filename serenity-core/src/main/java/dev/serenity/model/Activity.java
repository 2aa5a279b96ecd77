package dev.serenity.model;

import java.util.List;

/**
 * What a user is doing: playing, streaming, listening, watching, competing, or a custom status.
 *
 * @param name the activity's name
 * @param type the activity type
 * @param url the stream URL, for streaming
 * @param createdAt when the activity was added, in Unix milliseconds
 * @param timestamps when it started and ends
 * @param applicationId the application of a game
 * @param statusDisplayType which field the status shows: 0 name, 1 state, 2 details
 * @param details what the user is doing
 * @param detailsUrl the URL of the details
 * @param state the party status, or the text of a custom status
 * @param stateUrl the URL of the state
 * @param emoji the emoji of a custom status
 * @param party the party
 * @param assets the images and their hover texts
 * @param secrets the secrets for joining and spectating
 * @param instance whether the activity is an instanced game session
 * @param flags the activity flags
 */
public record Activity(String name, ActivityType type, String url, Long createdAt, Timestamps timestamps,
		Snowflake applicationId, Integer statusDisplayType, String details, String detailsUrl, String state,
		String stateUrl, Emoji emoji, Party party, Assets assets, Secrets secrets, Boolean instance, Integer flags) {

	/**
	 * When an activity started and ends.
	 *
	 * @param start the start, in Unix milliseconds
	 * @param end the end, in Unix milliseconds
	 */
	public record Timestamps(Long start, Long end) {
	}

	/**
	 * The party of an activity.
	 *
	 * @param id the party's id
	 * @param size the current and maximum size; never {@code null}
	 */
	public record Party(String id, List<Integer> size) {

		/**
		 * Create a party.
		 */
		public Party {
			size = Copies.list(size);
		}

	}

	/**
	 * The images of an activity.
	 *
	 * @param largeImage the large image
	 * @param largeText the large image's hover text
	 * @param largeUrl the URL opened by the large image
	 * @param smallImage the small image
	 * @param smallText the small image's hover text
	 * @param smallUrl the URL opened by the small image
	 */
	public record Assets(String largeImage, String largeText, String largeUrl, String smallImage, String smallText,
			String smallUrl) {
	}

	/**
	 * The secrets for joining or watching an activity.
	 *
	 * @param join the secret for joining the party
	 * @param spectate the secret for spectating
	 * @param match the secret for an instanced match
	 */
	public record Secrets(String join, String spectate, String match) {
	}

}
