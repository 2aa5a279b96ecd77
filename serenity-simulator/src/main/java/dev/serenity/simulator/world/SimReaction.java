package dev.serenity.simulator.world;

import java.util.List;

/**
 * The reactions of one emoji on a message.
 *
 * @param emoji the emoji
 * @param userIds who reacted, in order
 */
public record SimReaction(Emoji emoji, List<Long> userIds) {

	public SimReaction {
		userIds = List.copyOf(userIds);
	}

	/**
	 * An emoji as reactions name it: a Unicode emoji, or a custom emoji with a name and an id.
	 *
	 * @param name the Unicode emoji, or the custom emoji's name
	 * @param id the custom emoji's id, or 0 for a Unicode emoji
	 */
	public record Emoji(String name, long id) {

		/**
		 * Parse an emoji as the reaction routes take it: {@code 👍} or {@code name:id} (already URL-decoded).
		 * @param text the emoji
		 * @return the emoji
		 * @throws IllegalArgumentException when the text is neither a Unicode emoji nor {@code name:id}
		 */
		public static Emoji parse(String text) {
			if (text == null || text.isEmpty() || text.length() > 100) {
				throw new IllegalArgumentException("Unknown Emoji '" + text + "'");
			}
			int colon = text.lastIndexOf(':');
			if (colon >= 0) {
				String name = text.substring(0, colon);
				String id = text.substring(colon + 1);
				if (name.startsWith("a:")) {
					name = name.substring(2);
				}
				if (!name.matches("\\w{2,32}") || !id.matches("\\d{1,20}")) {
					throw new IllegalArgumentException("Unknown Emoji '" + text + "'");
				}
				return new Emoji(name, Long.parseUnsignedLong(id));
			}
			if (text.chars().allMatch((c) -> c < 0x80)) {
				throw new IllegalArgumentException("Unknown Emoji '" + text + "': a custom emoji needs name:id");
			}
			return new Emoji(text, 0);
		}

		/**
		 * Compare emojis as Discord does: custom emojis by id, Unicode emojis by text.
		 * @param other the other object
		 * @return whether both are the same emoji
		 */
		@Override
		public boolean equals(Object other) {
			return other instanceof Emoji emoji
					&& (custom() ? this.id == emoji.id : !emoji.custom() && this.name.equals(emoji.name));
		}

		@Override
		public int hashCode() {
			return custom() ? Long.hashCode(this.id) : this.name.hashCode();
		}

		/**
		 * Return whether this is a custom emoji.
		 * @return whether it has an id
		 */
		public boolean custom() {
			return this.id != 0;
		}

	}

}
