package dev.serenity.model;

/**
 * Whether a guild's widget is on and which channel its invite points to: the body of
 * {@code GET /guilds/{guild.id}/widget}.
 *
 * @param enabled whether the widget is enabled
 * @param channelId the channel of the widget's invite, or {@code null}
 */
public record GuildWidgetSettings(Boolean enabled, Snowflake channelId) {
}
