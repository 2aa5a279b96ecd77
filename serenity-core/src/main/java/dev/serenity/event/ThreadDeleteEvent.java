package dev.serenity.event;

import dev.serenity.model.ChannelType;
import dev.serenity.model.Snowflake;

/**
 * THREAD_DELETE: a thread was deleted.
 *
 * @param id the thread
 * @param guildId the guild
 * @param parentId the channel the thread was in
 * @param type the thread's type
 */
public record ThreadDeleteEvent(Snowflake id, Snowflake guildId, Snowflake parentId,
		ChannelType type) implements DiscordEvent {

}
