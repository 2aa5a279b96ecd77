package dev.serenity.event;

import dev.serenity.model.Emoji;
import dev.serenity.model.Snowflake;

/**
 * MESSAGE_REACTION_REMOVE_EMOJI: all reactions of one emoji were removed from a message.
 *
 * @param channelId the channel
 * @param guildId the guild, absent in DMs
 * @param messageId the message
 * @param emoji the emoji (partial)
 */
public record MessageReactionRemoveEmojiEvent(Snowflake channelId, Snowflake guildId, Snowflake messageId,
		Emoji emoji) implements DiscordEvent {

}
