package dev.serenity.client;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Collection;
import java.util.Map;
import java.util.random.RandomGenerator;

import dev.serenity.BotToken;
import dev.serenity.cache.CacheSettings;
import dev.serenity.cache.CacheStore;
import dev.serenity.gateway.GatewayConfig;
import dev.serenity.gateway.GatewayIntent;
import dev.serenity.gateway.ReconnectDelay;
import dev.serenity.gateway.command.ActivityData;
import dev.serenity.gateway.command.PresenceUpdate;
import dev.serenity.gateway.compression.GatewayDecompressor;
import dev.serenity.gateway.compression.TransportCompression;
import dev.serenity.gateway.identify.IdentifyQueue;
import dev.serenity.gateway.session.InMemorySessionStore;
import dev.serenity.gateway.session.SessionStore;
import dev.serenity.gateway.voice.VoiceGatewayManager;
import dev.serenity.rest.RestConfig;
import dev.serenity.rest.ratelimit.RateLimiter;
import dev.serenity.model.OnlineStatus;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.socket.client.WebSocketClient;
import reactor.core.scheduler.Scheduler;

/**
 * Builds a {@link DiscordClient} (serenity's {@code ClientBuilder}). Every setting has a default; see the
 * {@code DEFAULT_*} constants of {@link DiscordClient} and {@link GatewayConfig}.
 */
public final class DiscordClientBuilder {

	final BotToken token;

	final long intents;

	final ListenerRegistry listeners = new ListenerRegistry();

	final UserData userData = new UserData();

	Long applicationId;

	OnlineStatus status = OnlineStatus.ONLINE;

	ActivityData activity;

	String restUrl = DiscordClient.DEFAULT_REST_URL;

	String gatewayUrl;

	TransportCompression compression = GatewayConfig.DEFAULT_COMPRESSION;

	int largeThreshold = GatewayConfig.DEFAULT_LARGE_THRESHOLD;

	int maxFrameSize = GatewayConfig.DEFAULT_MAX_FRAME_SIZE;

	IdentifyQueue identifyQueue;

	SessionStore sessionStore = new InMemorySessionStore();

	VoiceGatewayManager voiceGatewayManager;

	ListenerErrorHandler errorHandler = ListenerErrorHandler.logging();

	int listenerLanes = DiscordClient.DEFAULT_LISTENER_LANES;

	int laneCapacity = DiscordClient.DEFAULT_LANE_CAPACITY;

	int eventLoopThreads = DiscordClient.DEFAULT_EVENT_LOOP_THREADS;

	ListenerThreads listenerThreads = ListenerThreads.AUTO;

	Duration startupTimeout = DiscordClient.DEFAULT_STARTUP_TIMEOUT;

	Duration restTimeout = DiscordClient.DEFAULT_REST_TIMEOUT;

	ReconnectDelay reconnectDelay;

	Scheduler scheduler;

	InstantSource clock;

	RandomGenerator random;

	WebClient.Builder webClientBuilder = WebClient.builder();

	WebSocketClient webSocketClient;

	final java.util.List<java.util.function.Consumer<RestConfig.Builder>> restCustomizers = new java.util.ArrayList<>();

	RateLimiter restRateLimiter;

	CacheSettings cacheSettings = CacheSettings.DEFAULT;

	CacheStore cacheStore;

	DiscordClientBuilder(String token, long intents) {
		this.token = BotToken.of(token);
		if (intents < 0 || (intents & ~GatewayIntent.ALL_BITS) != 0) {
			throw new IllegalArgumentException("Intents hold bits Discord does not define: 0x"
					+ Long.toHexString(intents & ~GatewayIntent.ALL_BITS));
		}
		this.intents = intents;
	}

	DiscordClientBuilder(String token, Collection<GatewayIntent> intents) {
		this(token, GatewayIntent.toBits(intents));
	}

	/** The application id; learned from READY when not set. */
	public DiscordClientBuilder applicationId(long applicationId) {
		this.applicationId = applicationId;
		return this;
	}

	/** Initial status. Defaults to online. */
	public DiscordClientBuilder status(OnlineStatus status) {
		this.status = status;
		return this;
	}

	/** Initial activity. Defaults to none. */
	public DiscordClientBuilder activity(ActivityData activity) {
		this.activity = activity;
		return this;
	}

	/**
	 * Listen to events of a type and its subtypes; {@link RawEvent} receives every dispatch as JSON.
	 * @param type the event type
	 * @param listener the listener
	 * @param <E> the event type
	 * @return this builder
	 */
	public <E> DiscordClientBuilder listener(Class<E> type, EventListener<? super E> listener) {
		return listener(type, listener, listener.getClass().getName());
	}

	/**
	 * Listen to events of a type, with a name for logs and errors.
	 * @param type the event type
	 * @param listener the listener
	 * @param name the listener's name
	 * @param <E> the event type
	 * @return this builder
	 */
	public <E> DiscordClientBuilder listener(Class<E> type, EventListener<? super E> listener, String name) {
		this.listeners.add(type, listener, name);
		return this;
	}

	/** Listen to every dispatch as raw JSON, known or not. */
	public DiscordClientBuilder rawListener(EventListener<RawEvent> listener) {
		return listener(RawEvent.class, listener);
	}

	/** Share a value with listeners ({@link EventContext#data()}). */
	public <T> DiscordClientBuilder userData(Class<T> type, T value) {
		this.userData.put(type, value);
		return this;
	}

	/** Share several values with listeners. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public DiscordClientBuilder userData(Map<Class<?>, Object> values) {
		values.forEach((type, value) -> this.userData.put((Class) type, value));
		return this;
	}

	/** The voice library's link to the gateway. */
	public DiscordClientBuilder voiceGatewayManager(VoiceGatewayManager voiceGatewayManager) {
		this.voiceGatewayManager = voiceGatewayManager;
		return this;
	}

	/** REST base URL. Defaults to {@link DiscordClient#DEFAULT_REST_URL}. */
	public DiscordClientBuilder restUrl(String restUrl) {
		this.restUrl = stripSlash(restUrl);
		return this;
	}

	/** Gateway URL to use instead of the one {@code GET /gateway/bot} reports (never replaced by a fallback). */
	public DiscordClientBuilder gatewayUrl(String gatewayUrl) {
		this.gatewayUrl = stripSlash(gatewayUrl);
		return this;
	}

	/** Transport compression. Defaults to zlib-stream; zstd-stream needs {@code com.github.luben:zstd-jni}. */
	public DiscordClientBuilder compression(TransportCompression compression) {
		this.compression = compression;
		return this;
	}

	/** Large threshold, 50 to 250. */
	public DiscordClientBuilder largeThreshold(int largeThreshold) {
		this.largeThreshold = largeThreshold;
		return this;
	}

	/** Largest accepted payload in bytes (at least 1 MiB; default 16 MiB). */
	public DiscordClientBuilder maxFrameSize(int maxFrameSize) {
		this.maxFrameSize = maxFrameSize;
		return this;
	}

	/** The identify queue; defaults to a local one honouring {@code max_concurrency}. */
	public DiscordClientBuilder identifyQueue(IdentifyQueue identifyQueue) {
		this.identifyQueue = identifyQueue;
		return this;
	}

	/** Where sessions are kept for resuming; defaults to memory (use a file store to resume across restarts). */
	public DiscordClientBuilder sessionStore(SessionStore sessionStore) {
		this.sessionStore = sessionStore;
		return this;
	}

	/** Receives what listeners throw. Defaults to logging. */
	public DiscordClientBuilder errorHandler(ListenerErrorHandler errorHandler) {
		this.errorHandler = errorHandler;
		return this;
	}

	/** Lanes that run listeners in parallel (a guild always uses one lane). */
	public DiscordClientBuilder listenerLanes(int lanes) {
		if (lanes < 1) {
			throw new IllegalArgumentException("'listenerLanes' must be at least 1 but was " + lanes);
		}
		this.listenerLanes = lanes;
		return this;
	}

	/** Dispatches a lane holds before its shards stop reading. */
	public DiscordClientBuilder laneCapacity(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("'laneCapacity' must be at least 1 but was " + capacity);
		}
		this.laneCapacity = capacity;
		return this;
	}

	/** Threads that run listeners. Defaults to {@link ListenerThreads#AUTO}. */
	public DiscordClientBuilder listenerThreads(ListenerThreads threads) {
		this.listenerThreads = threads;
		return this;
	}

	/** How long the blocking start methods wait for READY; zero returns at once (use the async start to wait). */
	public DiscordClientBuilder startupTimeout(Duration startupTimeout) {
		this.startupTimeout = startupTimeout;
		return this;
	}

	/** Timeout of {@code GET /gateway/bot}. */
	public DiscordClientBuilder restTimeout(Duration restTimeout) {
		this.restTimeout = restTimeout;
		return this;
	}

	/** Back-off between reconnects. */
	public DiscordClientBuilder reconnectDelay(ReconnectDelay reconnectDelay) {
		this.reconnectDelay = reconnectDelay;
		return this;
	}

	/** Scheduler of every timer; inject a virtual-time scheduler in tests. */
	public DiscordClientBuilder scheduler(Scheduler scheduler) {
		this.scheduler = scheduler;
		return this;
	}

	/** Clock; defaults to the scheduler's. */
	public DiscordClientBuilder clock(InstantSource clock) {
		this.clock = clock;
		return this;
	}

	/** Random source of jitter. */
	public DiscordClientBuilder random(RandomGenerator random) {
		this.random = random;
		return this;
	}

	/** WebClient builder for REST calls (customized by the Spring Boot starter). */
	public DiscordClientBuilder webClientBuilder(WebClient.Builder webClientBuilder) {
		this.webClientBuilder = webClientBuilder;
		return this;
	}

	/** Customize the REST client's settings (timeouts, global limit, observers, ...). */
	public DiscordClientBuilder rest(java.util.function.Consumer<RestConfig.Builder> customizer) {
		this.restCustomizers.add(customizer);
		return this;
	}

	/** The REST rate limiter; defaults to a local one (a shared one lets several processes share limits). */
	public DiscordClientBuilder restRateLimiter(RateLimiter rateLimiter) {
		this.restRateLimiter = rateLimiter;
		return this;
	}

	/** What the cache keeps ({@link DiscordClient#cache()}). Defaults to {@link CacheSettings#DEFAULT}. */
	public DiscordClientBuilder cache(CacheSettings settings) {
		this.cacheSettings = java.util.Objects.requireNonNull(settings, "'cache' settings must not be null");
		return this;
	}

	/** Where the cache keeps its entries. Defaults to the heap ({@link dev.serenity.cache.InMemoryCacheStore}). */
	public DiscordClientBuilder cacheStore(CacheStore store) {
		this.cacheStore = java.util.Objects.requireNonNull(store, "'cacheStore' must not be null");
		return this;
	}

	/**
	 * Netty event-loop threads of the client's own that read and write the shards' sockets (shards share them
	 * round-robin); not used with a {@link #webSocketClient(WebSocketClient) WebSocket client} of your own.
	 */
	public DiscordClientBuilder eventLoopThreads(int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("'eventLoopThreads' must be at least 1 but was " + threads);
		}
		this.eventLoopThreads = threads;
		return this;
	}

	/**
	 * WebSocket client; defaults to Reactor Netty with the maximum frame size, on {@link #eventLoopThreads(int)
	 * event loops} the client starts and stops itself.
	 */
	public DiscordClientBuilder webSocketClient(WebSocketClient webSocketClient) {
		this.webSocketClient = webSocketClient;
		return this;
	}

	GatewayConfig gatewayConfig() {
		GatewayConfig.Builder builder = GatewayConfig.builder(this.token, this.intents)
			.compression(this.compression)
			.largeThreshold(this.largeThreshold)
			.maxFrameSize(this.maxFrameSize)
			.presence(PresenceUpdate.of(this.status, this.activity));
		if (this.reconnectDelay != null) {
			builder.reconnectDelay(this.reconnectDelay);
		}
		if (this.scheduler != null) {
			builder.scheduler(this.scheduler);
		}
		if (this.clock != null) {
			builder.clock(this.clock);
		}
		if (this.random != null) {
			builder.random(this.random);
		}
		return builder.build();
	}

	/**
	 * Build the client; it connects when a start method is called.
	 * @return the client
	 */
	public DiscordClient build() {
		// Fail now, not at the first connection, when the compression's library is missing.
		GatewayDecompressor.create(this.compression, this.maxFrameSize).close();
		if (this.cacheSettings.chunkMembers() && (this.intents & GatewayIntent.GUILD_MEMBERS.bit()) == 0) {
			throw new IllegalArgumentException("Cache 'chunkMembers' asks for all members of large guilds, which needs "
					+ "the GUILD_MEMBERS intent; add the intent or turn chunking off");
		}
		return new DiscordClient(this);
	}

	private static String stripSlash(String url) {
		if (url == null || url.isBlank()) {
			throw new IllegalArgumentException("URL must not be blank");
		}
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	@Override
	public String toString() {
		return "DiscordClientBuilder[token=<redacted>, intents=" + this.intents + "]";
	}

}
