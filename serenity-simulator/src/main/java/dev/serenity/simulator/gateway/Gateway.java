package dev.serenity.simulator.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.Snowflakes;
import dev.serenity.simulator.gateway.compression.PayloadCompressionEncoder;
import dev.serenity.simulator.gateway.compression.TransportEncoder;
import dev.serenity.simulator.record.PresenceRecord;
import dev.serenity.simulator.record.Recorder;
import dev.serenity.simulator.record.SessionAttempt;
import dev.serenity.simulator.record.SessionAttempt.Kind;
import dev.serenity.simulator.record.SessionAttempt.Result;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import io.netty.channel.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulated gateway: sessions, IDENTIFY and RESUME with Discord's checks and limits, routing of dispatches to
 * the shards that should receive them, and the per-shard faults.
 */
public final class Gateway {

	private static final Logger logger = LoggerFactory.getLogger(Gateway.class);

	private static final ShardFaults NO_FAULTS = new ShardFaults();

	private final SimulatorConfig config;

	private final World world;

	private final WorldJson json;

	private final Recorder recorder;

	private final GatewayProtocol protocol;

	private final GatewayCommands commands;

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final Map<String, GatewaySession> sessions = new ConcurrentHashMap<>();

	private final Map<Long, GatewayConnection> connections = new ConcurrentHashMap<>();

	private final Map<Integer, ShardFaults> faults = new ConcurrentHashMap<>();

	private final Map<Integer, Instant> lastIdentifyByBucket = new HashMap<>();

	private int sessionStartsRemaining;

	private Instant sessionStartsResetAt;

	private volatile String resumeGatewayUrl = "";

	private final AtomicReference<String> nextHello = new AtomicReference<>();

	/**
	 * Create the gateway.
	 * @param config the simulator's settings
	 * @param world the simulated state
	 * @param recorder where client activity is recorded
	 */
	public Gateway(SimulatorConfig config, World world, Recorder recorder) {
		this.config = config;
		this.world = world;
		this.json = new WorldJson(world);
		this.recorder = recorder;
		this.commands = new GatewayCommands(this, world);
		this.protocol = new GatewayProtocol(this, config, this.commands);
		this.sessionStartsRemaining = config.sessionStartLimit();
		this.sessionStartsResetAt = now().plus(config.sessionStartReset());
	}

	public Instant now() {
		return this.config.clock().instant();
	}

	public Recorder recorder() {
		return this.recorder;
	}

	GatewayProtocol protocol() {
		return this.protocol;
	}

	/**
	 * Set the URL READY announces as {@code resume_gateway_url}.
	 * @param url the resume URL
	 */
	public void resumeGatewayUrl(String url) {
		this.resumeGatewayUrl = url;
	}

	/**
	 * Return the faults in force for a shard.
	 * @param shardId the shard
	 * @return its faults (shared by every session of that shard id)
	 */
	public ShardFaults faults(int shardId) {
		if (shardId < 0) {
			return NO_FAULTS;
		}
		return this.faults.computeIfAbsent(shardId, (id) -> new ShardFaults());
	}

	/**
	 * Accept a new WebSocket connection and greet it with HELLO.
	 * @param channel the channel after the handshake
	 * @param url the path and query it connected to
	 * @param resumeUrl whether it is the resume URL
	 * @param encoder the transport encoder for its {@code compress} parameter
	 * @return the connection handler to add to the pipeline
	 */
	public GatewayConnection open(Channel channel, String url, boolean resumeUrl, TransportEncoder encoder) {
		GatewayConnection connection = new GatewayConnection(this, channel, url, resumeUrl, encoder);
		this.connections.put(connection.id(), connection);
		String hello = this.nextHello.getAndSet(null);
		connection.send((hello != null) ? hello : "{\"op\":10,\"d\":{\"heartbeat_interval\":"
				+ this.config.heartbeatInterval().toMillis() + ",\"_trace\":[\"[\\\"serenity-simulator\\\",{}]\"]}}");
		return connection;
	}

	/**
	 * Replace the HELLO of the next connection, e.g. with an invalid heartbeat interval.
	 * @param helloJson the payload to send instead of HELLO
	 */
	public void overrideNextHello(String helloJson) {
		this.nextHello.set(helloJson);
	}

	/**
	 * Route a dispatch to every session whose shard owns its guild (shard 0 for events without a guild).
	 * @param dispatch the event
	 */
	public void dispatch(Dispatch dispatch) {
		for (GatewaySession session : this.sessions.values()) {
			if (receives(session, dispatch.guildId())) {
				session.dispatch(dispatch);
			}
		}
	}

	private static boolean receives(GatewaySession session, long guildId) {
		return (guildId != 0) ? Snowflakes.shardOf(guildId, session.numShards()) == session.shardId()
				: session.shardId() == 0;
	}

	/**
	 * Return the live sessions, for inspection and for the control API.
	 * @return the sessions not yet invalidated or expired
	 */
	public List<GatewaySession> sessions() {
		return new ArrayList<>(this.sessions.values());
	}

	/**
	 * Return the open connections.
	 * @return the connections
	 */
	public List<GatewayConnection> connections() {
		return new ArrayList<>(this.connections.values());
	}

	synchronized void identify(GatewayConnection connection, JsonNode data) {
		Instant now = now();
		if (connection.authenticated()) {
			refuse(connection, Kind.IDENTIFY, -1, 0, 0, CloseCodes.ALREADY_AUTHENTICATED,
					"Already authenticated: a second IDENTIFY on one connection");
			return;
		}
		Identify identify;
		try {
			identify = Identify.read(data, this.config);
		}
		catch (IdentifyRejectedException ex) {
			refuse(connection, Kind.IDENTIFY, ex.shardId, ex.numShards, ex.intents, ex.code, ex.getMessage());
			return;
		}
		long guildsOnShard = this.world.guilds()
			.stream()
			.filter((guild) -> Snowflakes.shardOf(guild.id(), identify.numShards()) == identify.shardId())
			.count();
		if (guildsOnShard > this.config.maxGuildsPerShard()) {
			refuse(connection, Kind.IDENTIFY, identify.shardId(), identify.numShards(), identify.intents(),
					CloseCodes.SHARDING_REQUIRED, "Sharding required: shard " + identify.shardId() + " would hold "
							+ guildsOnShard + " guilds, over " + this.config.maxGuildsPerShard());
			return;
		}
		if (faults(identify.shardId()).held()) {
			record(connection, Kind.IDENTIFY, identify.shardId(), identify.numShards(), identify.intents(), null, -1,
					Result.REFUSED, 0);
			connection.drop("shard " + identify.shardId() + " is held disconnected");
			return;
		}
		refreshSessionStarts(now);
		if (this.sessionStartsRemaining <= 0) {
			this.sessions.values().forEach((session) -> {
				GatewayConnection live = session.connection();
				if (live != null) {
					live.close(CloseCodes.NOT_AUTHENTICATED, "Not authenticated: the token was reset");
				}
			});
			refuse(connection, Kind.IDENTIFY, identify.shardId(), identify.numShards(), identify.intents(),
					CloseCodes.AUTHENTICATION_FAILED,
					"Authentication failed: session start limit exhausted, the token was reset");
			return;
		}
		int bucket = identify.shardId() % this.config.maxConcurrency();
		Instant last = this.lastIdentifyByBucket.get(bucket);
		if (last != null && now.isBefore(last.plus(this.config.identifyWindow()))) {
			logger.info("IDENTIFY of shard {} inside the window of bucket {}: op 9", identify.shardId(), bucket);
			record(connection, Kind.IDENTIFY, identify.shardId(), identify.numShards(), identify.intents(), null, -1,
					Result.INVALID_SESSION, 0);
			connection.send("{\"op\":9,\"d\":false}");
			return;
		}
		this.lastIdentifyByBucket.put(bucket, now);
		this.sessionStartsRemaining--;
		startSession(connection, identify);
	}

	private void startSession(GatewayConnection connection, Identify identify) {
		GatewaySession session = new GatewaySession(GatewayCommands.randomHex(16), identify.shardId(),
				identify.numShards(), identify.intents(), identify.largeThreshold(),
				this.config.resumeBufferSize());
		if (identify.presence() != null) {
			presence(session, identify.presence());
		}
		if (identify.compress() && connection.encoderIsPlain()) {
			connection.encoder(new PayloadCompressionEncoder());
		}
		synchronized (session) {
			this.sessions.put(session.id(), session);
			connection.authenticated(session);
			session.attach(connection);
			session.send("READY", this.mapper.writeValueAsBytes(ready(session)));
			boolean allMembers = Intent.GUILD_MEMBERS.in(session.intents());
			for (SimGuild guild : this.world.guilds()) {
				if (receives(session, guild.id())) {
					session.dispatch(Dispatch.of("GUILD_CREATE", guild.id(),
							this.json.guildCreate(guild, allMembers, session.largeThreshold())));
				}
			}
		}
		record(connection, Kind.IDENTIFY, identify.shardId(), identify.numShards(), identify.intents(), session.id(),
				-1, Result.READY, 0);
		logger.info("Shard [{}, {}] identified: session {}", identify.shardId(), identify.numShards(), session.id());
	}

	private ObjectNode ready(GatewaySession session) {
		ObjectNode ready = WorldJson.object();
		ready.put("v", 10);
		ready.putObject("user_settings");
		ObjectNode user = this.json.user(this.world.bot());
		user.put("verified", true);
		user.put("mfa_enabled", false);
		user.putNull("email");
		ready.set("user", user);
		ready.put("session_type", "normal");
		ready.put("session_id", session.id());
		ready.put("resume_gateway_url", this.resumeGatewayUrl);
		ready.putArray("relationships");
		ready.putArray("private_channels");
		ready.putArray("presences");
		ArrayNode guilds = ready.putArray("guilds");
		for (SimGuild guild : this.world.guilds()) {
			if (receives(session, guild.id())) {
				ObjectNode entry = guilds.addObject();
				entry.put("id", WorldJson.id(guild.id()));
				entry.put("unavailable", true);
			}
		}
		ready.putArray("guild_join_requests");
		ready.putArray("geo_ordered_rtc_regions");
		ready.putObject("auth");
		ObjectNode application = ready.putObject("application");
		application.put("id", WorldJson.id(this.config.applicationId()));
		application.put("flags", (1 << 12) | (1 << 15) | (1 << 19));
		ArrayNode shard = ready.putArray("shard");
		shard.add(session.shardId());
		shard.add(session.numShards());
		ready.putArray("_trace").add("[\"serenity-simulator\",{}]");
		return ready;
	}

	synchronized void resume(GatewayConnection connection, JsonNode data) {
		if (connection.authenticated()) {
			refuse(connection, Kind.RESUME, -1, 0, 0, CloseCodes.ALREADY_AUTHENTICATED,
					"Already authenticated: RESUME on an identified connection");
			return;
		}
		Payloads.object(data, null);
		String token = Payloads.string(data, "token");
		String sessionId = Payloads.string(data, "session_id");
		long seq = Payloads.integer(data, "seq");
		GatewaySession session = this.sessions.get(sessionId);
		int shardId = (session != null) ? session.shardId() : -1;
		int numShards = (session != null) ? session.numShards() : 0;
		long intents = (session != null) ? session.intents() : 0;
		if (!this.config.token().equals(token)) {
			refuse(connection, Kind.RESUME, shardId, numShards, intents, CloseCodes.AUTHENTICATION_FAILED,
					"Authentication failed: unknown token");
			return;
		}
		if (!connection.resumeUrl() || session == null || session.expired(now(), this.config.sessionTimeout())) {
			logger.info("RESUME of session {} refused with op 9: {}", sessionId, !connection.resumeUrl()
					? "not sent to resume_gateway_url" : "unknown or expired session");
			record(connection, Kind.RESUME, shardId, numShards, intents, sessionId, seq, Result.INVALID_SESSION, 0);
			connection.send("{\"op\":9,\"d\":false}");
			return;
		}
		if (faults(shardId).held()) {
			record(connection, Kind.RESUME, shardId, numShards, intents, sessionId, seq, Result.REFUSED, 0);
			connection.drop("shard " + shardId + " is held disconnected");
			return;
		}
		switch (session.resume(connection, seq)) {
			case RESUMED -> {
				connection.authenticated(session);
				record(connection, Kind.RESUME, shardId, numShards, intents, sessionId, seq, Result.RESUMED, 0);
				logger.info("Shard [{}, {}] resumed session {} after seq {}", shardId, numShards, sessionId, seq);
			}
			case INVALID_SEQ -> refuse(connection, Kind.RESUME, shardId, numShards, intents, CloseCodes.INVALID_SEQ,
					"Invalid seq: " + seq + " is not a sequence number of this session");
			default -> {
				invalidate(session);
				record(connection, Kind.RESUME, shardId, numShards, intents, sessionId, seq, Result.INVALID_SESSION, 0);
				connection.send("{\"op\":9,\"d\":false}");
			}
		}
	}

	void presence(GatewaySession session, JsonNode presence) {
		this.recorder.presence(new PresenceRecord(session.shardId(), presence.get("status").stringValue(),
				presence.toString(), now()));
	}

	/**
	 * End a session for good.
	 * @param session the session
	 */
	public void invalidate(GatewaySession session) {
		session.invalidate();
		this.sessions.remove(session.id());
	}

	void clientClosed(GatewayConnection connection, int code) {
		GatewaySession session = connection.session();
		if (session != null && CloseCodes.endsSessionAfterClientClose(code)) {
			logger.info("Client closed shard {} with {}: session {} invalidated", session.shardId(), code,
					session.id());
			invalidate(session);
		}
	}

	void connectionClosed(GatewayConnection connection) {
		this.connections.remove(connection.id());
		GatewaySession session = connection.session();
		if (session != null) {
			session.detach(connection, now());
		}
	}

	/**
	 * Enforce deadlines on the simulator's clock: close connections that stopped heartbeating, forget expired
	 * sessions.
	 */
	public void sweep() {
		Instant now = now();
		Duration allowance = this.config.heartbeatInterval().plus(this.config.heartbeatGrace());
		for (GatewayConnection connection : this.connections.values()) {
			if (!connection.closing() && now.isAfter(connection.lastHeartbeat().plus(allowance))) {
				connection.close(CloseCodes.NORMAL, "Heartbeat timed out; the session can be resumed");
			}
		}
		for (GatewaySession session : this.sessions.values()) {
			if (session.expired(now, this.config.sessionTimeout())) {
				logger.info("Session {} of shard {} expired", session.id(), session.shardId());
				invalidate(session);
			}
		}
	}

	/**
	 * Return {@code session_start_limit} as {@code GET /gateway/bot} reports it.
	 * @return total, remaining, reset_after (ms) and max_concurrency
	 */
	public synchronized SessionStartLimit sessionStartLimit() {
		Instant now = now();
		refreshSessionStarts(now);
		return new SessionStartLimit(this.config.sessionStartLimit(), this.sessionStartsRemaining,
				Math.max(0, Duration.between(now, this.sessionStartsResetAt).toMillis()),
				this.config.maxConcurrency());
	}

	private void refreshSessionStarts(Instant now) {
		while (!now.isBefore(this.sessionStartsResetAt)) {
			this.sessionStartsRemaining = this.config.sessionStartLimit();
			this.sessionStartsResetAt = this.sessionStartsResetAt.plus(this.config.sessionStartReset());
		}
	}

	/**
	 * Start a flood of MESSAGE_CREATE into a channel on every session that receives the channel's guild.
	 * @param channelId a guild text channel
	 * @param authorId the author of the messages
	 * @param count how many messages
	 * @return the floods started, one per receiving session
	 */
	public List<MessageFlood> flood(long channelId, long authorId, long count) {
		long guildId = this.world.channel(channelId).guildId();
		List<MessageFlood> floods = new ArrayList<>();
		for (GatewaySession session : this.sessions.values()) {
			if (receives(session, guildId) && EventIntents.allows("MESSAGE_CREATE", guildId != 0, session.intents())) {
				MessageFlood flood = new MessageFlood(session, this.world, channelId, guildId, authorId, count);
				session.flood(flood);
				floods.add(flood);
			}
		}
		return floods;
	}

	private void refuse(GatewayConnection connection, Kind kind, int shardId, int numShards, long intents, int code,
			String reason) {
		record(connection, kind, shardId, numShards, intents, null, -1, Result.CLOSED, code);
		connection.close(code, reason);
	}

	private void record(GatewayConnection connection, Kind kind, int shardId, int numShards, long intents,
			String sessionId, long seq, Result result, int closeCode) {
		this.recorder.sessionAttempt(new SessionAttempt(kind, connection.id(), connection.url(), shardId, numShards,
				intents, sessionId, seq, result, closeCode, now()));
	}

	/**
	 * {@code session_start_limit} of {@code GET /gateway/bot}.
	 *
	 * @param total session starts per period
	 * @param remaining session starts left
	 * @param resetAfterMillis milliseconds until {@code remaining} is replenished
	 * @param maxConcurrency identify buckets
	 */
	public record SessionStartLimit(int total, int remaining, long resetAfterMillis, int maxConcurrency) {
	}

	static final class IdentifyRejectedException extends RuntimeException {

		final int code;

		final int shardId;

		final int numShards;

		final long intents;

		IdentifyRejectedException(int code, String message, int shardId, int numShards, long intents) {
			super(message, null, false, false);
			this.code = code;
			this.shardId = shardId;
			this.numShards = numShards;
			this.intents = intents;
		}

	}

}
