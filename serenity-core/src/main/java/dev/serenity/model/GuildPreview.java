package dev.serenity.model;

import java.util.List;

/**
 * The public preview of a guild: what a discoverable guild shows to users who are not members.
 *
 * @param id the guild's id
 * @param name the name
 * @param icon the icon hash
 * @param splash the invite splash hash
 * @param discoverySplash the discovery splash hash
 * @param emojis the custom emojis; never {@code null}
 * @param features the enabled features; never {@code null}
 * @param approximateMemberCount the approximate number of members
 * @param approximatePresenceCount the approximate number of online members
 * @param description the description
 * @param stickers the custom stickers; never {@code null}
 */
public record GuildPreview(Snowflake id, String name, String icon, String splash, String discoverySplash,
		List<Emoji> emojis, List<String> features, Integer approximateMemberCount, Integer approximatePresenceCount,
		String description, List<Sticker> stickers) {

	/**
	 * Create a preview.
	 */
	public GuildPreview {
		emojis = Copies.list(emojis);
		features = Copies.list(features);
		stickers = Copies.list(stickers);
	}

}
