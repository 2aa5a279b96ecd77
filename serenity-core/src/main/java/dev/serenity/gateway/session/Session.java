package dev.serenity.gateway.session;

/**
 * What a shard needs to RESUME instead of IDENTIFY: the session id and resume URL from READY and the last sequence
 * number received. Holds no secret, so it may be stored and printed freely.
 *
 * @param sessionId READY's {@code session_id}; not blank
 * @param sequence the last non-null {@code s} received, at least 0 (0 when no dispatch arrived yet)
 * @param resumeGatewayUrl READY's {@code resume_gateway_url}; not blank
 * @param shardId the shard's id, from 0 to {@code shardCount - 1}
 * @param shardCount the number of shards the session was identified with, at least 1
 * @see SessionStore
 */
public record Session(String sessionId, long sequence, String resumeGatewayUrl, int shardId, int shardCount) {

	/**
	 * Create a session, checking every component.
	 * @param sessionId READY's {@code session_id}; not blank
	 * @param sequence the last non-null {@code s} received, at least 0
	 * @param resumeGatewayUrl READY's {@code resume_gateway_url}; not blank
	 * @param shardId the shard's id, from 0 to {@code shardCount - 1}
	 * @param shardCount the number of shards the session was identified with, at least 1
	 * @throws IllegalArgumentException if a component is out of range or a string is blank
	 */
	public Session {
		if (sessionId == null || sessionId.isBlank()) {
			throw new IllegalArgumentException("'sessionId' must not be blank");
		}
		if (sequence < 0) {
			throw new IllegalArgumentException("'sequence' must not be negative, was " + sequence);
		}
		if (resumeGatewayUrl == null || resumeGatewayUrl.isBlank()) {
			throw new IllegalArgumentException("'resumeGatewayUrl' must not be blank");
		}
		ShardKey.check(shardId, shardCount);
	}

	/**
	 * Return this session with another sequence number.
	 * @param sequence the last sequence number received, at least 0
	 * @return a session that differs only in its sequence
	 */
	public Session withSequence(long sequence) {
		return new Session(this.sessionId, sequence, this.resumeGatewayUrl, this.shardId, this.shardCount);
	}

}
