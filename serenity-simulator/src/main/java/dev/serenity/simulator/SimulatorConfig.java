package dev.serenity.simulator;

import java.time.Duration;
import java.time.InstantSource;
import java.util.EnumSet;
import java.util.Set;

import dev.serenity.simulator.gateway.Intent;

/**
 * Immutable settings of a {@link DiscordSimulator}. Create one with {@link #builder()}; every setting has a
 * {@code DEFAULT_*} constant.
 */
public final class SimulatorConfig {

	/** Address the simulator binds: loopback only. */
	public static final String DEFAULT_HOST = "127.0.0.1";

	/** Port 0 picks a free port. */
	public static final int DEFAULT_PORT = 0;

	/** The bot token the simulator accepts. */
	public static final String DEFAULT_TOKEN = "SIMULATOR.bot-token.serenity";

	/** Id of the simulated application and of its bot user. */
	public static final long DEFAULT_APPLICATION_ID = 1_100_000_000_000_000_001L;

	/** Username of the simulated bot. */
	public static final String DEFAULT_BOT_NAME = "serenity-bot";

	/** Heartbeat interval announced in HELLO (Discord announces about 41 s). */
	public static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofMillis(41_250);

	/** Slack after a missed heartbeat before the simulator closes the connection. */
	public static final Duration DEFAULT_HEARTBEAT_GRACE = Duration.ofSeconds(5);

	/** IDENTIFYs allowed per identify window and bucket. */
	public static final int DEFAULT_MAX_CONCURRENCY = 1;

	/** Length of an identify window: one IDENTIFY per bucket per window. */
	public static final Duration DEFAULT_IDENTIFY_WINDOW = Duration.ofSeconds(5);

	/** Session starts allowed per reset period. */
	public static final int DEFAULT_SESSION_START_LIMIT = 1000;

	/** Period after which session starts are replenished. */
	public static final Duration DEFAULT_SESSION_START_RESET = Duration.ofHours(24);

	/** Dispatches kept per session for RESUME. */
	public static final int DEFAULT_RESUME_BUFFER_SIZE = 10_000;

	/** How long a disconnected session stays resumable. */
	public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofMinutes(2);

	/** Guilds one shard may hold before IDENTIFY gets 4011. */
	public static final int DEFAULT_MAX_GUILDS_PER_SHARD = 2500;

	/** Frames a client may send per command window before 4008. */
	public static final int DEFAULT_COMMAND_LIMIT = 120;

	/** The command window. */
	public static final Duration DEFAULT_COMMAND_WINDOW = Duration.ofSeconds(60);

	/** Largest frame a client may send before 4002. */
	public static final int DEFAULT_MAX_CLIENT_FRAME_BYTES = 4096;

	/** Guilds created at start. */
	public static final int DEFAULT_GUILDS = 0;

	/** Privileged intents enabled for the application in the "Developer Portal". */
	public static final Set<Intent> DEFAULT_PRIVILEGED_INTENTS = EnumSet.of(Intent.GUILD_MEMBERS,
			Intent.GUILD_PRESENCES, Intent.MESSAGE_CONTENT);

	/** Requests per window of a REST route bucket without an override (Discord's message send: 5 per 5 s). */
	public static final int DEFAULT_ROUTE_LIMIT = 5;

	/** Window of a REST route bucket without an override. */
	public static final Duration DEFAULT_ROUTE_WINDOW = Duration.ofSeconds(5);

	/** REST requests per global window and bot token (per address without a token). */
	public static final int DEFAULT_GLOBAL_LIMIT = 50;

	/** The global window. */
	public static final Duration DEFAULT_GLOBAL_WINDOW = Duration.ofSeconds(1);

	/** Invalid requests (401, 403, 429 other than scope {@code shared}) per window before an address is banned. */
	public static final int DEFAULT_INVALID_REQUEST_LIMIT = 10_000;

	/** The invalid request window. */
	public static final Duration DEFAULT_INVALID_REQUEST_WINDOW = Duration.ofMinutes(10);

	private final String host;

	private final int port;

	private final String token;

	private final long applicationId;

	private final String botName;

	private final Duration heartbeatInterval;

	private final Duration heartbeatGrace;

	private final int maxConcurrency;

	private final Duration identifyWindow;

	private final int sessionStartLimit;

	private final Duration sessionStartReset;

	private final int resumeBufferSize;

	private final Duration sessionTimeout;

	private final int maxGuildsPerShard;

	private final int commandLimit;

	private final Duration commandWindow;

	private final int maxClientFrameBytes;

	private final int guilds;

	private final int recommendedShards;

	private final Set<Intent> privilegedIntents;

	private final InstantSource clock;

	private final RateLimitSettings rateLimits;

	private SimulatorConfig(Builder builder) {
		this.host = builder.host;
		this.port = builder.port;
		this.token = builder.token;
		this.applicationId = builder.applicationId;
		this.botName = builder.botName;
		this.heartbeatInterval = builder.heartbeatInterval;
		this.heartbeatGrace = builder.heartbeatGrace;
		this.maxConcurrency = builder.maxConcurrency;
		this.identifyWindow = builder.identifyWindow;
		this.sessionStartLimit = builder.sessionStartLimit;
		this.sessionStartReset = builder.sessionStartReset;
		this.resumeBufferSize = builder.resumeBufferSize;
		this.sessionTimeout = builder.sessionTimeout;
		this.maxGuildsPerShard = builder.maxGuildsPerShard;
		this.commandLimit = builder.commandLimit;
		this.commandWindow = builder.commandWindow;
		this.maxClientFrameBytes = builder.maxClientFrameBytes;
		this.guilds = builder.guilds;
		this.recommendedShards = builder.recommendedShards;
		this.privilegedIntents = Set.copyOf(builder.privilegedIntents);
		this.clock = builder.clock;
		this.rateLimits = builder.rateLimits.build();
	}

	/**
	 * Return a builder with every setting at its default.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return a configuration with every setting at its default.
	 * @return the default configuration
	 */
	public static SimulatorConfig defaults() {
		return builder().build();
	}

	public String host() {
		return this.host;
	}

	public int port() {
		return this.port;
	}

	public String token() {
		return this.token;
	}

	public long applicationId() {
		return this.applicationId;
	}

	public String botName() {
		return this.botName;
	}

	public Duration heartbeatInterval() {
		return this.heartbeatInterval;
	}

	public Duration heartbeatGrace() {
		return this.heartbeatGrace;
	}

	public int maxConcurrency() {
		return this.maxConcurrency;
	}

	public Duration identifyWindow() {
		return this.identifyWindow;
	}

	public int sessionStartLimit() {
		return this.sessionStartLimit;
	}

	public Duration sessionStartReset() {
		return this.sessionStartReset;
	}

	public int resumeBufferSize() {
		return this.resumeBufferSize;
	}

	public Duration sessionTimeout() {
		return this.sessionTimeout;
	}

	public int maxGuildsPerShard() {
		return this.maxGuildsPerShard;
	}

	public int commandLimit() {
		return this.commandLimit;
	}

	public Duration commandWindow() {
		return this.commandWindow;
	}

	public int maxClientFrameBytes() {
		return this.maxClientFrameBytes;
	}

	public int guilds() {
		return this.guilds;
	}

	/**
	 * Return the shard count {@code GET /gateway/bot} recommends; 0 means one per 1,000 guilds, at least one.
	 * @return the configured recommendation
	 */
	public int recommendedShards() {
		return this.recommendedShards;
	}

	public Set<Intent> privilegedIntents() {
		return this.privilegedIntents;
	}

	public InstantSource clock() {
		return this.clock;
	}

	/**
	 * Return the REST rate limits.
	 * @return route, shared, global and invalid request limits
	 */
	public RateLimitSettings rateLimits() {
		return this.rateLimits;
	}

	@Override
	public String toString() {
		return "SimulatorConfig[host=" + this.host + ", port=" + this.port + ", token=<redacted>, guilds="
				+ this.guilds + ", maxConcurrency=" + this.maxConcurrency + ", heartbeatInterval="
				+ this.heartbeatInterval + "]";
	}

	/**
	 * Builds a {@link SimulatorConfig}; {@link #build()} checks every value and names the setting at fault.
	 */
	public static final class Builder {

		private String host = DEFAULT_HOST;

		private int port = DEFAULT_PORT;

		private String token = DEFAULT_TOKEN;

		private long applicationId = DEFAULT_APPLICATION_ID;

		private String botName = DEFAULT_BOT_NAME;

		private Duration heartbeatInterval = DEFAULT_HEARTBEAT_INTERVAL;

		private Duration heartbeatGrace = DEFAULT_HEARTBEAT_GRACE;

		private int maxConcurrency = DEFAULT_MAX_CONCURRENCY;

		private Duration identifyWindow = DEFAULT_IDENTIFY_WINDOW;

		private int sessionStartLimit = DEFAULT_SESSION_START_LIMIT;

		private Duration sessionStartReset = DEFAULT_SESSION_START_RESET;

		private int resumeBufferSize = DEFAULT_RESUME_BUFFER_SIZE;

		private Duration sessionTimeout = DEFAULT_SESSION_TIMEOUT;

		private int maxGuildsPerShard = DEFAULT_MAX_GUILDS_PER_SHARD;

		private int commandLimit = DEFAULT_COMMAND_LIMIT;

		private Duration commandWindow = DEFAULT_COMMAND_WINDOW;

		private int maxClientFrameBytes = DEFAULT_MAX_CLIENT_FRAME_BYTES;

		private int guilds = DEFAULT_GUILDS;

		private int recommendedShards;

		private Set<Intent> privilegedIntents = DEFAULT_PRIVILEGED_INTENTS;

		private InstantSource clock = InstantSource.system();

		private final RateLimitSettings.Builder rateLimits = new RateLimitSettings.Builder();

		private Builder() {
		}

		/** Address to bind; defaults to {@code 127.0.0.1}. See {@link #DEFAULT_HOST}. */
		public Builder host(String host) {
			this.host = host;
			return this;
		}

		/** Port to bind; 0, the default, picks a free port. */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		/** Bot token the simulator accepts. See {@link #DEFAULT_TOKEN}. */
		public Builder token(String token) {
			this.token = token;
			return this;
		}

		/** Application id, also the bot user's id. See {@link #DEFAULT_APPLICATION_ID}. */
		public Builder applicationId(long applicationId) {
			this.applicationId = applicationId;
			return this;
		}

		/** Bot username. See {@link #DEFAULT_BOT_NAME}. */
		public Builder botName(String botName) {
			this.botName = botName;
			return this;
		}

		/** Interval announced in HELLO. See {@link #DEFAULT_HEARTBEAT_INTERVAL}. */
		public Builder heartbeatInterval(Duration heartbeatInterval) {
			this.heartbeatInterval = heartbeatInterval;
			return this;
		}

		/** Slack after a missed heartbeat before closing. See {@link #DEFAULT_HEARTBEAT_GRACE}. */
		public Builder heartbeatGrace(Duration heartbeatGrace) {
			this.heartbeatGrace = heartbeatGrace;
			return this;
		}

		/** {@code max_concurrency} of {@code session_start_limit}. See {@link #DEFAULT_MAX_CONCURRENCY}. */
		public Builder maxConcurrency(int maxConcurrency) {
			this.maxConcurrency = maxConcurrency;
			return this;
		}

		/** Length of one identify window. See {@link #DEFAULT_IDENTIFY_WINDOW}. */
		public Builder identifyWindow(Duration identifyWindow) {
			this.identifyWindow = identifyWindow;
			return this;
		}

		/** {@code session_start_limit.total} and the initial {@code remaining}. */
		public Builder sessionStartLimit(int sessionStartLimit) {
			this.sessionStartLimit = sessionStartLimit;
			return this;
		}

		/** Period after which {@code remaining} is replenished. */
		public Builder sessionStartReset(Duration sessionStartReset) {
			this.sessionStartReset = sessionStartReset;
			return this;
		}

		/** Dispatches kept per session for RESUME; older ones make a RESUME fail with op 9. */
		public Builder resumeBufferSize(int resumeBufferSize) {
			this.resumeBufferSize = resumeBufferSize;
			return this;
		}

		/** How long a disconnected session stays resumable. */
		public Builder sessionTimeout(Duration sessionTimeout) {
			this.sessionTimeout = sessionTimeout;
			return this;
		}

		/** Guilds per shard before IDENTIFY gets 4011. */
		public Builder maxGuildsPerShard(int maxGuildsPerShard) {
			this.maxGuildsPerShard = maxGuildsPerShard;
			return this;
		}

		/** Frames per command window before 4008. */
		public Builder commandLimit(int commandLimit) {
			this.commandLimit = commandLimit;
			return this;
		}

		/** The command window. */
		public Builder commandWindow(Duration commandWindow) {
			this.commandWindow = commandWindow;
			return this;
		}

		/** Largest client frame before 4002. */
		public Builder maxClientFrameBytes(int maxClientFrameBytes) {
			this.maxClientFrameBytes = maxClientFrameBytes;
			return this;
		}

		/** Guilds created at start, each with a text channel and a member. */
		public Builder guilds(int guilds) {
			this.guilds = guilds;
			return this;
		}

		/** Shard count {@code GET /gateway/bot} recommends; 0 derives it from the guild count. */
		public Builder recommendedShards(int recommendedShards) {
			this.recommendedShards = recommendedShards;
			return this;
		}

		/** Privileged intents the application may use; IDENTIFY with others gets 4014. */
		public Builder privilegedIntents(Set<Intent> privilegedIntents) {
			this.privilegedIntents = privilegedIntents;
			return this;
		}

		/** Clock for every window and deadline. */
		public Builder clock(InstantSource clock) {
			this.clock = clock;
			return this;
		}

		/** Limit of every REST route bucket without an override. See {@link #DEFAULT_ROUTE_LIMIT}. */
		public Builder defaultRouteLimit(int limit, Duration window) {
			this.rateLimits.defaultRouteLimit(limit, window);
			return this;
		}

		/**
		 * Limit of one route's bucket (and of the shared bucket it is in), e.g.
		 * {@code routeLimit("POST /channels/{channel_id}/messages", 5, Duration.ofSeconds(5))}.
		 */
		public Builder routeLimit(String route, int limit, Duration window) {
			this.rateLimits.routeLimit(route, limit, window);
			return this;
		}

		/**
		 * Make routes share one bucket per major parameter; {@code X-RateLimit-Bucket} is the given id for all of
		 * them, e.g. {@code sharedBucket("message-edit", "PATCH /channels/{channel_id}/messages/{message_id}",
		 * "DELETE /channels/{channel_id}/messages/{message_id}")}.
		 */
		public Builder sharedBucket(String bucketId, String... routes) {
			this.rateLimits.sharedBucket(bucketId, routes);
			return this;
		}

		/** REST requests per window and bot token across all routes. See {@link #DEFAULT_GLOBAL_LIMIT}. */
		public Builder globalLimit(int limit, Duration window) {
			this.rateLimits.globalLimit(limit, window);
			return this;
		}

		/** Invalid requests per window before the address is banned. See {@link #DEFAULT_INVALID_REQUEST_LIMIT}. */
		public Builder invalidRequestLimit(int limit, Duration window) {
			this.rateLimits.invalidRequestLimit(limit, window);
			return this;
		}

		/**
		 * Check the settings and build.
		 * @return the configuration
		 * @throws IllegalArgumentException naming the first setting that is out of range
		 */
		public SimulatorConfig build() {
			require(this.host != null && !this.host.isBlank(), "host", "must not be blank", this.host);
			require(this.port >= 0 && this.port <= 65535, "port", "must be between 0 and 65535", this.port);
			require(this.token != null && !this.token.isBlank() && !this.token.startsWith("Bot "), "token",
					"must not be blank and must not start with 'Bot '", "<redacted>");
			require(this.applicationId > 0, "applicationId", "must be a positive snowflake", this.applicationId);
			require(this.botName != null && !this.botName.isBlank(), "botName", "must not be blank", this.botName);
			requirePositive(this.heartbeatInterval, "heartbeatInterval");
			require(this.heartbeatGrace != null && !this.heartbeatGrace.isNegative(), "heartbeatGrace",
					"must not be negative", this.heartbeatGrace);
			require(this.maxConcurrency >= 1, "maxConcurrency", "must be at least 1", this.maxConcurrency);
			requirePositive(this.identifyWindow, "identifyWindow");
			require(this.sessionStartLimit >= 0, "sessionStartLimit", "must not be negative",
					this.sessionStartLimit);
			requirePositive(this.sessionStartReset, "sessionStartReset");
			require(this.resumeBufferSize >= 1, "resumeBufferSize", "must be at least 1", this.resumeBufferSize);
			requirePositive(this.sessionTimeout, "sessionTimeout");
			require(this.maxGuildsPerShard >= 1, "maxGuildsPerShard", "must be at least 1", this.maxGuildsPerShard);
			require(this.commandLimit >= 1, "commandLimit", "must be at least 1", this.commandLimit);
			requirePositive(this.commandWindow, "commandWindow");
			require(this.maxClientFrameBytes >= 256, "maxClientFrameBytes", "must be at least 256",
					this.maxClientFrameBytes);
			require(this.guilds >= 0 && this.guilds <= 1_000_000, "guilds", "must be between 0 and 1000000",
					this.guilds);
			require(this.recommendedShards >= 0, "recommendedShards", "must not be negative",
					this.recommendedShards);
			require(this.privilegedIntents != null
					&& this.privilegedIntents.stream().allMatch(Intent::privileged), "privilegedIntents",
					"may only hold GUILD_MEMBERS, GUILD_PRESENCES and MESSAGE_CONTENT", this.privilegedIntents);
			require(this.clock != null, "clock", "must not be null", null);
			return new SimulatorConfig(this);
		}

		private static void requirePositive(Duration value, String name) {
			require(value != null && !value.isNegative() && !value.isZero(), name, "must be a positive duration",
					value);
		}

		private static void require(boolean condition, String name, String rule, Object value) {
			if (!condition) {
				throw new IllegalArgumentException(
						"Invalid simulator setting '" + name + "': " + rule + ", but was " + value);
			}
		}

	}

}
