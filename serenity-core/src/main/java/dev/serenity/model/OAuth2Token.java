package dev.serenity.model;

/**
 * An OAuth2 access token response: the body of {@code POST /oauth2/token}. With the {@code bot} scope it carries the
 * guild the bot was added to; with {@code webhook.incoming} the webhook created. {@link #toString()} never shows the
 * tokens.
 *
 * @param accessToken the access token (secret)
 * @param tokenType {@code Bearer}
 * @param expiresIn the seconds the access token is valid
 * @param refreshToken the refresh token (secret), or {@code null}
 * @param scope the granted scopes, separated by spaces
 * @param guild the guild of a bot authorization, or {@code null}
 * @param webhook the webhook of a {@code webhook.incoming} authorization, or {@code null}
 */
public record OAuth2Token(String accessToken, String tokenType, Long expiresIn, String refreshToken, String scope,
		Guild guild, IncomingWebhook webhook) {

	@Override
	public String toString() {
		return "OAuth2Token[tokenType=" + this.tokenType + ", expiresIn=" + this.expiresIn + ", scope=" + this.scope
				+ ", accessToken=" + redacted(this.accessToken) + ", refreshToken=" + redacted(this.refreshToken)
				+ ", guild=" + ((this.guild != null) ? this.guild.id() : null) + ", webhook=" + this.webhook + "]";
	}

	private static String redacted(String secret) {
		return (secret != null) ? "[redacted]" : null;
	}

	/**
	 * The webhook an {@code webhook.incoming} authorization created. {@link #toString()} never shows the token or
	 * the URL (which contains it).
	 *
	 * @param id the webhook
	 * @param type 1 incoming
	 * @param guildId the guild
	 * @param channelId the channel
	 * @param name the name
	 * @param avatar the avatar hash, or {@code null}
	 * @param token the webhook token (secret)
	 * @param applicationId the application that created it
	 * @param url the execute URL (contains the token)
	 */
	public record IncomingWebhook(Snowflake id, Integer type, Snowflake guildId, Snowflake channelId, String name,
			String avatar, String token, Snowflake applicationId, String url) {

		@Override
		public String toString() {
			return "IncomingWebhook[id=" + this.id + ", channelId=" + this.channelId + ", name=" + this.name
					+ ", token=" + redacted(this.token) + "]";
		}

	}

}
