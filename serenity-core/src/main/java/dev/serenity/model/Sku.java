package dev.serenity.model;

/**
 * A SKU: something an application sells (a subscription, a durable or consumable item).
 *
 * @param id the SKU's id
 * @param type 2 durable, 3 consumable, 5 subscription, 6 subscription group (generated)
 * @param applicationId the application that sells it
 * @param name the customer-facing name
 * @param slug the URL slug
 * @param flags the SKU flags (1 &lt;&lt; 2 available, 1 &lt;&lt; 7 guild subscription, 1 &lt;&lt; 8 user subscription)
 */
public record Sku(Snowflake id, Integer type, Snowflake applicationId, String name, String slug, Integer flags) {

	/** Type: a durable one-time purchase. */
	public static final int DURABLE = 2;

	/** Type: a consumable one-time purchase. */
	public static final int CONSUMABLE = 3;

	/** Type: a recurring subscription. */
	public static final int SUBSCRIPTION = 5;

	/** Type: the group Discord generates for a subscription. */
	public static final int SUBSCRIPTION_GROUP = 6;

}
