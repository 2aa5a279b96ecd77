package dev.serenity.model;

import java.util.List;
import java.util.Map;

/**
 * An interaction: a command, component use, autocomplete request or modal submission. Answer it over HTTP within 3
 * seconds with its {@code id} and {@code token}; the token stays valid for follow-ups for 15 minutes.
 *
 * @param id the interaction's id
 * @param applicationId the application it is for
 * @param type the interaction type
 * @param data the command, component or modal data; absent for PING
 * @param guild the guild it was sent from (a partial guild)
 * @param guildId the guild it was sent from
 * @param channel the channel it was sent from (a partial channel)
 * @param channelId the channel it was sent from
 * @param member the invoking member with its {@code permissions}, in guilds
 * @param user the invoking user, in DMs
 * @param token the token for answering; never log it
 * @param version always 1
 * @param message the message of a component interaction
 * @param appPermissions the bot's permissions in the channel
 * @param locale the invoking user's language
 * @param guildLocale the guild's language
 * @param entitlements the entitlements of the user and guild for the application; never {@code null}
 * @param authorizingIntegrationOwners the installation contexts: {@code "0"} (guild) or {@code "1"} (user) mapped to
 * the guild or user id; never {@code null}
 * @param context where it was triggered: 0 guild, 1 bot DM, 2 private channel
 * @param attachmentSizeLimit the largest attachment a response may carry, in bytes
 */
public record Interaction(Snowflake id, Snowflake applicationId, InteractionType type, InteractionData data,
		Guild guild, Snowflake guildId, Channel channel, Snowflake channelId, Member member, User user, String token,
		Integer version, Message message, Permissions appPermissions, String locale, String guildLocale,
		List<Entitlement> entitlements, Map<String, Snowflake> authorizingIntegrationOwners, Integer context,
		Long attachmentSizeLimit) {

	/**
	 * Create an interaction.
	 */
	public Interaction {
		entitlements = Copies.list(entitlements);
		authorizingIntegrationOwners = Copies.map(authorizingIntegrationOwners);
	}

	/**
	 * Return the invoking user, in guilds and DMs alike.
	 * @return the member's user in guilds, else {@code user}
	 */
	public User invoker() {
		return (this.member != null && this.member.user() != null) ? this.member.user() : this.user;
	}

	/**
	 * Print the interaction without its token.
	 * @return a description naming the id, type and command
	 */
	@Override
	public String toString() {
		return "Interaction[id=" + this.id + ", type=" + this.type + ", applicationId=" + this.applicationId
				+ ", guildId=" + this.guildId + ", channelId=" + this.channelId + ", data=" + this.data
				+ ", token=<redacted>]";
	}

}
