package dev.serenity.event;

import java.util.List;

import dev.serenity.model.Copies;
import dev.serenity.model.Emoji;
import dev.serenity.model.Member;
import dev.serenity.model.Snowflake;

/**
 * MESSAGE_REACTION_ADD: a user reacted to a message. Lists are never {@code null}.
 *
 * @param userId the user
 * @param channelId the channel
 * @param messageId the message
 * @param guildId the guild, absent in DMs
 * @param member the member, in guilds
 * @param emoji the emoji (partial)
 * @param messageAuthorId the author of the message
 * @param burst whether it is a super reaction
 * @param burstColors the colours of a super reaction, as {@code "#rrggbb"}
 * @param type 0 normal, 1 super
 */
public record MessageReactionAddEvent(Snowflake userId, Snowflake channelId, Snowflake messageId, Snowflake guildId,
		Member member, Emoji emoji, Snowflake messageAuthorId, Boolean burst, List<String> burstColors,
		Integer type) implements DiscordEvent {

	/**
	 * Create the event.
	 */
	public MessageReactionAddEvent {
		burstColors = Copies.list(burstColors);
	}

}
