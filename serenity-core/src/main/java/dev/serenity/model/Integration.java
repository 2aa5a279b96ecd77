package dev.serenity.model;

import java.time.Instant;
import java.util.List;

/**
 * A guild integration: a bot, or a Twitch, YouTube or subscription link.
 *
 * @param id the integration's id
 * @param name the name
 * @param type {@code "twitch"}, {@code "youtube"}, {@code "discord"} or {@code "guild_subscription"}
 * @param enabled whether it is enabled
 * @param syncing whether it is syncing
 * @param roleId the role subscribers get
 * @param enableEmoticons whether emoticons are synced
 * @param expireBehavior what happens when a subscription expires: 0 remove the role, 1 kick
 * @param expireGracePeriod the grace period in days
 * @param user the user who added it
 * @param account the external account
 * @param syncedAt when it last synced
 * @param subscriberCount the number of subscribers
 * @param revoked whether it was revoked
 * @param application the bot's application
 * @param scopes the OAuth2 scopes granted; never {@code null}
 * @param guildId the guild, in INTEGRATION_CREATE and INTEGRATION_UPDATE
 */
public record Integration(Snowflake id, String name, String type, Boolean enabled, Boolean syncing, Snowflake roleId,
		Boolean enableEmoticons, Integer expireBehavior, Integer expireGracePeriod, User user, Account account,
		Instant syncedAt, Integer subscriberCount, Boolean revoked, PartialApplication application,
		List<String> scopes, Snowflake guildId) {

	/**
	 * Create an integration.
	 */
	public Integration {
		scopes = Copies.list(scopes);
	}

	/**
	 * The external account of an integration.
	 *
	 * @param id the account's id on its platform (not a snowflake)
	 * @param name the account's name
	 */
	public record Account(String id, String name) {
	}

}
