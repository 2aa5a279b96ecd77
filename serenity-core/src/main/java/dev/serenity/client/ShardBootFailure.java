package dev.serenity.client;

/**
 * The client could not start its shards. {@link #reason()} says why; the message says what to change and never
 * contains the token.
 */
public final class ShardBootFailure extends RuntimeException {

	private final Reason reason;

	/**
	 * Create the failure.
	 * @param reason the kind of failure
	 * @param message what happened and what to change
	 * @param cause the underlying error, or {@code null}
	 */
	public ShardBootFailure(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * Why the shards did not start.
	 */
	public enum Reason {

		/** Discord rejected the token (REST 401 or gateway 4004). */
		TOKEN_REJECTED,

		/** A privileged intent is not enabled for the application (4014). */
		DISALLOWED_INTENTS,

		/** The intents are not valid (4013). */
		INVALID_INTENTS,

		/** The shard id or count is not valid, or too few shards for the guilds (4010, 4011). */
		INVALID_SHARDING,

		/** Too few session starts remain for the shards asked for. */
		SESSION_START_LIMIT,

		/** Discord could not be reached to learn the gateway URL and limits. */
		GATEWAY_UNAVAILABLE,

		/** The shards did not get READY within the startup timeout. */
		TIMEOUT,

		/** Discord closed a shard for another reason. */
		CLOSED

	}

}
