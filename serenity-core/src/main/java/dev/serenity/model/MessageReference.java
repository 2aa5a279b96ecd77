package dev.serenity.model;

/**
 * A message's link to another message: a reply, a forward or the source of a crosspost.
 *
 * @param type 0 for a reply or crosspost, 1 for a forward
 * @param messageId the message
 * @param channelId its channel
 * @param guildId its guild
 * @param failIfNotExists when sending: whether to fail if the message does not exist
 */
public record MessageReference(Integer type, Snowflake messageId, Snowflake channelId, Snowflake guildId,
		Boolean failIfNotExists) {
}
