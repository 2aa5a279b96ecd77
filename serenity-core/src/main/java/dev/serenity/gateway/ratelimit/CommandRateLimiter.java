package dev.serenity.gateway.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;

/**
 * Keeps one gateway connection under Discord's send limit of {@value #DEFAULT_LIMIT} frames per 60 seconds
 * (heartbeats included; going over closes the connection with 4008), while heartbeats are never held back.
 * <p>
 * <b>Algorithm.</b> A sliding-window log, as in twilight's {@code CommandRatelimiter}: the send time of every frame,
 * commands and heartbeats alike, is kept for one window; a frame sent at {@code e} counts in the window
 * {@code (t - window, t]} while {@code t < e + window}. Only this algorithm guarantees that <em>no</em> window, not
 * just fixed ones, ever holds more than the limit.
 * <p>
 * <b>Reserved capacity.</b> {@link #reservedHeartbeats()} = {@code ceil(window / heartbeatInterval) + 1}, the number
 * of heartbeats that fit in one window plus one for a heartbeat the server asks for (op 1), which must be answered at
 * once. This is twilight's {@code nonreserved_commands_per_reset} formula (120 - 3 = 117 commands for a 41.25 s
 * interval, 118 for 60 s). A command is allowed while the log holds fewer than {@link #commandLimit()} =
 * {@code limit - reserved} frames.
 * <p>
 * <b>Why that never exceeds the limit.</b> Take any window and the last command {@code c} in it. When {@code c} was
 * allowed, the window ending at {@code c} held at most {@code limit - reserved} frames including {@code c}, and every
 * frame of our window up to {@code c} lies in that window. After {@code c} our window holds only heartbeats, sent in
 * less than one window, which are at most {@code reserved}. So every window holds at most {@code limit} frames.
 * <p>
 * <b>Differences from twilight.</b> Twilight does not log heartbeats; this class does, so heartbeats already sent
 * (for example a burst of server-requested ones) hold commands back instead of pushing the connection over the limit.
 * Twilight also caps the reservation at 10 to protect against a tiny interval from a faulty gateway, at the cost of
 * the guarantee; here the reservation is capped at {@code limit - 1} so that one command per window stays possible.
 * <p>
 * Create a new instance for each connection once HELLO gives the heartbeat interval. Instances are thread-safe.
 */
public final class CommandRateLimiter {

	/** Frames Discord accepts per window: {@value}. */
	public static final int DEFAULT_LIMIT = 120;

	/** Discord's window: 60 seconds. */
	public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(60);

	private final int limit;

	private final Duration window;

	private final int reservedHeartbeats;

	private final InstantSource clock;

	/** Send times of the frames in the current window, oldest first. */
	private final ArrayDeque<Instant> sent = new ArrayDeque<>();

	/**
	 * Create a limiter with Discord's limits: {@link #DEFAULT_LIMIT} frames per {@link #DEFAULT_WINDOW}.
	 * @param heartbeatInterval the heartbeat interval from HELLO
	 * @param clock the clock
	 */
	public CommandRateLimiter(Duration heartbeatInterval, InstantSource clock) {
		this(DEFAULT_LIMIT, DEFAULT_WINDOW, heartbeatInterval, clock);
	}

	/**
	 * Create a limiter.
	 * @param limit the frames allowed per window, heartbeats included; see {@link #DEFAULT_LIMIT}
	 * @param window the window; see {@link #DEFAULT_WINDOW}
	 * @param heartbeatInterval the heartbeat interval from HELLO, which decides the capacity kept for heartbeats
	 * @param clock the clock
	 * @throws IllegalArgumentException if {@code limit} is below 2 or a duration is not positive
	 */
	public CommandRateLimiter(int limit, Duration window, Duration heartbeatInterval, InstantSource clock) {
		if (limit < 2) {
			throw new IllegalArgumentException("'limit' must be at least 2, was " + limit);
		}
		requirePositive(window, "window");
		requirePositive(heartbeatInterval, "heartbeatInterval");
		this.limit = limit;
		this.window = window;
		this.reservedHeartbeats = reservedHeartbeats(limit, window, heartbeatInterval);
		this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
	}

	/**
	 * Return the capacity kept for heartbeats: {@code ceil(window / heartbeatInterval) + 1}, at most
	 * {@code limit - 1}.
	 * @param limit the frames allowed per window
	 * @param window the window
	 * @param heartbeatInterval the heartbeat interval
	 * @return the number of frames per window that commands may not use
	 */
	static int reservedHeartbeats(int limit, Duration window, Duration heartbeatInterval) {
		long perWindow;
		if (heartbeatInterval.compareTo(window) >= 0) {
			perWindow = 1;
		}
		else {
			long windowNanos = window.toNanos();
			long intervalNanos = heartbeatInterval.toNanos();
			perWindow = windowNanos / intervalNanos + ((windowNanos % intervalNanos != 0) ? 1 : 0);
		}
		return (int) Math.min(perWindow + 1, limit - 1L);
	}

	/**
	 * Take a permit for a command (anything but a heartbeat) if one is free now.
	 * @return {@code true} if the command may be sent now (and was counted), {@code false} if it must wait
	 * {@link #timeUntilNextCommand()}
	 */
	public synchronized boolean tryAcquireCommand() {
		Instant now = this.clock.instant();
		expire(now);
		if (this.sent.size() >= commandLimit()) {
			return false;
		}
		this.sent.addLast(now);
		return true;
	}

	/**
	 * Count a heartbeat that is being sent. Heartbeats are always allowed; they use the reserved capacity and, once
	 * counted, hold back commands.
	 */
	public synchronized void recordHeartbeat() {
		Instant now = this.clock.instant();
		expire(now);
		this.sent.addLast(now);
	}

	/**
	 * Return how long until {@link #tryAcquireCommand()} can succeed, if nothing else is sent meanwhile.
	 * @return {@link Duration#ZERO} if a command may be sent now, otherwise the time until enough frames leave the
	 * window
	 */
	public synchronized Duration timeUntilNextCommand() {
		Instant now = this.clock.instant();
		expire(now);
		int excess = this.sent.size() - commandLimit();
		if (excess < 0) {
			return Duration.ZERO;
		}
		Iterator<Instant> oldestFirst = this.sent.iterator();
		for (int i = 0; i < excess; i++) {
			oldestFirst.next();
		}
		Duration wait = Duration.between(now, oldestFirst.next().plus(this.window));
		return wait.isNegative() ? Duration.ZERO : wait;
	}

	/**
	 * Return the number of commands that may be sent now.
	 * @return between 0 and {@link #commandLimit()}
	 */
	public synchronized int availableCommands() {
		expire(this.clock.instant());
		return Math.max(0, commandLimit() - this.sent.size());
	}

	/**
	 * Return the frames allowed per window, heartbeats included.
	 * @return the limit
	 */
	public int limit() {
		return this.limit;
	}

	/**
	 * Return the window.
	 * @return the window
	 */
	public Duration window() {
		return this.window;
	}

	/**
	 * Return the capacity per window kept for heartbeats.
	 * @return {@code ceil(window / heartbeatInterval) + 1}, at most {@code limit - 1}
	 */
	public int reservedHeartbeats() {
		return this.reservedHeartbeats;
	}

	/**
	 * Return the frames a window may hold for a command to be allowed.
	 * @return {@code limit - reservedHeartbeats}
	 */
	public int commandLimit() {
		return this.limit - this.reservedHeartbeats;
	}

	private void expire(Instant now) {
		while (!this.sent.isEmpty() && !this.sent.peekFirst().plus(this.window).isAfter(now)) {
			this.sent.removeFirst();
		}
	}

	private static void requirePositive(Duration duration, String name) {
		Objects.requireNonNull(duration, () -> "'" + name + "' must not be null");
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("'" + name + "' must be positive, was " + duration);
		}
	}

}
