package dev.serenity.model;

/**
 * A guild the bot is in but whose data has not arrived yet (in READY) or is down (in an outage).
 *
 * @param id the guild's id
 * @param unavailable whether the guild is unavailable
 */
public record UnavailableGuild(Snowflake id, Boolean unavailable) {
}
