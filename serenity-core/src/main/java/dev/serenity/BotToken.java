package dev.serenity;

/**
 * A bot token. It never prints: {@link #toString()} is redacted, so the token cannot leak into logs, exceptions or
 * actuator output by accident.
 */
public final class BotToken {

	private static final String PREFIX = "Bot ";

	private final String raw;

	private BotToken(String raw) {
		this.raw = raw;
	}

	/**
	 * Create a token from what the user configured, with or without the {@code Bot } prefix.
	 * @param token the token
	 * @return the token
	 * @throws IllegalArgumentException when blank (the message never contains the token)
	 */
	public static BotToken of(String token) {
		if (token == null || token.isBlank()) {
			throw new IllegalArgumentException("The bot token must not be blank; set it from the Discord Developer "
					+ "Portal (Bot > Reset Token)");
		}
		String trimmed = token.trim();
		String raw = trimmed.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) ? trimmed.substring(PREFIX.length()).trim()
				: trimmed;
		if (raw.isEmpty() || raw.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException("The bot token must be one word (optionally after 'Bot ')");
		}
		return new BotToken(raw);
	}

	/**
	 * Return the token as IDENTIFY and RESUME send it: without {@code Bot }.
	 * @return the raw token
	 */
	public String raw() {
		return this.raw;
	}

	/**
	 * Return the value of the {@code Authorization} header.
	 * @return {@code Bot <token>}
	 */
	public String authorization() {
		return PREFIX + this.raw;
	}

	/**
	 * Return a text safe to log.
	 * @return {@code BotToken[<redacted>]}
	 */
	@Override
	public String toString() {
		return "BotToken[<redacted>]";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof BotToken token && token.raw.equals(this.raw);
	}

	@Override
	public int hashCode() {
		return this.raw.hashCode();
	}

}
