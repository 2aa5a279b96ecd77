package dev.serenity.model;

/**
 * A Discord user. Most fields are optional: a presence carries only {@code id}, and private fields such as
 * {@code email} are only sent for the bot itself.
 *
 * @param id the user's id
 * @param username the username, unique across Discord
 * @param discriminator the legacy four-digit tag, {@code "0"} for migrated users
 * @param globalName the display name, or {@code null} for the username
 * @param avatar the avatar hash
 * @param bot whether the user is a bot
 * @param system whether the user is Discord's official system user
 * @param mfaEnabled whether two-factor authentication is on
 * @param banner the banner hash
 * @param accentColor the banner colour, as RGB
 * @param locale the chosen language
 * @param verified whether the email is verified
 * @param email the email address
 * @param flags the account flags
 * @param premiumType the Nitro level: 0 none, 1 classic, 2 Nitro, 3 basic
 * @param publicFlags the public account flags
 * @param avatarDecorationData the avatar decoration
 * @param collectibles the user's collectibles
 * @param primaryGuild the guild whose tag the user shows
 * @param member the partial member, only on users in a gateway message's {@code mentions}
 */
public record User(Snowflake id, String username, String discriminator, String globalName, String avatar, Boolean bot,
		Boolean system, Boolean mfaEnabled, String banner, Integer accentColor, String locale, Boolean verified,
		String email, Integer flags, Integer premiumType, Integer publicFlags, AvatarDecorationData avatarDecorationData,
		Collectibles collectibles, UserPrimaryGuild primaryGuild, PartialMember member) {

	/**
	 * Return the name to show: the display name, or the username when none is set.
	 * @return the name
	 */
	public String displayName() {
		return (this.globalName != null) ? this.globalName : this.username;
	}

	/**
	 * The decoration shown around a user's or member's avatar.
	 *
	 * @param asset the decoration's hash
	 * @param skuId the SKU of the decoration
	 */
	public record AvatarDecorationData(String asset, Snowflake skuId) {
	}

	/**
	 * Items a user owns that change how they look.
	 *
	 * @param nameplate the nameplate
	 */
	public record Collectibles(Nameplate nameplate) {
	}

	/**
	 * A nameplate shown behind a user's name in the member list.
	 *
	 * @param skuId the SKU of the nameplate
	 * @param asset the path to the asset
	 * @param label the label, currently unused
	 * @param palette the background colour, such as {@code "cobalt"}
	 */
	public record Nameplate(Snowflake skuId, String asset, String label, String palette) {
	}

	/**
	 * The guild whose tag a user shows next to their name.
	 *
	 * @param identityGuildId the guild
	 * @param identityEnabled whether the tag is shown; {@code null} when the tag was cleared by Discord
	 * @param tag the tag text, up to 4 characters
	 * @param badge the badge hash
	 */
	public record UserPrimaryGuild(Snowflake identityGuildId, Boolean identityEnabled, String tag, String badge) {
	}

}
