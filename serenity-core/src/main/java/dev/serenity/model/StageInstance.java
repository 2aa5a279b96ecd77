package dev.serenity.model;

/**
 * A live stage.
 *
 * @param id the stage instance's id
 * @param guildId the guild
 * @param channelId the stage channel
 * @param topic the topic
 * @param privacyLevel 2 for guild-only
 * @param discoverableDisabled whether discovery is off (deprecated)
 * @param guildScheduledEventId the scheduled event it belongs to
 */
public record StageInstance(Snowflake id, Snowflake guildId, Snowflake channelId, String topic, Integer privacyLevel,
		Boolean discoverableDisabled, Snowflake guildScheduledEventId) {
}
