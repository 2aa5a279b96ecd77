package dev.serenity.cache;

import dev.serenity.model.Snowflake;

/**
 * The key of an entry that belongs to a guild: a member, role, emoji, sticker, voice state or presence. The cache
 * builds it from the snowflakes its records already hold, so a key costs one small object and no copies of ids.
 *
 * @param guildId the guild
 * @param id the entry's id within it (a user id for members, voice states and presences)
 */
public record GuildKey(Snowflake guildId, Snowflake id) {

	/**
	 * Return the key of an entry of a guild.
	 * @param guildId the guild
	 * @param id the entry's id
	 * @return the key
	 */
	public static GuildKey of(long guildId, long id) {
		return new GuildKey(Snowflake.of(guildId), Snowflake.of(id));
	}

	/**
	 * Return whether the entry belongs to a guild.
	 * @param guildId the guild
	 * @return whether this key is of that guild
	 */
	public boolean in(long guildId) {
		return this.guildId.value() == guildId;
	}

}
