package dev.serenity.model;

/**
 * Whether a role, user or channel may use an application command.
 *
 * @param id the role, user or channel; the guild's id means {@code @everyone}, the guild's id minus 1 all channels
 * @param type 1 role, 2 user, 3 channel
 * @param permission whether the command is allowed
 */
public record ApplicationCommandPermission(Snowflake id, Integer type, Boolean permission) {
}
