package dev.serenity.event;

import dev.serenity.model.Snowflake;

/**
 * MESSAGE_POLL_VOTE_REMOVE: a user took back a poll vote; one event per answer.
 *
 * @param userId the user
 * @param channelId the channel
 * @param messageId the message
 * @param guildId the guild, absent in DMs
 * @param answerId the answer
 */
public record MessagePollVoteRemoveEvent(Snowflake userId, Snowflake channelId, Snowflake messageId, Snowflake guildId,
		Integer answerId) implements DiscordEvent {

}
