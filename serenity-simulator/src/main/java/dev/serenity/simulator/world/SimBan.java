package dev.serenity.simulator.world;

/**
 * A ban of a user from a guild.
 *
 * @param userId the banned user
 * @param reason the reason given ({@code X-Audit-Log-Reason}), or {@code null}
 */
public record SimBan(long userId, String reason) {
}
