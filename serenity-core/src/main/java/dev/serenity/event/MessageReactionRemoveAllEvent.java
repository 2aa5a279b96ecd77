package dev.serenity.event;

import dev.serenity.model.Snowflake;

/**
 * MESSAGE_REACTION_REMOVE_ALL: all reactions were removed from a message.
 *
 * @param channelId the channel
 * @param messageId the message
 * @param guildId the guild, absent in DMs
 */
public record MessageReactionRemoveAllEvent(Snowflake channelId, Snowflake messageId,
		Snowflake guildId) implements DiscordEvent {

}
