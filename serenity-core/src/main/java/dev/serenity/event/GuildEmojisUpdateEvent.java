package dev.serenity.event;

import java.util.List;

import dev.serenity.model.Copies;
import dev.serenity.model.Emoji;
import dev.serenity.model.Snowflake;

/**
 * GUILD_EMOJIS_UPDATE: a guild's emojis changed. Lists are never {@code null}.
 *
 * @param guildId the guild
 * @param emojis all the guild's emojis
 */
public record GuildEmojisUpdateEvent(Snowflake guildId, List<Emoji> emojis) implements DiscordEvent {

	/**
	 * Create the event.
	 */
	public GuildEmojisUpdateEvent {
		emojis = Copies.list(emojis);
	}

}
