package dev.serenity.gateway.command;

import java.util.List;

import dev.serenity.model.Snowflake;

/**
 * Op 8: ask for members of a guild, by name prefix or by id; answered with GUILD_MEMBERS_CHUNK events.
 *
 * @param guildId the guild
 * @param query a username prefix ({@code ""} with limit 0 asks for every member, which needs GUILD_MEMBERS), or
 * {@code null} when asking by id
 * @param limit the most members to return (0 = no limit for all members)
 * @param userIds the ids to look up (at most 100), or an empty list
 * @param presences whether to include presences (needs GUILD_PRESENCES)
 */
public record RequestGuildMembers(Snowflake guildId, String query, int limit, List<Snowflake> userIds,
		boolean presences) {

	/** Most ids one request may name. */
	public static final int MAX_USER_IDS = 100;

	public RequestGuildMembers {
		if (guildId == null) {
			throw new IllegalArgumentException("'guildId' must not be null");
		}
		userIds = List.copyOf(userIds);
		if ((query == null) == userIds.isEmpty()) {
			throw new IllegalArgumentException("give either 'query' or 'userIds'");
		}
		if (userIds.size() > MAX_USER_IDS) {
			throw new IllegalArgumentException("'userIds' may hold at most " + MAX_USER_IDS + " ids, got " + userIds.size());
		}
		if (limit < 0) {
			throw new IllegalArgumentException("'limit' must not be negative but was " + limit);
		}
	}

	/**
	 * Ask for every member of a guild (needs the GUILD_MEMBERS intent).
	 * @param guildId the guild
	 * @return the request
	 */
	public static RequestGuildMembers all(Snowflake guildId) {
		return new RequestGuildMembers(guildId, "", 0, List.of(), false);
	}

	/**
	 * Ask for members whose username starts with a prefix.
	 * @param guildId the guild
	 * @param prefix the prefix
	 * @param limit at most this many (1 to 100)
	 * @return the request
	 */
	public static RequestGuildMembers byPrefix(Snowflake guildId, String prefix, int limit) {
		return new RequestGuildMembers(guildId, prefix, limit, List.of(), false);
	}

	/**
	 * Ask for members by id.
	 * @param guildId the guild
	 * @param userIds the ids (at most 100)
	 * @return the request
	 */
	public static RequestGuildMembers byIds(Snowflake guildId, List<Snowflake> userIds) {
		return new RequestGuildMembers(guildId, null, 0, userIds, false);
	}

}
