package dev.serenity.model;

/**
 * A sticker.
 *
 * @param id the sticker's id
 * @param packId the standard pack it belongs to
 * @param name the name
 * @param description the description
 * @param tags autocomplete keywords, comma-separated
 * @param type 1 for standard, 2 for guild stickers
 * @param formatType 1 PNG, 2 APNG, 3 Lottie, 4 GIF
 * @param available whether it can be used; {@code false} after losing boosts
 * @param guildId the guild of a guild sticker
 * @param user the user who uploaded it
 * @param sortValue the position in its pack
 */
public record Sticker(Snowflake id, Snowflake packId, String name, String description, String tags, Integer type,
		Integer formatType, Boolean available, Snowflake guildId, User user, Integer sortValue) {

	/**
	 * The short form of a sticker sent with a message.
	 *
	 * @param id the sticker's id
	 * @param name the name
	 * @param formatType 1 PNG, 2 APNG, 3 Lottie, 4 GIF
	 */
	public record Item(Snowflake id, String name, Integer formatType) {
	}

}
