package dev.serenity.model;

import java.util.List;

/**
 * A guild of the current user, as {@code GET /users/@me/guilds} lists it (a partial guild).
 *
 * @param id the guild's id
 * @param name its name
 * @param icon its icon hash, or {@code null}
 * @param banner its banner hash, or {@code null}
 * @param owner whether the current user owns it
 * @param permissions the current user's permissions in it
 * @param features its features, never {@code null}
 * @param approximateMemberCount its members, with {@code with_counts} only, else {@code null}
 * @param approximatePresenceCount its online members, with {@code with_counts} only, else {@code null}
 */
public record UserGuild(Snowflake id, String name, String icon, String banner, Boolean owner,
		Permissions permissions, List<String> features, Integer approximateMemberCount,
		Integer approximatePresenceCount) {

	/**
	 * Create a guild entry; a missing {@code features} becomes empty.
	 */
	public UserGuild {
		features = Copies.list(features);
	}

}
