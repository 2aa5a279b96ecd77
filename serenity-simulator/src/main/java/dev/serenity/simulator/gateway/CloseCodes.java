package dev.serenity.simulator.gateway;

/**
 * Gateway close codes the simulator sends, with the effect each has on the session.
 */
public final class CloseCodes {

	public static final int NORMAL = 1000;

	public static final int GOING_AWAY = 1001;

	public static final int UNKNOWN_ERROR = 4000;

	public static final int UNKNOWN_OPCODE = 4001;

	public static final int DECODE_ERROR = 4002;

	public static final int NOT_AUTHENTICATED = 4003;

	public static final int AUTHENTICATION_FAILED = 4004;

	public static final int ALREADY_AUTHENTICATED = 4005;

	public static final int INVALID_SEQ = 4007;

	public static final int RATE_LIMITED = 4008;

	public static final int SESSION_TIMED_OUT = 4009;

	public static final int INVALID_SHARD = 4010;

	public static final int SHARDING_REQUIRED = 4011;

	public static final int INVALID_API_VERSION = 4012;

	public static final int INVALID_INTENTS = 4013;

	public static final int DISALLOWED_INTENTS = 4014;

	private CloseCodes() {
	}

	/**
	 * Return whether a close with this code, sent by the server, leaves the session resumable.
	 * @param code the close code
	 * @return {@code false} for the codes after which Discord wants a new session or no reconnect
	 */
	public static boolean keepsSessionAfterServerClose(int code) {
		return switch (code) {
			case NOT_AUTHENTICATED, AUTHENTICATION_FAILED, INVALID_SEQ, SESSION_TIMED_OUT, INVALID_SHARD,
					SHARDING_REQUIRED, INVALID_API_VERSION, INVALID_INTENTS, DISALLOWED_INTENTS ->
				false;
			default -> true;
		};
	}

	/**
	 * Return whether a close with this code, sent by the client, ends the session (1000 and 1001 do).
	 * @param code the close code, or -1 when the connection dropped without one
	 * @return whether the session is invalidated
	 */
	public static boolean endsSessionAfterClientClose(int code) {
		return code == NORMAL || code == GOING_AWAY;
	}

}
