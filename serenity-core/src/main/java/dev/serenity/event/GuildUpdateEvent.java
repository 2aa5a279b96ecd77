package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Guild;

/**
 * GUILD_UPDATE: a guild was changed.
 *
 * @param guild the guild as it is now, without the GUILD_CREATE extras
 */
public record GuildUpdateEvent(@JsonValue Guild guild) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code guild} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public GuildUpdateEvent {
		Objects.requireNonNull(guild, "'guild' must not be null");
	}

}
