package dev.serenity.simulator.world;

/**
 * The settings of a guild that {@code PATCH /guilds/{guild_id}} changes.
 *
 * @param name the name, 2 to 100 characters
 * @param description the description, or {@code null}
 * @param verificationLevel 0 (none) to 4 (very high)
 * @param defaultMessageNotifications 0 all messages, 1 only mentions
 * @param explicitContentFilter 0 to 2
 * @param afkChannelId the AFK voice channel, or 0
 * @param afkTimeout the AFK timeout in seconds
 * @param systemChannelId the system messages channel, or 0
 * @param preferredLocale the preferred locale, e.g. {@code en-US}
 * @param premiumProgressBarEnabled whether the boost progress bar shows
 */
public record SimGuildSettings(String name, String description, int verificationLevel,
		int defaultMessageNotifications, int explicitContentFilter, long afkChannelId, int afkTimeout,
		long systemChannelId, String preferredLocale, boolean premiumProgressBarEnabled) {

	/**
	 * Return the settings of a new guild.
	 * @param name the guild's name
	 * @return Discord's defaults with that name
	 */
	public static SimGuildSettings of(String name) {
		return new SimGuildSettings(name, null, 0, 0, 0, 0, 300, 0, "en-US", false);
	}

}
