package dev.serenity.event;

import dev.serenity.model.Snowflake;

/**
 * GUILD_SCHEDULED_EVENT_USER_ADD: a user subscribed to a scheduled event.
 *
 * @param guildScheduledEventId the scheduled event
 * @param userId the user
 * @param guildId the guild
 */
public record GuildScheduledEventUserAddEvent(Snowflake guildScheduledEventId, Snowflake userId,
		Snowflake guildId) implements DiscordEvent {

}
