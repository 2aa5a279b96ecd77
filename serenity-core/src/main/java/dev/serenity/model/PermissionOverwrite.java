package dev.serenity.model;

/**
 * Explicit permissions for a role or member in a channel.
 *
 * @param id the role or user
 * @param type whether {@code id} is a role or a member
 * @param allow the permissions granted
 * @param deny the permissions denied
 */
public record PermissionOverwrite(Snowflake id, OverwriteType type, Permissions allow, Permissions deny) {
}
