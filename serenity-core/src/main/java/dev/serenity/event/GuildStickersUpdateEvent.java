package dev.serenity.event;

import java.util.List;

import dev.serenity.model.Copies;
import dev.serenity.model.Snowflake;
import dev.serenity.model.Sticker;

/**
 * GUILD_STICKERS_UPDATE: a guild's stickers changed. Lists are never {@code null}.
 *
 * @param guildId the guild
 * @param stickers all the guild's stickers
 */
public record GuildStickersUpdateEvent(Snowflake guildId, List<Sticker> stickers) implements DiscordEvent {

	/**
	 * Create the event.
	 */
	public GuildStickersUpdateEvent {
		stickers = Copies.list(stickers);
	}

}
