package dev.serenity.gateway;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

import dev.serenity.BotToken;
import dev.serenity.gateway.command.PresenceUpdate;
import dev.serenity.gateway.compression.TransportCompression;
import dev.serenity.gateway.ratelimit.CommandRateLimiter;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Immutable settings every shard of a client shares. Build with {@link #builder(BotToken, long)}; each setting has a
 * {@code DEFAULT_*} constant.
 */
public final class GatewayConfig {

	/** Offline members are left out of GUILD_CREATE above this member count (Discord's default). */
	public static final int DEFAULT_LARGE_THRESHOLD = 50;

	/** Largest payload a shard accepts, after decompression. */
	public static final int DEFAULT_MAX_FRAME_SIZE = 16 * 1024 * 1024;

	/** Transport compression. */
	public static final TransportCompression DEFAULT_COMPRESSION = TransportCompression.ZLIB_STREAM;

	/** Library name sent in IDENTIFY's properties. */
	public static final String DEFAULT_LIBRARY_NAME = "serenity-spring-boot";

	/** How long to wait for HELLO and for READY/RESUMED before giving the connection up. */
	public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(30);

	private final BotToken token;

	private final long intents;

	private final TransportCompression compression;

	private final int largeThreshold;

	private final int maxFrameSize;

	private final PresenceUpdate presence;

	private final String libraryName;

	private final ReconnectDelay reconnectDelay;

	private final int commandLimit;

	private final Duration commandWindow;

	private final Duration handshakeTimeout;

	private final InstantSource clock;

	private final Scheduler scheduler;

	private final RandomGenerator random;

	private GatewayConfig(Builder builder) {
		this.token = builder.token;
		this.intents = builder.intents;
		this.compression = builder.compression;
		this.largeThreshold = builder.largeThreshold;
		this.maxFrameSize = builder.maxFrameSize;
		this.presence = builder.presence;
		this.libraryName = builder.libraryName;
		this.random = builder.random;
		this.reconnectDelay = (builder.reconnectDelay != null) ? builder.reconnectDelay : ReconnectDelay
			.exponential(ReconnectDelay.DEFAULT_BASE, ReconnectDelay.DEFAULT_MAX, builder.random);
		this.commandLimit = builder.commandLimit;
		this.commandWindow = builder.commandWindow;
		this.handshakeTimeout = builder.handshakeTimeout;
		this.scheduler = builder.scheduler;
		this.clock = (builder.clock != null) ? builder.clock : schedulerClock(builder.scheduler);
	}

	private static InstantSource schedulerClock(Scheduler scheduler) {
		return () -> Instant.ofEpochMilli(scheduler.now(TimeUnit.MILLISECONDS));
	}

	/**
	 * Start building a configuration.
	 * @param token the bot token
	 * @param intents the intent bits
	 * @return a builder
	 */
	public static Builder builder(BotToken token, long intents) {
		return new Builder(token, intents);
	}

	public BotToken token() {
		return this.token;
	}

	public long intents() {
		return this.intents;
	}

	public TransportCompression compression() {
		return this.compression;
	}

	public int largeThreshold() {
		return this.largeThreshold;
	}

	public int maxFrameSize() {
		return this.maxFrameSize;
	}

	public PresenceUpdate presence() {
		return this.presence;
	}

	public String libraryName() {
		return this.libraryName;
	}

	public ReconnectDelay reconnectDelay() {
		return this.reconnectDelay;
	}

	public int commandLimit() {
		return this.commandLimit;
	}

	public Duration commandWindow() {
		return this.commandWindow;
	}

	public Duration handshakeTimeout() {
		return this.handshakeTimeout;
	}

	public InstantSource clock() {
		return this.clock;
	}

	public Scheduler scheduler() {
		return this.scheduler;
	}

	public RandomGenerator random() {
		return this.random;
	}

	/**
	 * Return the WebSocket URI for a gateway URL: version 10, JSON, and the transport compression.
	 * @param base the gateway URL, e.g. {@code wss://gateway.discord.gg}
	 * @return e.g. {@code wss://gateway.discord.gg/?v=10&encoding=json&compress=zlib-stream}
	 */
	public URI gatewayUri(String base) {
		URI parsed = URI.create(base);
		String path = (parsed.getRawPath() == null || parsed.getRawPath().isEmpty()) ? "/" : parsed.getRawPath();
		String query = "v=10&encoding=json"
				+ ((this.compression.queryValue() != null) ? "&compress=" + this.compression.queryValue() : "");
		return URI.create(parsed.getScheme() + "://" + parsed.getRawAuthority() + path + "?" + query);
	}

	/**
	 * Return the operating system name IDENTIFY reports.
	 * @return e.g. {@code linux}
	 */
	public String operatingSystem() {
		return System.getProperty("os.name", "unknown").toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return "GatewayConfig[token=<redacted>, intents=" + this.intents + ", compression=" + this.compression
				+ ", largeThreshold=" + this.largeThreshold + ", maxFrameSize=" + this.maxFrameSize + "]";
	}

	/**
	 * Builds a {@link GatewayConfig}.
	 */
	public static final class Builder {

		private final BotToken token;

		private final long intents;

		private TransportCompression compression = DEFAULT_COMPRESSION;

		private int largeThreshold = DEFAULT_LARGE_THRESHOLD;

		private int maxFrameSize = DEFAULT_MAX_FRAME_SIZE;

		private PresenceUpdate presence = PresenceUpdate.online();

		private String libraryName = DEFAULT_LIBRARY_NAME;

		private ReconnectDelay reconnectDelay;

		private int commandLimit = CommandRateLimiter.DEFAULT_LIMIT;

		private Duration commandWindow = CommandRateLimiter.DEFAULT_WINDOW;

		private Duration handshakeTimeout = DEFAULT_HANDSHAKE_TIMEOUT;

		private InstantSource clock;

		private Scheduler scheduler = Schedulers.parallel();

		private RandomGenerator random = new Random();

		private Builder(BotToken token, long intents) {
			if (token == null) {
				throw new IllegalArgumentException("'token' must not be null");
			}
			if ((intents & ~GatewayIntent.ALL_BITS) != 0 || intents < 0) {
				throw new IllegalArgumentException("'intents' holds bits Discord does not define: 0x"
						+ Long.toHexString(intents & ~GatewayIntent.ALL_BITS));
			}
			this.token = token;
			this.intents = intents;
		}

		/** Transport compression. Defaults to {@link #DEFAULT_COMPRESSION}. */
		public Builder compression(TransportCompression compression) {
			this.compression = compression;
			return this;
		}

		/** Large threshold, 50 to 250. Defaults to {@link #DEFAULT_LARGE_THRESHOLD}. */
		public Builder largeThreshold(int largeThreshold) {
			if (largeThreshold < 50 || largeThreshold > 250) {
				throw new IllegalArgumentException("'largeThreshold' must be 50 to 250 but was " + largeThreshold);
			}
			this.largeThreshold = largeThreshold;
			return this;
		}

		/** Largest accepted payload in bytes, at least 1 MiB. Defaults to {@link #DEFAULT_MAX_FRAME_SIZE}. */
		public Builder maxFrameSize(int maxFrameSize) {
			if (maxFrameSize < 1024 * 1024) {
				throw new IllegalArgumentException("'maxFrameSize' must be at least 1 MiB but was " + maxFrameSize);
			}
			this.maxFrameSize = maxFrameSize;
			return this;
		}

		/** Presence sent with IDENTIFY. Defaults to online with no activity. */
		public Builder presence(PresenceUpdate presence) {
			this.presence = presence;
			return this;
		}

		/** Library name in IDENTIFY's properties. Defaults to {@link #DEFAULT_LIBRARY_NAME}. */
		public Builder libraryName(String libraryName) {
			this.libraryName = libraryName;
			return this;
		}

		/** Back-off between reconnects. Defaults to exponential from 1 s, capped at 60 s, with full jitter. */
		public Builder reconnectDelay(ReconnectDelay reconnectDelay) {
			this.reconnectDelay = reconnectDelay;
			return this;
		}

		/** Frames per command window a shard sends at most (heartbeats included). */
		public Builder commandLimit(int commandLimit, Duration commandWindow) {
			this.commandLimit = commandLimit;
			this.commandWindow = commandWindow;
			return this;
		}

		/** How long to wait for HELLO, READY or RESUMED. Defaults to {@link #DEFAULT_HANDSHAKE_TIMEOUT}. */
		public Builder handshakeTimeout(Duration handshakeTimeout) {
			this.handshakeTimeout = handshakeTimeout;
			return this;
		}

		/** Clock for latency and timestamps. Defaults to the scheduler's clock. */
		public Builder clock(InstantSource clock) {
			this.clock = clock;
			return this;
		}

		/** Scheduler for every timer (heartbeats, back-off, limits). Defaults to {@code Schedulers.parallel()}. */
		public Builder scheduler(Scheduler scheduler) {
			this.scheduler = scheduler;
			return this;
		}

		/** Random source for heartbeat and back-off jitter. */
		public Builder random(RandomGenerator random) {
			this.random = random;
			return this;
		}

		public GatewayConfig build() {
			if (this.compression == null || this.presence == null || this.scheduler == null || this.random == null) {
				throw new IllegalArgumentException("compression, presence, scheduler and random must not be null");
			}
			return new GatewayConfig(this);
		}

	}

}
