package dev.serenity.event;

import dev.serenity.model.Snowflake;

/**
 * RATE_LIMITED: a gateway command was rate limited; today only op 8 (request guild members) asking for all members.
 *
 * @param opcode the opcode of the limited command
 * @param retryAfter seconds to wait before trying again
 * @param meta what was limited
 */
public record RateLimitedEvent(Integer opcode, Double retryAfter, Meta meta) implements DiscordEvent {

	/**
	 * What a rate-limited request guild members command asked for.
	 *
	 * @param guildId the guild
	 * @param nonce the nonce of the request
	 */
	public record Meta(Snowflake guildId, String nonce) {
	}

}
