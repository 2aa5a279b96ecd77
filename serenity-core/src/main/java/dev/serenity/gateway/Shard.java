package dev.serenity.gateway;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import dev.serenity.gateway.GatewayCloseCode.Action;
import dev.serenity.gateway.command.PresenceUpdate;
import dev.serenity.gateway.command.RequestGuildMembers;
import dev.serenity.gateway.command.VoiceStateUpdate;
import dev.serenity.gateway.compression.GatewayDecompressor;
import dev.serenity.gateway.lifecycle.ReconnectAttemptEvent;
import dev.serenity.gateway.lifecycle.ShardConnectedEvent;
import dev.serenity.gateway.lifecycle.ShardDisconnectedEvent;
import dev.serenity.gateway.lifecycle.ShardFatallyClosedEvent;
import dev.serenity.gateway.lifecycle.ShardResumedEvent;
import dev.serenity.model.Member;
import dev.serenity.model.Snowflake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;

/**
 * One connection to Discord's gateway, as a state machine: connect, HELLO, IDENTIFY (through the identify queue) or
 * RESUME, heartbeats with zombie detection, and reconnects that resume whenever the session survives. All state
 * changes run one at a time on the shard's {@link SerialExecutor}; every timer runs on the configured scheduler, so
 * tests drive a shard on virtual time.
 */
public final class Shard {

	/** Close code the shard uses when it means to resume (Discord ends the session only on 1000 and 1001). */
	public static final int RESUMABLE_CLOSE_CODE = 4900;

	/** Commands that may wait for the shard to connect or for the command limit. */
	public static final int MAX_PENDING_COMMANDS = 1000;

	/** Shortest heartbeat interval accepted in HELLO; anything shorter would flood the connection. */
	static final Duration MIN_HEARTBEAT_INTERVAL = Duration.ofMillis(100);

	/** Longest heartbeat interval accepted in HELLO; Discord sends about 41 s. */
	static final Duration MAX_HEARTBEAT_INTERVAL = Duration.ofMinutes(10);

	private static final Logger logger = LoggerFactory.getLogger(Shard.class);

	private final int id;

	private final int total;

	private final GatewayConfig config;

	private final ShardEnvironment environment;

	private final SerialExecutor actor;

	private final GuildMembersCollector members;

	private final SequenceTracker sequence;

	private final SafeSessionStore sessions;

	private final CommandQueue commands;

	private final Heartbeat heartbeat;

	private volatile ShardState state = ShardState.DISCONNECTED;

	private volatile ShardConnection connection;

	private volatile int generation;

	private volatile String sessionId;

	private volatile String resumeUrl;


	private volatile Instant lastEventAt;

	private volatile int reconnectAttempts;

	private volatile Snowflake userId;

	private volatile Snowflake applicationId;

	private PresenceUpdate presence;

	private Disposable timeoutTask;

	private Disposable reconnectTask;

	private volatile boolean stopping;

	private CompletableFuture<Void> ready = new CompletableFuture<>();

	private CompletionStage<Void> identifyTurn;

	private ShardConnection draining;

	/**
	 * Create a shard; it connects on {@link #start()}.
	 * @param id the shard id
	 * @param total the shard count
	 * @param config the client's gateway settings
	 * @param environment what the client's shards share
	 */
	public Shard(int id, int total, GatewayConfig config, ShardEnvironment environment) {
		if (total < 1 || id < 0 || id >= total) {
			throw new IllegalArgumentException("A shard needs 0 <= id < total, got [" + id + ", " + total + "]");
		}
		this.id = id;
		this.total = total;
		this.config = config;
		this.environment = environment;
		this.presence = config.presence();
		this.actor = new SerialExecutor((task) -> config.scheduler().schedule(task));
		this.members = new GuildMembersCollector(this, config.scheduler());
		this.heartbeat = new Heartbeat(config);
		this.sequence = new SequenceTracker(id);
		this.sessions = new SafeSessionStore(environment, id, total);
		this.commands = new CommandQueue(config, id, this::scheduleFlush);
	}

	public int id() {
		return this.id;
	}

	public int total() {
		return this.total;
	}

	public ShardState state() {
		return this.state;
	}

	public Latency latency() {
		return this.heartbeat.latency();
	}

	/**
	 * Return the current session.
	 * @return the session id, or {@code null} without a session
	 */
	public String sessionId() {
		return this.sessionId;
	}

	/**
	 * Return the last sequence number received.
	 * @return {@code s} of the last dispatch, or -1
	 */
	public long sequence() {
		return this.sequence.get();
	}

	/**
	 * Return when the last dispatch arrived.
	 * @return the time, or {@code null} before the first
	 */
	public Instant lastEventAt() {
		return this.lastEventAt;
	}

	/**
	 * Return the bot's user id, from READY.
	 * @return the id, or {@code null} before the first READY
	 */
	public Snowflake userId() {
		return this.userId;
	}

	/**
	 * Return the application id, from READY.
	 * @return the id, or {@code null} before the first READY
	 */
	public Snowflake applicationId() {
		return this.applicationId;
	}

	/**
	 * Return the reconnect attempts since the shard was last connected.
	 * @return the count
	 */
	public int reconnectAttempts() {
		return this.reconnectAttempts;
	}

	DispatchSink sink() {
		return this.environment.sink();
	}

	GatewayConfig config() {
		return this.config;
	}

	/**
	 * Connect (resuming a session the session store holds for this shard, if any).
	 * @return completes at the first READY or RESUMED; fails with {@link GatewayCloseException} when Discord closes
	 * the shard for good
	 */
	public CompletableFuture<Void> start() {
		CompletableFuture<Void> started = new CompletableFuture<>();
		this.actor.execute(() -> {
			CompletableFuture<Void> previous = this.ready;
			if (!previous.isDone()) {
				// A start still waiting (e.g. restarted before READY) completes with this one.
				started.whenComplete((ignored, error) -> complete(previous, error));
			}
			this.ready = started;
			this.stopping = false;
			if (this.state == ShardState.FATALLY_CLOSED) {
				this.state = ShardState.DISCONNECTED;
			}
			if (this.connection != null) {
				return;
			}
			if (this.sessionId == null) {
				this.sessions.load().ifPresent((saved) -> {
					logger.info("Shard [{}, {}] will resume saved session {}", this.id, this.total, saved.sessionId());
					this.sessionId = saved.sessionId();
					this.resumeUrl = saved.resumeGatewayUrl();
					this.sequence.set(saved.sequence());
				});
			}
			connect();
		});
		return started;
	}

	/**
	 * Return whether the shard was shut down and not started since; {@link #start()} connects it again.
	 * @return whether it is shut down
	 */
	public boolean isShutDown() {
		return this.stopping;
	}

	/**
	 * Close the connection and reconnect, resuming the session.
	 * @return completes when the shard is connected again
	 */
	public CompletableFuture<Void> restart() {
		return shutdown(true).thenCompose((ignored) -> start());
	}

	/**
	 * Disconnect. With {@code keepSession} the shard closes with a non-1000 code and saves its session, so that it
	 * (or a restarted process) resumes; without, it logs out with 1000 and forgets the session.
	 * @param keepSession whether the session should survive
	 * @return completes once the connection ended and every event it received was handed to the dispatcher
	 */
	public CompletableFuture<Void> shutdown(boolean keepSession) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		this.actor.execute(() -> {
			this.stopping = true;
			cancel(this.reconnectTask);
			stopTimers();
			ShardConnection current = this.connection;
			this.connection = null;
			this.generation++;
			if (keepSession) {
				saveSession();
			}
			else {
				clearSession();
			}
			if (this.state != ShardState.FATALLY_CLOSED) {
				this.state = ShardState.DISCONNECTED;
			}
			failPending("shard " + this.id + " was shut down");
			this.members.failAll("shard " + this.id + " was shut down");
			ShardConnection draining = this.draining;
			if (current == null) {
				if (draining != null) {
					draining.drained().whenComplete((ignored, error) -> done.complete(null));
				}
				else {
					done.complete(null);
				}
				return;
			}
			current.close(keepSession ? RESUMABLE_CLOSE_CODE : 1000, keepSession ? "restarting" : "logging out");
			current.drained().whenComplete((ignored, error) -> done.complete(null));
		});
		return done;
	}

	/**
	 * Set the bot's presence (op 3); it is also sent with future IDENTIFYs.
	 * @param presence the presence
	 * @return completes when the command was sent
	 */
	public CompletableFuture<Void> updatePresence(PresenceUpdate presence) {
		String payload = GatewayPayloads.presenceUpdate(presence);
		this.actor.execute(() -> this.presence = presence);
		return command(payload);
	}

	/**
	 * Join, move within or leave voice in a guild of this shard (op 4).
	 * @param update the voice state
	 * @return completes when the command was sent
	 */
	public CompletableFuture<Void> updateVoiceState(VoiceStateUpdate update) {
		return command(GatewayPayloads.voiceStateUpdate(update));
	}

	/**
	 * Ask for guild members (op 8) and collect every GUILD_MEMBERS_CHUNK answering it.
	 * @param request what to ask for
	 * @param timeout how long to wait for the last chunk
	 * @return the members found; fails on timeout or when Discord rate-limits the request
	 */
	public CompletableFuture<List<Member>> requestGuildMembers(RequestGuildMembers request, Duration timeout) {
		return this.members.request(request, timeout);
	}

	/**
	 * Ask for guild members (op 8) without collecting the answer here: the GUILD_MEMBERS_CHUNK dispatches (or a
	 * RATE_LIMITED one) reach the cache and listeners like any event.
	 * @param request what to ask for
	 * @param nonce the nonce the chunks will carry (at most 32 bytes)
	 * @return completes when the command was sent
	 */
	public CompletableFuture<Void> sendRequestGuildMembers(RequestGuildMembers request, String nonce) {
		return command(GatewayPayloads.requestGuildMembers(request, nonce));
	}

	CompletableFuture<Void> command(String payload) {
		CompletableFuture<Void> sent = new CompletableFuture<>();
		this.actor.execute(() -> {
			this.commands.add(payload, sent);
			flushCommands();
		});
		return sent;
	}

	private Disposable scheduleFlush(Duration delay) {
		return schedule(delay, () -> {
			this.commands.timerFired();
			flushCommands();
		});
	}

	private void flushCommands() {
		this.commands.flush((this.state == ShardState.CONNECTED) ? this.connection : null);
	}

	private void failPending(String reason) {
		this.commands.failAll(reason);
	}

	private void connect() {
		if (this.stopping || this.state == ShardState.FATALLY_CLOSED || this.connection != null) {
			return;
		}
		cancel(this.reconnectTask);
		boolean resume = this.sessionId != null && this.resumeUrl != null;
		URI uri = this.config.gatewayUri(resume ? this.resumeUrl : this.environment.gatewayUrl());
		GatewayDecompressor decompressor;
		try {
			decompressor = GatewayDecompressor.create(this.config.compression(), this.config.maxFrameSize());
		}
		catch (RuntimeException ex) {
			logger.error("Shard [{}, {}] cannot connect: {}", this.id, this.total, ex.getMessage());
			this.state = ShardState.FATALLY_CLOSED;
			this.ready.completeExceptionally(ex);
			return;
		}
		this.state = ShardState.CONNECTING;
		int connectionGeneration = ++this.generation;
		ShardConnection next = new ShardConnection(this, connectionGeneration, uri, resume, decompressor);
		this.connection = next;
		logger.debug("Shard [{}, {}] connecting to {}", this.id, this.total, uri);
		this.timeoutTask = schedule(this.config.handshakeTimeout(),
				() -> handshakeTimedOut(next, "no HELLO within " + this.config.handshakeTimeout().toSeconds() + " s"));
		next.open(this.environment.webSocketClient());
	}

	void connectionOpened(ShardConnection opened) {
		logger.debug("Shard [{}, {}] connection {} open", this.id, this.total, opened.generation());
	}

	/**
	 * Called on the event loop for every payload; decides whether a dispatch goes on to the dispatcher.
	 * @param source the connection
	 * @param frame the payload
	 * @return whether to hand the frame to the dispatcher
	 */
	boolean frameReceived(ShardConnection source, GatewayFrame frame) {
		if (source.generation() != this.generation) {
			return false;
		}
		if (!frame.isDispatch()) {
			this.actor.execute(() -> control(source, frame));
			return false;
		}
		if (!this.sequence.accept(frame)) {
			return false;
		}
		this.lastEventAt = this.config.clock().instant();
		String type = frame.type();
		if ("READY".equals(type) || "RESUMED".equals(type)) {
			this.actor.execute(() -> sessionStarted(source, frame));
		}
		else if (this.members.waiting() && ("GUILD_MEMBERS_CHUNK".equals(type) || "RATE_LIMITED".equals(type))) {
			this.actor.execute(() -> this.members.accept(frame));
		}
		return true;
	}

	private void control(ShardConnection source, GatewayFrame frame) {
		if (source != this.connection) {
			return;
		}
		switch (frame.op()) {
			case 10 -> hello(source, frame);
			case 11 -> heartbeatAcknowledged();
			case 1 -> {
				// Answer at once; the schedule and the zombie check stay with the regular beats.
				source.send(GatewayPayloads.heartbeat(this.sequence.get()));
				this.commands.heartbeatSent();
			}
			case 7 -> reconnect(source, true, "Discord asked to reconnect (op 7)");
			case 9 -> invalidSession(source, frame);
			default -> logger.debug("Shard {} ignored a payload with unknown opcode {}", this.id, frame.op());
		}
	}

	private void hello(ShardConnection source, GatewayFrame frame) {
		if (this.state != ShardState.CONNECTING) {
			logger.warn("Shard {} ignored a second HELLO on its connection (state {})", this.id, this.state);
			return;
		}
		cancel(this.timeoutTask);
		JsonNode interval = frame.data().path("heartbeat_interval");
		if (!interval.isNumber() || !Double.isFinite(interval.asDouble())
				|| interval.asDouble() < MIN_HEARTBEAT_INTERVAL.toMillis()
				|| interval.asDouble() > MAX_HEARTBEAT_INTERVAL.toMillis()) {
			protocolError(source, "HELLO with an invalid heartbeat_interval " + interval);
			return;
		}
		Duration heartbeatInterval = Duration.ofMillis(interval.asLong());
		this.commands.newConnection(heartbeatInterval);
		this.heartbeat.start(heartbeatInterval, () -> this.actor.execute(() -> heartbeatDue(source)));
		if (source.resumeUrl()) {
			this.state = ShardState.RESUMING;
			source.send(GatewayPayloads.resume(this.config, this.sessionId, this.sequence.get()));
			this.timeoutTask = schedule(this.config.handshakeTimeout(), () -> handshakeTimedOut(source, "no RESUMED"));
			return;
		}
		this.state = ShardState.IDENTIFYING;
		CompletionStage<Void> turn = this.environment.identifyQueue().enqueue(this.id);
		this.identifyTurn = turn;
		turn.whenComplete((ignored, error) -> this.actor.execute(() -> identify(source, error)));
	}

	private void identify(ShardConnection source, Throwable queueError) {
		this.identifyTurn = null;
		if (source != this.connection || this.state != ShardState.IDENTIFYING) {
			return;
		}
		if (queueError != null) {
			logger.warn("Shard {} could not pass the identify queue: {}", this.id, queueError.toString());
			reconnect(source, false, "identify queue failed");
			return;
		}
		this.sequence.set(-1);
		source.send(GatewayPayloads.identify(this.config, this.presence, this.id, this.total));
		this.timeoutTask = schedule(this.config.handshakeTimeout(), () -> handshakeTimedOut(source, "no READY"));
	}

	private void sessionStarted(ShardConnection source, GatewayFrame frame) {
		if (source != this.connection) {
			return;
		}
		cancel(this.timeoutTask);
		if ("READY".equals(frame.type())) {
			ReadyInfo ready = ReadyInfo.from(frame);
			this.sessionId = ready.sessionId();
			this.resumeUrl = ready.resumeGatewayUrl();
			this.userId = ready.userId();
			this.applicationId = ready.applicationId();
			this.state = ShardState.CONNECTED;
			logger.info("Shard [{}, {}] connected: session {}", this.id, this.total, this.sessionId);
			publish(new ShardConnectedEvent(this.id, this.total, this.sessionId));
		}
		else {
			this.state = ShardState.CONNECTED;
			logger.info("Shard [{}, {}] resumed session {}", this.id, this.total, this.sessionId);
			publish(new ShardResumedEvent(this.id, this.total, this.sessionId));
		}
		this.reconnectAttempts = 0;
		saveSession();
		this.ready.complete(null);
		flushCommands();
	}

	private void heartbeatDue(ShardConnection source) {
		if (source != this.connection) {
			return;
		}
		if (this.heartbeat.awaitingAck()) {
			if (!source.inboundPaused()) {
				logger.warn("Shard {} got no heartbeat ACK since its last heartbeat; reconnecting (zombied connection)",
						this.id);
				reconnect(source, true, "no heartbeat ACK (zombied connection)");
				return;
			}
			logger.debug("Shard {} has an ACK pending while its listeners are behind; not a zombie", this.id);
		}
		sendHeartbeat(source);
	}

	private void sendHeartbeat(ShardConnection source) {
		source.send(GatewayPayloads.heartbeat(this.sequence.get()));
		this.commands.heartbeatSent();
		this.heartbeat.sent();
	}

	private void heartbeatAcknowledged() {
		this.heartbeat.acknowledged();
		if (this.state == ShardState.CONNECTED) {
			saveSession();
		}
	}

	private void invalidSession(ShardConnection source, GatewayFrame frame) {
		JsonNode data = frame.data();
		if (!data.isBoolean()) {
			logger.warn("Shard {} skipped an INVALID_SESSION whose 'd' is not a boolean: {}", this.id, data);
			return;
		}
		boolean resumable = data.booleanValue();
		logger.info("Shard [{}, {}] session invalidated by Discord (may resume: {})", this.id, this.total, resumable);
		if (!resumable) {
			clearSession();
		}
		reconnect(source, resumable, "invalid session (op 9, may resume: " + resumable + ")");
	}

	/**
	 * Give up a connection the shard cannot use (undecodable data, an invalid HELLO) and reconnect with back-off.
	 * @param source the connection
	 * @param problem what is wrong
	 */
	void protocolError(ShardConnection source, String problem) {
		this.actor.execute(() -> {
			if (source == this.connection) {
				logger.warn("Shard {} protocol error: {}", this.id, problem);
				reconnect(source, this.sessionId != null, "protocol error: " + problem);
			}
		});
	}

	private void handshakeTimedOut(ShardConnection source, String what) {
		if (source != this.connection || this.state == ShardState.CONNECTED) {
			return;
		}
		Instant last = this.lastEventAt;
		boolean progressing = last != null
				&& last.isAfter(this.config.clock().instant().minus(this.config.handshakeTimeout()));
		if (source.inboundPaused() || (this.state == ShardState.RESUMING && progressing)) {
			// A replay is still arriving, or listeners are behind: not a dead connection.
			this.timeoutTask = schedule(this.config.handshakeTimeout(), () -> handshakeTimedOut(source, what));
			return;
		}
		logger.warn("Shard {} timed out: {}", this.id, what);
		reconnect(source, this.sessionId != null, "timed out: " + what);
	}

	/** The shard itself ends a connection and reconnects, after it has delivered what it received. */
	private void reconnect(ShardConnection source, boolean resume, String reason) {
		stopTimers();
		this.connection = null;
		this.generation++;
		this.state = ShardState.DISCONNECTED;
		source.close(RESUMABLE_CLOSE_CODE, reason);
		publish(new ShardDisconnectedEvent(this.id, this.total, RESUMABLE_CLOSE_CODE, reason, resume));
		Duration extra = resume ? Duration.ZERO
				: Duration.ofMillis(1000 + (long) (4000 * this.config.random().nextDouble()));
		this.draining = source;
		source.drained().whenComplete((ignored, error) -> this.actor.execute(() -> {
			if (this.draining == source) {
				this.draining = null;
			}
			scheduleReconnect(extra);
		}));
	}

	/**
	 * Called once a connection ended and everything it received was handed over.
	 */
	void connectionClosed(ShardConnection source, int code, String reason, Throwable error) {
		this.actor.execute(() -> closed(source, code, reason, error));
	}

	private void closed(ShardConnection source, int code, String reason, Throwable error) {
		if (source != this.connection) {
			return;
		}
		stopTimers();
		this.connection = null;
		if (this.stopping) {
			this.state = ShardState.DISCONNECTED;
			return;
		}
		String description = GatewayCloseCode.describe(code) + ((reason != null && !reason.isEmpty())
				? ": " + reason : "") + ((error != null) ? " (" + error + ")" : "");
		Action action = GatewayCloseCode.actionFor(code);
		if (action == Action.FATAL) {
			this.state = ShardState.FATALLY_CLOSED;
			clearSession();
			GatewayCloseException failure = new GatewayCloseException(this.id, this.total, code, reason);
			logger.error("Shard [{}, {}] closed for good: {}", this.id, this.total, failure.getMessage());
			publish(new ShardFatallyClosedEvent(this.id, this.total, code, failure.getMessage()));
			this.ready.completeExceptionally(failure);
			failPending(failure.getMessage());
			this.members.failAll(failure.getMessage());
			return;
		}
		if (action == Action.IDENTIFY) {
			clearSession();
		}
		logger.info("Shard [{}, {}] disconnected: {}; will {}", this.id, this.total, description,
				(this.sessionId != null) ? "resume" : "identify");
		this.state = ShardState.DISCONNECTED;
		publish(new ShardDisconnectedEvent(this.id, this.total, code, description, this.sessionId != null));
		scheduleReconnect(Duration.ZERO);
	}

	private void scheduleReconnect(Duration extra) {
		if (this.stopping || this.state == ShardState.FATALLY_CLOSED || this.connection != null) {
			return;
		}
		int attempt = ++this.reconnectAttempts;
		Duration delay = this.config.reconnectDelay().delay(attempt).plus(extra);
		publish(new ReconnectAttemptEvent(this.id, this.total, attempt, delay, this.sessionId != null));
		this.reconnectTask = schedule(delay, this::connect);
	}

	private void saveSession() {
		if (this.sessionId != null && this.resumeUrl != null) {
			this.sessions.save(this.sessionId, this.sequence.get(), this.resumeUrl);
		}
	}

	private void clearSession() {
		this.sessionId = null;
		this.resumeUrl = null;
		this.sessions.delete();
	}

	private void stopTimers() {
		CompletionStage<Void> turn = this.identifyTurn;
		this.identifyTurn = null;
		if (turn instanceof java.util.concurrent.Future<?> future) {
			// Give the identify window back if this shard no longer needs it.
			future.cancel(false);
		}
		this.heartbeat.stop();
		cancel(this.timeoutTask);
		this.commands.cancelTimer();
		this.timeoutTask = null;
	}

	private void publish(Object event) {
		this.environment.sink().publish(this, event);
	}

	private Disposable schedule(Duration delay, Runnable task) {
		return this.config.scheduler()
			.schedule(() -> this.actor.execute(task), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
	}

	private static void complete(CompletableFuture<Void> future, Throwable error) {
		if (error != null) {
			future.completeExceptionally(error);
		}
		else {
			future.complete(null);
		}
	}

	private static void cancel(Disposable task) {
		if (task != null) {
			task.dispose();
		}
	}

	@Override
	public String toString() {
		return "Shard[" + this.id + ", " + this.total + ", " + this.state + "]";
	}

}
