package dev.serenity.model;

import java.time.Instant;

/**
 * A user's or guild's access to a premium offering of the application.
 *
 * @param id the entitlement's id
 * @param skuId the SKU
 * @param applicationId the application
 * @param userId the user, for user entitlements
 * @param type how it was obtained, such as 8 for an application subscription
 * @param deleted whether it was deleted
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param guildId the guild, for guild entitlements
 * @param consumed whether a consumable was used up
 */
public record Entitlement(Snowflake id, Snowflake skuId, Snowflake applicationId, Snowflake userId, Integer type,
		Boolean deleted, Instant startsAt, Instant endsAt, Snowflake guildId, Boolean consumed) {
}
