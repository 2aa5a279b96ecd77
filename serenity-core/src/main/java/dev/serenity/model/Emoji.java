package dev.serenity.model;

import java.util.List;

/**
 * A custom or unicode emoji. In reactions a unicode emoji has only a {@code name}, and a deleted custom emoji may
 * have a {@code null} name.
 *
 * @param id the custom emoji's id, {@code null} for unicode emojis
 * @param name the name, or the unicode character
 * @param roles the roles allowed to use it; never {@code null}
 * @param user the user who created it
 * @param requireColons whether it must be wrapped in colons
 * @param managed whether an integration manages it
 * @param animated whether it is animated
 * @param available whether it can be used; {@code false} after losing boosts
 */
public record Emoji(Snowflake id, String name, List<Snowflake> roles, User user, Boolean requireColons,
		Boolean managed, Boolean animated, Boolean available) {

	/**
	 * Create an emoji.
	 */
	public Emoji {
		roles = Copies.list(roles);
	}

	/**
	 * Return the emoji as message text.
	 * @return {@code <:name:id>}, {@code <a:name:id>} for animated emojis, or the unicode character
	 */
	public String mention() {
		if (this.id == null) {
			return this.name;
		}
		return (Boolean.TRUE.equals(this.animated) ? "<a:" : "<:") + this.name + ":" + this.id + ">";
	}

}
