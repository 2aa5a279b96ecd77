package dev.serenity.event;

import java.util.List;

import dev.serenity.model.ApplicationCommandPermission;
import dev.serenity.model.Copies;
import dev.serenity.model.Snowflake;

/**
 * APPLICATION_COMMAND_PERMISSIONS_UPDATE: the permissions of an application command changed in a guild. Lists are
 * never {@code null}.
 *
 * @param id the command, or the application when the permissions are its defaults
 * @param applicationId the application
 * @param guildId the guild
 * @param permissions the permissions, never {@code null}
 */
public record ApplicationCommandPermissionsUpdateEvent(Snowflake id, Snowflake applicationId, Snowflake guildId,
		List<ApplicationCommandPermission> permissions) implements DiscordEvent {

	/**
	 * Create the event.
	 */
	public ApplicationCommandPermissionsUpdateEvent {
		permissions = Copies.list(permissions);
	}

}
