package dev.serenity.simulator.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * A gateway session: what IDENTIFY created and RESUME continues. It numbers the dispatches it receives, keeps the
 * newest of them for RESUME, and hands them to its current connection, if any. All of that happens under the
 * session's lock, so frames reach the connection in sequence order.
 */
public final class GatewaySession {

	private static final byte[] RESUMED_DATA = "{\"_trace\":[\"[\\\"serenity-simulator\\\",{}]\"]}"
		.getBytes(StandardCharsets.UTF_8);

	private final String id;

	private final int shardId;

	private final int numShards;

	private final long intents;

	private final int largeThreshold;

	private final int bufferSize;


	private final ArrayDeque<Buffered> buffer = new ArrayDeque<>();

	private long seq;

	private GatewayConnection connection;

	private Instant disconnectedAt;

	private boolean invalidated;

	private MessageFlood flood;

	GatewaySession(String id, int shardId, int numShards, long intents, int largeThreshold,
			int bufferSize) {
		this.id = id;
		this.shardId = shardId;
		this.numShards = numShards;
		this.intents = intents;
		this.largeThreshold = largeThreshold;
		this.bufferSize = bufferSize;
	}

	public String id() {
		return this.id;
	}

	public int shardId() {
		return this.shardId;
	}

	public int numShards() {
		return this.numShards;
	}

	public long intents() {
		return this.intents;
	}

	public int largeThreshold() {
		return this.largeThreshold;
	}

	/**
	 * Return whether the session's bot may see message content.
	 * @return whether MESSAGE_CONTENT was identified with
	 */
	public boolean hasMessageContent() {
		return Intent.MESSAGE_CONTENT.in(this.intents);
	}

	/**
	 * Return the last sequence number given out.
	 * @return the sequence number
	 */
	public synchronized long seq() {
		return this.seq;
	}

	/**
	 * Return whether the session was ended (client close 1000/1001, op 9 false, a fatal close, expiry).
	 * @return whether it can no longer be resumed
	 */
	public synchronized boolean invalidated() {
		return this.invalidated;
	}

	/**
	 * Return the live connection of this session.
	 * @return the connection, or {@code null} while disconnected
	 */
	public synchronized GatewayConnection connection() {
		return this.connection;
	}

	/**
	 * Number, keep and send one dispatch, if the session's intents allow it.
	 * @param dispatch the event
	 */
	public void dispatch(Dispatch dispatch) {
		if (!EventIntents.allows(dispatch.type(), dispatch.guildId() != 0, this.intents)) {
			return;
		}
		send(dispatch.type(), dispatch.dataBytes(hasMessageContent()));
	}

	/**
	 * Number, keep and send one dispatch whose data is already serialized for this session.
	 * @param type the event name
	 * @param data the serialized {@code d}
	 */
	synchronized void send(String type, byte[] data) {
		if (this.invalidated) {
			return;
		}
		byte[] frame = Dispatch.frame(type, ++this.seq, data);
		this.buffer.addLast(new Buffered(type, frame));
		if (this.buffer.size() > this.bufferSize) {
			this.buffer.pollFirst();
		}
		if (this.connection != null) {
			this.connection.enqueue(frame, type);
		}
	}

	/**
	 * Make a connection the session's live connection (after IDENTIFY).
	 * @param connection the connection
	 */
	synchronized void attach(GatewayConnection connection) {
		this.connection = connection;
		this.disconnectedAt = null;
		if (this.flood != null) {
			connection.startFlood(this.flood);
		}
	}

	/**
	 * Continue the session on a new connection: replay what the client missed, then RESUMED.
	 * @param connection the new connection
	 * @param clientSeq the last sequence number the client saw
	 * @return the outcome
	 */
	synchronized ResumeOutcome resume(GatewayConnection connection, long clientSeq) {
		if (this.invalidated) {
			return ResumeOutcome.INVALID;
		}
		if (clientSeq > this.seq || clientSeq < 0) {
			return ResumeOutcome.INVALID_SEQ;
		}
		long oldest = this.seq - this.buffer.size() + 1;
		if (clientSeq + 1 < oldest) {
			return ResumeOutcome.BUFFER_OVERFLOWED;
		}
		GatewayConnection previous = this.connection;
		if (previous != null && previous != connection) {
			previous.drop("session resumed on another connection");
		}
		this.connection = connection;
		this.disconnectedAt = null;
		long skip = clientSeq + 1 - oldest;
		Iterator<Buffered> iterator = this.buffer.iterator();
		for (long i = 0; i < skip; i++) {
			iterator.next();
		}
		while (iterator.hasNext()) {
			Buffered entry = iterator.next();
			connection.enqueue(entry.frame(), entry.type());
		}
		send("RESUMED", RESUMED_DATA);
		if (this.flood != null) {
			connection.startFlood(this.flood);
		}
		return ResumeOutcome.RESUMED;
	}

	/**
	 * Forget the connection once it is gone; the session stays resumable until it expires.
	 * @param connection the connection that closed
	 * @param now the current time
	 */
	synchronized void detach(GatewayConnection connection, Instant now) {
		if (this.connection == connection) {
			this.connection = null;
			this.disconnectedAt = now;
		}
	}

	/**
	 * End the session: it can no longer be resumed and receives nothing more.
	 */
	synchronized void invalidate() {
		this.invalidated = true;
		this.buffer.clear();
		this.flood = null;
	}

	/**
	 * Return whether the session has been disconnected for longer than the timeout.
	 * @param now the current time
	 * @param timeout how long a disconnected session stays resumable
	 * @return whether it has expired
	 */
	synchronized boolean expired(Instant now, Duration timeout) {
		return this.invalidated
				|| (this.connection == null && this.disconnectedAt != null
						&& now.isAfter(this.disconnectedAt.plus(timeout)));
	}

	/**
	 * Give the session a flood to run on its connection.
	 * @param flood the flood
	 */
	synchronized void flood(MessageFlood flood) {
		this.flood = flood;
		if (this.connection != null) {
			this.connection.startFlood(flood);
		}
	}

	/**
	 * Forget a flood that has finished.
	 * @param flood the flood
	 */
	synchronized void floodFinished(MessageFlood flood) {
		if (this.flood == flood) {
			this.flood = null;
		}
	}

	@Override
	public String toString() {
		return "GatewaySession[id=" + this.id + ", shard=[" + this.shardId + ", " + this.numShards + "]]";
	}

	/** Outcomes of {@link #resume}. */
	enum ResumeOutcome {

		RESUMED, INVALID, INVALID_SEQ, BUFFER_OVERFLOWED

	}

	private record Buffered(String type, byte[] frame) {
	}

}
