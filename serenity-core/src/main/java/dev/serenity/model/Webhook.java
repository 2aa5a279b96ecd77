package dev.serenity.model;

/**
 * A webhook (Discord's webhook object). Its {@code token} is a secret that lets anyone post as the webhook:
 * {@link #toString()} never shows it.
 *
 * @param id the webhook's id
 * @param type 1 incoming, 2 channel follower, 3 application
 * @param guildId the guild, or {@code null}
 * @param channelId the channel it posts to, or {@code null}
 * @param user the user who created it, or {@code null} (absent when fetched with the token)
 * @param name the default name, or {@code null}
 * @param avatar the default avatar hash, or {@code null}
 * @param token the secret token of incoming webhooks, or {@code null}
 * @param applicationId the bot or OAuth2 application that created it, or {@code null}
 * @param sourceGuild the followed channel's guild of a channel follower webhook, or {@code null}
 * @param sourceChannel the followed channel of a channel follower webhook, or {@code null}
 * @param url the execute URL of incoming webhooks (holds the token), or {@code null}
 */
public record Webhook(Snowflake id, Integer type, Snowflake guildId, Snowflake channelId, User user, String name,
		String avatar, String token, Snowflake applicationId, SourceGuild sourceGuild, SourceChannel sourceChannel,
		String url) {

	/** Type of an incoming webhook. */
	public static final int INCOMING = 1;

	/** Type of a channel follower webhook. */
	public static final int CHANNEL_FOLLOWER = 2;

	/** Type of an application webhook (interactions). */
	public static final int APPLICATION = 3;

	/**
	 * Return the webhook without its secrets (token and URL), for logs.
	 * @return e.g. {@code Webhook[id=1, type=1, channelId=2, name=Relay, token=<redacted>]}
	 */
	@Override
	public String toString() {
		return "Webhook[id=" + this.id + ", type=" + this.type + ", guildId=" + this.guildId + ", channelId="
				+ this.channelId + ", name=" + this.name + ", token=" + ((this.token != null) ? "<redacted>" : "none")
				+ "]";
	}

	/**
	 * The guild of a followed channel.
	 *
	 * @param id the guild's id
	 * @param name its name
	 * @param icon its icon hash, or {@code null}
	 */
	public record SourceGuild(Snowflake id, String name, String icon) {
	}

	/**
	 * A followed channel.
	 *
	 * @param id the channel's id
	 * @param name its name
	 */
	public record SourceChannel(Snowflake id, String name) {
	}

}
