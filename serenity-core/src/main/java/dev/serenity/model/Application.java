package dev.serenity.model;

import java.util.List;
import java.util.Map;

/**
 * An application (Discord's application object), as {@code GET /applications/@me} returns the current one.
 * Lists and maps are never {@code null}; they are empty when absent.
 *
 * @param id the application's id
 * @param name its name
 * @param icon its icon hash, or {@code null}
 * @param description its description
 * @param rpcOrigins its RPC origins
 * @param botPublic whether anyone may add the bot
 * @param botRequireCodeGrant whether adding the bot needs the full OAuth2 code grant
 * @param bot its bot user, or {@code null}
 * @param termsOfServiceUrl its terms of service, or {@code null}
 * @param privacyPolicyUrl its privacy policy, or {@code null}
 * @param owner its owner, or {@code null}
 * @param verifyKey the key to verify interactions and the GameSDK
 * @param team the team owning it, or {@code null}
 * @param guildId the guild of its support server, or {@code null}
 * @param primarySkuId its game's SKU, or {@code null}
 * @param slug its store page slug, or {@code null}
 * @param coverImage its rich presence invite cover hash, or {@code null}
 * @param flags its public flags (see the {@code GATEWAY_*} constants), or {@code null}
 * @param approximateGuildCount the guilds it is in, or {@code null}
 * @param approximateUserInstallCount the users who installed it, or {@code null}
 * @param redirectUris its OAuth2 redirect URIs
 * @param interactionsEndpointUrl where interactions are sent instead of the gateway, or {@code null}
 * @param roleConnectionsVerificationUrl its role connection verification URL, or {@code null}
 * @param eventWebhooksUrl where webhook events are sent, or {@code null}
 * @param eventWebhooksStatus 1 disabled, 2 enabled, 3 disabled by Discord, or {@code null}
 * @param tags up to 5 tags describing it
 * @param installParams its default in-app authorization link settings, or {@code null}
 * @param integrationTypesConfig install settings by installation context ({@code "0"} guild, {@code "1"} user)
 * @param customInstallUrl its custom authorization URL, or {@code null}
 */
public record Application(Snowflake id, String name, String icon, String description, List<String> rpcOrigins,
		Boolean botPublic, Boolean botRequireCodeGrant, User bot, String termsOfServiceUrl, String privacyPolicyUrl,
		User owner, String verifyKey, Team team, Snowflake guildId, Snowflake primarySkuId, String slug,
		String coverImage, Integer flags, Integer approximateGuildCount, Integer approximateUserInstallCount,
		List<String> redirectUris, String interactionsEndpointUrl, String roleConnectionsVerificationUrl,
		String eventWebhooksUrl, Integer eventWebhooksStatus, List<String> tags, InstallParams installParams,
		Map<String, IntegrationTypeConfig> integrationTypesConfig, String customInstallUrl) {

	/** Flag: the app may receive presences (verified apps). */
	public static final int GATEWAY_PRESENCE = 1 << 12;

	/** Flag: the app may receive presences (unverified apps, limited). */
	public static final int GATEWAY_PRESENCE_LIMITED = 1 << 13;

	/** Flag: the app may receive guild members (verified apps). */
	public static final int GATEWAY_GUILD_MEMBERS = 1 << 14;

	/** Flag: the app may receive guild members (unverified apps, limited). */
	public static final int GATEWAY_GUILD_MEMBERS_LIMITED = 1 << 15;

	/** Flag: the app may receive message content (verified apps). */
	public static final int GATEWAY_MESSAGE_CONTENT = 1 << 18;

	/** Flag: the app may receive message content (unverified apps, limited). */
	public static final int GATEWAY_MESSAGE_CONTENT_LIMITED = 1 << 19;

	/**
	 * Create an application; missing lists and maps become empty.
	 */
	public Application {
		rpcOrigins = Copies.list(rpcOrigins);
		redirectUris = Copies.list(redirectUris);
		tags = Copies.list(tags);
		integrationTypesConfig = Copies.map(integrationTypesConfig);
	}

	/**
	 * A team owning applications.
	 *
	 * @param id the team's id
	 * @param name its name
	 * @param icon its icon hash, or {@code null}
	 * @param ownerUserId its owner
	 * @param members its members
	 */
	public record Team(Snowflake id, String name, String icon, Snowflake ownerUserId, List<TeamMember> members) {

		/**
		 * Create a team; missing members become empty.
		 */
		public Team {
			members = Copies.list(members);
		}

	}

	/**
	 * A member of a team.
	 *
	 * @param membershipState 1 invited, 2 accepted
	 * @param teamId the team
	 * @param user the user
	 * @param role {@code admin}, {@code developer} or {@code read_only}, or {@code null}
	 */
	public record TeamMember(Integer membershipState, Snowflake teamId, User user, String role) {
	}

	/**
	 * The scopes and permissions of an authorization link.
	 *
	 * @param scopes the OAuth2 scopes
	 * @param permissions the bot's permissions, or {@code null}
	 */
	public record InstallParams(List<String> scopes, Permissions permissions) {

		/**
		 * Create install parameters; missing scopes become empty.
		 */
		public InstallParams {
			scopes = Copies.list(scopes);
		}

	}

	/**
	 * The install settings of one installation context.
	 *
	 * @param oauth2InstallParams the authorization link settings, or {@code null}
	 */
	public record IntegrationTypeConfig(InstallParams oauth2InstallParams) {
	}

}
