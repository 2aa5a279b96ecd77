package dev.serenity.model;

import dev.serenity.json.NullFlag;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A guild role.
 *
 * @param id the role's id, the guild's id for {@code @everyone}
 * @param name the name
 * @param color the colour as RGB, 0 for none (deprecated in favour of {@code colors})
 * @param colors the role's colours
 * @param hoist whether the role's members are listed separately
 * @param icon the role icon hash
 * @param unicodeEmoji the role's unicode emoji
 * @param position the position in the role list (v6 sent -1 for {@code @everyone})
 * @param permissions the permissions the role grants
 * @param managed whether an integration manages the role
 * @param mentionable whether anyone can mention the role
 * @param tags what the role belongs to
 * @param flags the role flags
 */
public record Role(Snowflake id, String name, Integer color, RoleColors colors, Boolean hoist, String icon,
		String unicodeEmoji, Integer position, Permissions permissions, Boolean managed, Boolean mentionable,
		RoleTags tags, Integer flags) {

	/**
	 * The colours of a role; the secondary and tertiary colours make a gradient or a holographic style.
	 *
	 * @param primaryColor the main colour as RGB
	 * @param secondaryColor the second gradient colour
	 * @param tertiaryColor the third colour, for the holographic style
	 */
	public record RoleColors(Integer primaryColor, Integer secondaryColor, Integer tertiaryColor) {
	}

	/**
	 * What a role belongs to. The flags are {@code true} when Discord sends them (as {@code null}) and {@code null}
	 * when it leaves them out.
	 *
	 * @param botId the bot the role belongs to
	 * @param integrationId the integration the role belongs to
	 * @param premiumSubscriber whether this is the guild's booster role
	 * @param subscriptionListingId the role subscription's SKU
	 * @param availableForPurchase whether the role can be bought
	 * @param guildConnections whether the role is a linked role
	 */
	public record RoleTags(Snowflake botId, Snowflake integrationId,
			@JsonDeserialize(using = NullFlag.Deserializer.class) @JsonSerialize(
					using = NullFlag.Serializer.class) Boolean premiumSubscriber,
			Snowflake subscriptionListingId,
			@JsonDeserialize(using = NullFlag.Deserializer.class) @JsonSerialize(
					using = NullFlag.Serializer.class) Boolean availableForPurchase,
			@JsonDeserialize(using = NullFlag.Deserializer.class) @JsonSerialize(
					using = NullFlag.Serializer.class) Boolean guildConnections) {
	}

}
