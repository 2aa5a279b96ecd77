package dev.serenity.simulator.world;

/**
 * A Discord user in the simulated world.
 *
 * @param id the user's snowflake
 * @param username the unique username
 * @param globalName the display name, or {@code null}
 * @param bot whether the user is a bot
 * @param avatar the avatar hash, or {@code null}
 * @param banner the banner hash, or {@code null}
 */
public record SimUser(long id, String username, String globalName, boolean bot, String avatar, String banner) {

	/**
	 * Create a user without avatar or banner.
	 * @param id the user's snowflake
	 * @param username the unique username
	 * @param globalName the display name, or {@code null}
	 * @param bot whether the user is a bot
	 */
	public SimUser(long id, String username, String globalName, boolean bot) {
		this(id, username, globalName, bot, null, null);
	}

	/**
	 * Return a copy with another profile.
	 * @param username the username
	 * @param avatar the avatar hash, or {@code null}
	 * @param banner the banner hash, or {@code null}
	 * @return the changed user
	 */
	public SimUser withProfile(String username, String avatar, String banner) {
		return new SimUser(this.id, username, this.globalName, this.bot, avatar, banner);
	}

}
