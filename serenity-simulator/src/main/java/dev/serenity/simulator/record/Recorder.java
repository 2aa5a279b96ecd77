package dev.serenity.simulator.record;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything clients did to the simulator, for tests to inspect: connections, frames, closes, IDENTIFY and RESUME
 * attempts, presences and REST requests. Each list keeps the newest {@value #CAPACITY} entries.
 */
public final class Recorder {

	/** Entries kept per list. */
	public static final int CAPACITY = 100_000;

	private final Log<ConnectionRecord> connections = new Log<>();

	private final Log<ClientFrame> frames = new Log<>();

	private final Log<CloseRecord> closes = new Log<>();

	private final Log<SessionAttempt> sessionAttempts = new Log<>();

	private final Log<PresenceRecord> presences = new Log<>();

	private final Log<RestRecord> rest = new Log<>();

	public void connection(ConnectionRecord record) {
		this.connections.add(record);
	}

	public void frame(ClientFrame frame) {
		this.frames.add(frame);
	}

	public void close(CloseRecord record) {
		this.closes.add(record);
	}

	public void sessionAttempt(SessionAttempt attempt) {
		this.sessionAttempts.add(attempt);
	}

	public void presence(PresenceRecord presence) {
		this.presences.add(presence);
	}

	public void rest(RestRecord record) {
		this.rest.add(record);
	}

	public List<ConnectionRecord> connections() {
		return this.connections.list();
	}

	public List<ClientFrame> frames() {
		return this.frames.list();
	}

	public List<CloseRecord> closes() {
		return this.closes.list();
	}

	public List<SessionAttempt> sessionAttempts() {
		return this.sessionAttempts.list();
	}

	public List<PresenceRecord> presences() {
		return this.presences.list();
	}

	/**
	 * Return every REST request, oldest first.
	 * @return the REST requests
	 */
	public List<RestRecord> rest() {
		return this.rest.list();
	}

	/**
	 * Forget everything recorded so far.
	 */
	public void clear() {
		this.connections.clear();
		this.frames.clear();
		this.closes.clear();
		this.sessionAttempts.clear();
		this.presences.clear();
		this.rest.clear();
	}

	private static final class Log<T> {

		private final Deque<T> entries = new ConcurrentLinkedDeque<>();

		private final AtomicInteger size = new AtomicInteger();

		void add(T entry) {
			this.entries.addLast(entry);
			if (this.size.incrementAndGet() > CAPACITY && this.entries.pollFirst() != null) {
				this.size.decrementAndGet();
			}
		}

		List<T> list() {
			return List.copyOf(new ArrayList<>(this.entries));
		}

		void clear() {
			this.entries.clear();
			this.size.set(0);
		}

	}

}
