package dev.serenity.simulator.world;

/**
 * An incoming webhook of a guild channel. Its token is a secret: {@link #toString()} leaves it out.
 *
 * @param id the webhook's snowflake
 * @param guildId the guild
 * @param channelId the channel it posts to
 * @param name the default username of its messages
 * @param avatar the default avatar hash, or {@code null}
 * @param token the secret token of its execute URL
 * @param creatorId the user who created it
 */
public record SimWebhook(long id, long guildId, long channelId, String name, String avatar, String token,
		long creatorId) {

	/** Type of an incoming webhook. */
	public static final int INCOMING = 1;

	/**
	 * Return a copy with other settings.
	 * @param name the name
	 * @param avatar the avatar hash, or {@code null}
	 * @param channelId the channel
	 * @return the changed webhook
	 */
	public SimWebhook with(String name, String avatar, long channelId) {
		return new SimWebhook(this.id, this.guildId, channelId, name, avatar, this.token, this.creatorId);
	}

	@Override
	public String toString() {
		return "SimWebhook[id=" + Long.toUnsignedString(this.id) + ", channelId="
				+ Long.toUnsignedString(this.channelId) + ", name=" + this.name + ", token=<redacted>]";
	}

}
