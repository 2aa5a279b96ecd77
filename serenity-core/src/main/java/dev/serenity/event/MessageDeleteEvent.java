package dev.serenity.event;

import dev.serenity.model.Snowflake;

/**
 * MESSAGE_DELETE: a message was deleted.
 *
 * @param id the message
 * @param channelId the channel
 * @param guildId the guild, absent in DMs
 */
public record MessageDeleteEvent(Snowflake id, Snowflake channelId, Snowflake guildId) implements DiscordEvent {

}
