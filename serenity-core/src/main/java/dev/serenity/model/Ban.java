package dev.serenity.model;

/**
 * A ban of a user from a guild.
 *
 * @param reason the reason given, or {@code null}
 * @param user the banned user
 */
public record Ban(String reason, User user) {
}
