package dev.serenity.event;

import dev.serenity.model.Emoji;
import dev.serenity.model.Snowflake;

/**
 * MESSAGE_REACTION_REMOVE: a user removed a reaction.
 *
 * @param userId the user
 * @param channelId the channel
 * @param messageId the message
 * @param guildId the guild, absent in DMs
 * @param emoji the emoji (partial)
 * @param burst whether it was a super reaction
 * @param type 0 normal, 1 super
 */
public record MessageReactionRemoveEvent(Snowflake userId, Snowflake channelId, Snowflake messageId, Snowflake guildId,
		Emoji emoji, Boolean burst, Integer type) implements DiscordEvent {

}
