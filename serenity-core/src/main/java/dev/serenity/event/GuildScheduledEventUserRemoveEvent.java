package dev.serenity.event;

import dev.serenity.model.Snowflake;

/**
 * GUILD_SCHEDULED_EVENT_USER_REMOVE: a user unsubscribed from a scheduled event.
 *
 * @param guildScheduledEventId the scheduled event
 * @param userId the user
 * @param guildId the guild
 */
public record GuildScheduledEventUserRemoveEvent(Snowflake guildScheduledEventId, Snowflake userId,
		Snowflake guildId) implements DiscordEvent {

}
