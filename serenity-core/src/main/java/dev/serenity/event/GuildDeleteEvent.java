package dev.serenity.event;

import dev.serenity.model.Snowflake;

/**
 * GUILD_DELETE: the bot left or was removed from a guild, or the guild became unavailable in an outage.
 *
 * @param id the guild
 * @param unavailable {@code true} in an outage; absent when the bot was removed
 */
public record GuildDeleteEvent(Snowflake id, Boolean unavailable) implements DiscordEvent {

	/**
	 * Return whether the bot was removed from the guild (left, kicked, or the guild was deleted), as opposed to the
	 * guild being unavailable in an outage.
	 * @return {@code true} when {@code unavailable} is not {@code true}
	 */
	public boolean removed() {
		return !Boolean.TRUE.equals(this.unavailable);
	}

}
