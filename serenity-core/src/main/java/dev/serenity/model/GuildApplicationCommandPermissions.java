package dev.serenity.model;

import java.util.List;

/**
 * Who may use one command of an application in a guild, or (with the application's id as {@code id}) all its
 * commands there.
 *
 * @param id the command, or the application for the permissions of all its commands
 * @param applicationId the application
 * @param guildId the guild
 * @param permissions the overwrites, at most 100; never {@code null}
 */
public record GuildApplicationCommandPermissions(Snowflake id, Snowflake applicationId, Snowflake guildId,
		List<ApplicationCommandPermission> permissions) {

	/**
	 * Create the permissions.
	 */
	public GuildApplicationCommandPermissions {
		permissions = Copies.list(permissions);
	}

}
