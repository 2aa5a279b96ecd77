package dev.serenity.boot.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import dev.serenity.boot.listener.DiscordListenerEndpointRegistry;
import dev.serenity.client.DiscordClient;
import dev.serenity.gateway.GatewayConfig;
import dev.serenity.gateway.GatewayIntent;
import dev.serenity.gateway.compression.TransportCompression;
import dev.serenity.model.ActivityType;
import dev.serenity.model.OnlineStatus;
import dev.serenity.rest.RestConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties of a Discord bot, under {@code discord.*}.
 */
@ConfigurationProperties("discord")
public class DiscordProperties {

	/**
	 * Whether to create the Discord client and connect its shards.
	 */
	private boolean enabled = true;

	/**
	 * Bot token from the Developer Portal (Bot > Token), with or without the "Bot " prefix. Never logged.
	 */
	private String token;

	/**
	 * Gateway intents: the event groups the bot receives. GUILD_MEMBERS, GUILD_PRESENCES and MESSAGE_CONTENT are
	 * privileged and must also be enabled in the Developer Portal. Defaults to every non-privileged intent.
	 */
	private Set<GatewayIntent> intents = EnumSet.copyOf(GatewayIntent.nonPrivileged());

	/**
	 * Application id; read from READY when not set.
	 */
	private Long applicationId;

	private final Presence presence = new Presence();

	private final Shards shards = new Shards();

	private final Gateway gateway = new Gateway();

	private final Rest rest = new Rest();

	private final Listener listener = new Listener();

	private final Startup startup = new Startup();

	private final Session session = new Session();

	private final Simulator simulator = new Simulator();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getToken() {
		return this.token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public Set<GatewayIntent> getIntents() {
		return this.intents;
	}

	public void setIntents(Set<GatewayIntent> intents) {
		this.intents = intents;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public void setApplicationId(Long applicationId) {
		this.applicationId = applicationId;
	}

	public Presence getPresence() {
		return this.presence;
	}

	public Shards getShards() {
		return this.shards;
	}

	public Gateway getGateway() {
		return this.gateway;
	}

	public Rest getRest() {
		return this.rest;
	}

	public Listener getListener() {
		return this.listener;
	}

	public Startup getStartup() {
		return this.startup;
	}

	public Session getSession() {
		return this.session;
	}

	public Simulator getSimulator() {
		return this.simulator;
	}

	@Override
	public String toString() {
		return "DiscordProperties[token=" + ((this.token != null) ? "<redacted>" : "<none>") + ", intents="
				+ this.intents + ", shards=" + this.shards.describe() + "]";
	}

	/**
	 * The presence the bot shows after IDENTIFY.
	 */
	public static class Presence {

		/**
		 * Online status.
		 */
		private OnlineStatus status = OnlineStatus.ONLINE;

		/**
		 * Activity type shown with the name: PLAYING, STREAMING, LISTENING, WATCHING, CUSTOM or COMPETING.
		 */
		private ActivityType activityType = ActivityType.PLAYING;

		/**
		 * Activity name (for CUSTOM, the status text); no activity when not set.
		 */
		private String activity;

		/**
		 * Stream URL, for STREAMING activities.
		 */
		private String activityUrl;

		public OnlineStatus getStatus() {
			return this.status;
		}

		public void setStatus(OnlineStatus status) {
			this.status = DiscordPropertyChecks.known("discord.presence.status", status, OnlineStatus.class);
		}

		public ActivityType getActivityType() {
			return this.activityType;
		}

		public void setActivityType(ActivityType activityType) {
			this.activityType = DiscordPropertyChecks.known("discord.presence.activity-type", activityType,
					ActivityType.class);
		}

		public String getActivity() {
			return this.activity;
		}

		public void setActivity(String activity) {
			this.activity = activity;
		}

		public String getActivityUrl() {
			return this.activityUrl;
		}

		public void setActivityUrl(String activityUrl) {
			this.activityUrl = activityUrl;
		}

	}

	/**
	 * Which shards this instance runs. With none of range, from/to or total set, Discord's recommended count is
	 * used (autosharding).
	 */
	public static class Shards {

		/**
		 * Shard ids this instance runs, inclusive, such as "0..3"; needs total.
		 */
		private String range;

		/**
		 * First shard id this instance runs; an alternative to range.
		 */
		private Integer from;

		/**
		 * Last shard id this instance runs (inclusive); an alternative to range.
		 */
		private Integer to;

		/**
		 * Shard count of the whole bot, across every instance.
		 */
		private Integer total;

		public String getRange() {
			return this.range;
		}

		public void setRange(String range) {
			this.range = range;
		}

		public Integer getFrom() {
			return this.from;
		}

		public void setFrom(Integer from) {
			this.from = from;
		}

		public Integer getTo() {
			return this.to;
		}

		public void setTo(Integer to) {
			this.to = to;
		}

		public Integer getTotal() {
			return this.total;
		}

		public void setTotal(Integer total) {
			this.total = total;
		}

		String describe() {
			if (this.range == null && this.from == null && this.to == null && this.total == null) {
				return "auto";
			}
			return "range=" + this.range + ", from=" + this.from + ", to=" + this.to + ", total=" + this.total;
		}

	}

	/**
	 * Gateway connection settings.
	 */
	public static class Gateway {

		/**
		 * Gateway URL to connect to instead of the one Discord names (a proxy, or the simulator).
		 */
		private String url;

		/**
		 * Transport compression: ZLIB_STREAM, ZSTD_STREAM (needs com.github.luben:zstd-jni) or NONE.
		 */
		private TransportCompression compression = GatewayConfig.DEFAULT_COMPRESSION;

		/**
		 * Member count from which a guild is "large" and its offline members are not sent, 50 to 250.
		 */
		private int largeThreshold = GatewayConfig.DEFAULT_LARGE_THRESHOLD;

		/**
		 * Largest gateway frame accepted.
		 */
		private DataSize maxFrameSize = DataSize.ofBytes(GatewayConfig.DEFAULT_MAX_FRAME_SIZE);

		/**
		 * Netty event-loop threads of the client's own that read the shards' sockets (shards share them); at least
		 * 1. Defaults to the number of cores.
		 */
		private int eventLoopThreads = DiscordClient.DEFAULT_EVENT_LOOP_THREADS;

		public String getUrl() {
			return this.url;
		}

		public void setUrl(String url) {
			this.url = url;
		}

		public TransportCompression getCompression() {
			return this.compression;
		}

		public void setCompression(TransportCompression compression) {
			this.compression = compression;
		}

		public int getLargeThreshold() {
			return this.largeThreshold;
		}

		public void setLargeThreshold(int largeThreshold) {
			this.largeThreshold = DiscordPropertyChecks.between("discord.gateway.large-threshold", largeThreshold, 50,
					250);
		}

		public DataSize getMaxFrameSize() {
			return this.maxFrameSize;
		}

		public void setMaxFrameSize(DataSize maxFrameSize) {
			this.maxFrameSize = DiscordPropertyChecks.positive("discord.gateway.max-frame-size", maxFrameSize);
		}

		public int getEventLoopThreads() {
			return this.eventLoopThreads;
		}

		public void setEventLoopThreads(int eventLoopThreads) {
			this.eventLoopThreads = DiscordPropertyChecks.atLeast("discord.gateway.event-loop-threads",
					eventLoopThreads, 1);
		}

	}

	/**
	 * REST client settings.
	 */
	public static class Rest {

		/**
		 * Base URL of Discord's REST API.
		 */
		private String baseUrl = DiscordClient.DEFAULT_REST_URL;

		/**
		 * How long one request attempt waits for its answer.
		 */
		private Duration requestTimeout = RestConfig.DEFAULT_REQUEST_TIMEOUT;

		/**
		 * Requests per second across all routes but interaction routes; at least 1.
		 */
		private int globalLimit = RestConfig.DEFAULT_GLOBAL_LIMIT;

		/**
		 * Retries of GET, PUT and DELETE after 502, 503, 504, a connection failure or a timeout; 0 disables them.
		 */
		private int maxRetries = RestConfig.DEFAULT_MAX_RETRIES;

		public String getBaseUrl() {
			return this.baseUrl;
		}

		public void setBaseUrl(String baseUrl) {
			this.baseUrl = baseUrl;
		}

		public Duration getRequestTimeout() {
			return this.requestTimeout;
		}

		public void setRequestTimeout(Duration requestTimeout) {
			this.requestTimeout = DiscordPropertyChecks.positive("discord.rest.request-timeout", requestTimeout);
		}

		public int getGlobalLimit() {
			return this.globalLimit;
		}

		public void setGlobalLimit(int globalLimit) {
			this.globalLimit = DiscordPropertyChecks.atLeast("discord.rest.global-limit", globalLimit, 1);
		}

		public int getMaxRetries() {
			return this.maxRetries;
		}

		public void setMaxRetries(int maxRetries) {
			this.maxRetries = DiscordPropertyChecks.atLeast("discord.rest.max-retries", maxRetries, 0);
		}

	}

	/**
	 * Listener execution. Events of one guild reach listeners in order on one lane; lanes run in parallel, never on
	 * a Netty event loop.
	 */
	public static class Listener {

		/**
		 * Lanes (threads) that run listeners; at least 1.
		 */
		private int lanes = DiscordClient.DEFAULT_LISTENER_LANES;

		/**
		 * Events a lane holds before its shard stops reading (backpressure); at least 1.
		 */
		private int laneCapacity = DiscordClient.DEFAULT_LANE_CAPACITY;

		/**
		 * How long a listener's CompletionStage or Mono may take to complete before it is cancelled and a
		 * TimeoutException goes to the error handler, so a result that never completes cannot block its lane.
		 */
		private Duration timeout = DiscordListenerEndpointRegistry.DEFAULT_TIMEOUT;

		public int getLanes() {
			return this.lanes;
		}

		public void setLanes(int lanes) {
			this.lanes = DiscordPropertyChecks.atLeast("discord.listener.lanes", lanes, 1);
		}

		public int getLaneCapacity() {
			return this.laneCapacity;
		}

		public void setLaneCapacity(int laneCapacity) {
			this.laneCapacity = DiscordPropertyChecks.atLeast("discord.listener.lane-capacity", laneCapacity, 1);
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = DiscordPropertyChecks.positive("discord.listener.timeout", timeout);
		}

	}

	/**
	 * Startup behaviour.
	 */
	public static class Startup {

		/**
		 * Whether startup waits until every shard of this instance is READY, so a rejected token or a missing
		 * privileged intent fails the application.
		 */
		private boolean waitForReady = true;

		/**
		 * How long startup waits for READY.
		 */
		private Duration timeout = DiscordClient.DEFAULT_STARTUP_TIMEOUT;

		public boolean isWaitForReady() {
			return this.waitForReady;
		}

		public void setWaitForReady(boolean waitForReady) {
			this.waitForReady = waitForReady;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = DiscordPropertyChecks.positive("discord.startup.timeout", timeout);
		}

	}

	/**
	 * Where gateway sessions are kept for resuming.
	 */
	public static class Session {

		/**
		 * Session store: MEMORY (resume after reconnects) or FILE (resume across restarts too).
		 */
		private StoreType store = StoreType.MEMORY;

		/**
		 * Directory of the FILE store.
		 */
		private Path directory = Path.of("discord-sessions");

		public StoreType getStore() {
			return this.store;
		}

		public void setStore(StoreType store) {
			this.store = store;
		}

		public Path getDirectory() {
			return this.directory;
		}

		public void setDirectory(Path directory) {
			this.directory = directory;
		}

		/**
		 * Kinds of session store.
		 */
		public enum StoreType {

			/** In this process only. */
			MEMORY,

			/** Files in a directory, read again after a restart. */
			FILE

		}

	}

	/**
	 * The embedded Discord simulator (serenity-simulator on the classpath).
	 */
	public static class Simulator {

		/**
		 * Whether to start a Discord simulator in this process and connect the bot to it instead of Discord.
		 */
		private boolean enabled;

		/**
		 * Port of the simulator, 0 to 65535; 0 picks a free one.
		 */
		private int port;

		/**
		 * Guilds the simulator creates at startup, each with a text channel and a member.
		 */
		private int guilds = 1;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = DiscordPropertyChecks.between("discord.simulator.port", port, 0, 65535);
		}

		public int getGuilds() {
			return this.guilds;
		}

		public void setGuilds(int guilds) {
			this.guilds = DiscordPropertyChecks.atLeast("discord.simulator.guilds", guilds, 0);
		}

	}

}
