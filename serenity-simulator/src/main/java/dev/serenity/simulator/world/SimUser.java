package dev.serenity.simulator.world;

/**
 * A Discord user in the simulated world.
 *
 * @param id the user's snowflake
 * @param username the unique username
 * @param globalName the display name, or {@code null}
 * @param bot whether the user is a bot
 */
public record SimUser(long id, String username, String globalName, boolean bot) {
}
