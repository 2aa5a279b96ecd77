package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.Guild;

/**
 * GUILD_CREATE: a guild became available: lazily after READY, after an outage, or when the bot joined it.
 *
 * @param guild the guild with its members, channels, threads, presences and voice states; only {@code id} and
 * {@code unavailable} during an outage
 */
public record GuildCreateEvent(@JsonValue Guild guild) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code guild} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public GuildCreateEvent {
		Objects.requireNonNull(guild, "'guild' must not be null");
	}

	/**
	 * Return whether the guild is unavailable because of an outage; it then carries only its id.
	 * @return whether {@code unavailable} is {@code true}
	 */
	public boolean unavailable() {
		return Boolean.TRUE.equals(this.guild.unavailable());
	}

}
