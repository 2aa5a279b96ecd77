package dev.serenity.simulator.world;

import java.time.Instant;
import java.util.List;

/**
 * A message stored by the simulator, posted by a simulated user or by the bot over REST.
 *
 * @param id the message's snowflake
 * @param channelId the channel
 * @param guildId the guild, or 0 in a DM
 * @param authorId the author
 * @param content the text
 * @param timestamp when it was sent
 * @param mentions mentioned user ids
 * @param referencedMessageId the message it replies to, or 0
 * @param embedCount how many embeds it carries
 */
public record SimMessage(long id, long channelId, long guildId, long authorId, String content, Instant timestamp,
		List<Long> mentions, long referencedMessageId, int embedCount) {

	public SimMessage {
		mentions = List.copyOf(mentions);
	}

}
