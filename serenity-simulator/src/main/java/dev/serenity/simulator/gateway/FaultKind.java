package dev.serenity.simulator.gateway;

/**
 * Faults the simulator can inject on a shard's connection.
 */
public enum FaultKind {

	/** Drop the connection without a close frame; the session stays resumable. */
	DROP(true),

	/** Close with 4000 (unknown error); the session stays resumable. */
	CLOSE_RESUMABLE(true),

	/** Send op 7 RECONNECT; the client should resume. */
	RECONNECT(true),

	/** Send op 9 with {@code d: true}; the client may resume. */
	INVALIDATE_RESUMABLE(true),

	/** Send op 9 with {@code d: false} and end the session; the client must identify again. */
	INVALIDATE(false),

	/** Close with 4009 (session timed out) and end the session. */
	CLOSE_SESSION_TIMED_OUT(false);

	private final boolean resumable;

	FaultKind(boolean resumable) {
		this.resumable = resumable;
	}

	/**
	 * Return whether a client can resume after this fault.
	 * @return whether the session survives
	 */
	public boolean resumable() {
		return this.resumable;
	}

	/**
	 * Apply the fault to a connection.
	 * @param gateway the gateway
	 * @param connection the connection
	 */
	void apply(Gateway gateway, GatewayConnection connection) {
		switch (this) {
			case DROP -> connection.drop("fault: drop");
			case CLOSE_RESUMABLE -> connection.close(CloseCodes.UNKNOWN_ERROR, "fault: unknown error");
			case RECONNECT -> connection.send("{\"op\":7,\"d\":null}");
			case INVALIDATE_RESUMABLE -> connection.send("{\"op\":9,\"d\":true}");
			case INVALIDATE -> {
				GatewaySession session = connection.session();
				if (session != null) {
					gateway.invalidate(session);
				}
				connection.send("{\"op\":9,\"d\":false}");
			}
			case CLOSE_SESSION_TIMED_OUT -> connection.close(CloseCodes.SESSION_TIMED_OUT, "fault: session timed out");
		}
	}

}
