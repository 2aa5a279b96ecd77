package dev.serenity.rest.api;

import dev.serenity.model.Emoji;
import dev.serenity.model.Snowflake;

/**
 * An emoji to react with: a Unicode emoji such as {@code 👍}, or a custom emoji by name and id. In a route it is
 * written as the emoji itself or as {@code name:id}, then percent-encoded by {@link dev.serenity.rest.Route}.
 *
 * @param name the Unicode emoji, or the custom emoji's name
 * @param id the custom emoji's id, or {@code null} for a Unicode emoji
 */
public record ReactionEmoji(String name, Snowflake id) {

	/**
	 * Create an emoji.
	 * @throws IllegalArgumentException naming the field when the name is blank or holds {@code :} or {@code /}, or
	 * the id is invalid
	 */
	public ReactionEmoji {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("'emoji.name' must not be blank");
		}
		if (name.contains(":") || name.contains("/") || name.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException("'emoji.name' must be an emoji or a custom emoji's name without ':', "
					+ "'/' or spaces, but was '" + name + "' (use ReactionEmoji.custom(name, id))");
		}
		Checks.optionalId("emoji.id", id);
	}

	/**
	 * Return a Unicode emoji.
	 * @param emoji the emoji, e.g. {@code 👍}
	 * @return the emoji
	 */
	public static ReactionEmoji unicode(String emoji) {
		return new ReactionEmoji(emoji, null);
	}

	/**
	 * Return a custom emoji.
	 * @param name its name
	 * @param id its id
	 * @return the emoji
	 */
	public static ReactionEmoji custom(String name, Snowflake id) {
		return new ReactionEmoji(name, Checks.id("emoji.id", id));
	}

	/**
	 * Return the emoji of a model {@link Emoji}, e.g. of a reaction event.
	 * @param emoji the emoji
	 * @return the emoji
	 */
	public static ReactionEmoji of(Emoji emoji) {
		if (emoji == null) {
			throw new IllegalArgumentException("'emoji' must not be null");
		}
		return new ReactionEmoji(emoji.name(), emoji.id());
	}

	/**
	 * Return the emoji as the route names it, before percent-encoding.
	 * @return the emoji, or {@code name:id}
	 */
	public String pathValue() {
		return (this.id != null) ? this.name + ":" + this.id.value() : this.name;
	}

}
