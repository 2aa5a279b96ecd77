package dev.serenity.gateway;

/**
 * What a shard does after Discord closes its connection with a code: resume the session, start a new one, or stop
 * for good.
 */
public enum GatewayCloseCode {

	UNKNOWN_ERROR(4000, "unknown error", Action.RESUME),

	UNKNOWN_OPCODE(4001, "unknown opcode or invalid payload", Action.RESUME),

	DECODE_ERROR(4002, "decode error", Action.RESUME),

	NOT_AUTHENTICATED(4003, "not authenticated", Action.IDENTIFY),

	AUTHENTICATION_FAILED(4004, "authentication failed: the token is not valid", Action.FATAL),

	ALREADY_AUTHENTICATED(4005, "already authenticated", Action.RESUME),

	INVALID_SEQ(4007, "invalid sequence number on resume", Action.IDENTIFY),

	RATE_LIMITED(4008, "rate limited: too many payloads", Action.RESUME),

	SESSION_TIMED_OUT(4009, "session timed out", Action.IDENTIFY),

	INVALID_SHARD(4010, "invalid shard", Action.FATAL),

	SHARDING_REQUIRED(4011, "sharding required: too many guilds for the shard count", Action.FATAL),

	INVALID_API_VERSION(4012, "invalid gateway version", Action.FATAL),

	INVALID_INTENTS(4013, "invalid intents", Action.FATAL),

	DISALLOWED_INTENTS(4014, "disallowed intents: a privileged intent is not enabled for the application", Action.FATAL);

	private final int code;

	private final String description;

	private final Action action;

	GatewayCloseCode(int code, String description, Action action) {
		this.code = code;
		this.description = description;
		this.action = action;
	}

	public int code() {
		return this.code;
	}

	public String description() {
		return this.description;
	}

	public Action action() {
		return this.action;
	}

	/**
	 * Return what to do after a close with the given code; codes Discord does not document (and a drop without a
	 * close frame) resume.
	 * @param code the close code, or -1 when the connection dropped
	 * @return the action
	 */
	public static Action actionFor(int code) {
		GatewayCloseCode known = of(code);
		return (known != null) ? known.action : Action.RESUME;
	}

	/**
	 * Return the documented close code.
	 * @param code the numeric code
	 * @return the constant, or {@code null} when Discord does not document the code
	 */
	public static GatewayCloseCode of(int code) {
		for (GatewayCloseCode value : values()) {
			if (value.code == code) {
				return value;
			}
		}
		return null;
	}

	/**
	 * Describe a close code for logs and errors.
	 * @param code the numeric code
	 * @return e.g. {@code 4014 (disallowed intents: ...)}
	 */
	public static String describe(int code) {
		GatewayCloseCode known = of(code);
		if (code < 0) {
			return "connection dropped without a close frame";
		}
		return (known != null) ? code + " (" + known.description + ")" : String.valueOf(code);
	}

	/**
	 * What a shard does after a close.
	 */
	public enum Action {

		/** Reconnect to {@code resume_gateway_url} and RESUME. */
		RESUME,

		/** Forget the session, reconnect and IDENTIFY. */
		IDENTIFY,

		/** Stop; retrying would fail again and burn session starts. */
		FATAL

	}

}
