package dev.serenity.model;

import java.time.Instant;
import java.util.List;

/**
 * A user's subscription to one of the application's SKUs. Lists are never {@code null}.
 *
 * @param id the subscription's id
 * @param userId the subscriber
 * @param skuIds the SKUs subscribed to
 * @param entitlementIds the entitlements granted
 * @param renewalSkuIds the SKUs it renews into
 * @param currentPeriodStart when the current period started
 * @param currentPeriodEnd when the current period ends
 * @param status 0 active, 1 ending, 2 inactive
 * @param canceledAt when it was cancelled
 * @param country the ISO 3166-1 alpha-2 country code, only with the private scope
 */
public record Subscription(Snowflake id, Snowflake userId, List<Snowflake> skuIds, List<Snowflake> entitlementIds,
		List<Snowflake> renewalSkuIds, Instant currentPeriodStart, Instant currentPeriodEnd, Integer status,
		Instant canceledAt, String country) {

	/**
	 * Create a subscription.
	 */
	public Subscription {
		skuIds = Copies.list(skuIds);
		entitlementIds = Copies.list(entitlementIds);
		renewalSkuIds = Copies.list(renewalSkuIds);
	}

}
