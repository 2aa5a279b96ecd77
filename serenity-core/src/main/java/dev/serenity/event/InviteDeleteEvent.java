package dev.serenity.event;

import dev.serenity.model.Snowflake;

/**
 * INVITE_DELETE: an invite was deleted.
 *
 * @param channelId the channel
 * @param guildId the guild
 * @param code the invite code
 */
public record InviteDeleteEvent(Snowflake channelId, Snowflake guildId, String code) implements DiscordEvent {

}
