package dev.serenity.event;

import java.time.Instant;

import dev.serenity.model.Member;
import dev.serenity.model.Snowflake;

/**
 * TYPING_START: a user started typing.
 *
 * @param channelId the channel
 * @param guildId the guild, absent in DMs
 * @param userId the user
 * @param timestamp when typing started, in Unix seconds
 * @param member the member, in guilds
 */
public record TypingStartEvent(Snowflake channelId, Snowflake guildId, Snowflake userId, Long timestamp,
		Member member) implements DiscordEvent {

	/**
	 * Return when typing started.
	 * @return the instant, or {@code null} if Discord left out the timestamp
	 */
	public Instant startedAt() {
		return (this.timestamp != null) ? Instant.ofEpochSecond(this.timestamp) : null;
	}

}
