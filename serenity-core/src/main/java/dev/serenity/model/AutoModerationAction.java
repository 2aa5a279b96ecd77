package dev.serenity.model;

/**
 * What an auto-moderation rule does when it triggers.
 *
 * @param type 1 block the message, 2 send an alert, 3 time the member out, 4 block member interactions
 * @param metadata the action's settings
 */
public record AutoModerationAction(Integer type, Metadata metadata) {

	/**
	 * The settings of an action.
	 *
	 * @param channelId the channel alerts go to
	 * @param durationSeconds the timeout length
	 * @param customMessage the text shown to the member when a message is blocked
	 */
	public record Metadata(Snowflake channelId, Integer durationSeconds, String customMessage) {
	}

}
