package dev.serenity.event;

import java.util.List;

import dev.serenity.model.Copies;
import dev.serenity.model.Snowflake;

/**
 * MESSAGE_DELETE_BULK: several messages were deleted at once. Lists are never {@code null}.
 *
 * @param ids the messages
 * @param channelId the channel
 * @param guildId the guild
 */
public record MessageDeleteBulkEvent(List<Snowflake> ids, Snowflake channelId,
		Snowflake guildId) implements DiscordEvent {

	/**
	 * Create the event.
	 */
	public MessageDeleteBulkEvent {
		ids = Copies.list(ids);
	}

}
