package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.AuditLogEntry;

/**
 * GUILD_AUDIT_LOG_ENTRY_CREATE: an entry was added to a guild's audit log.
 *
 * @param entry the entry, with {@code guild_id}
 */
public record GuildAuditLogEntryCreateEvent(@JsonValue AuditLogEntry entry) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code entry} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public GuildAuditLogEntryCreateEvent {
		Objects.requireNonNull(entry, "'entry' must not be null");
	}

}
