package dev.serenity.client;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.serenity.BotToken;
import dev.serenity.cache.CacheStore;
import dev.serenity.cache.DiscordCache;
import dev.serenity.cache.InMemoryCacheStore;
import dev.serenity.client.GatewayBotClient.GatewayUnavailable;
import dev.serenity.gateway.DispatchSink;
import dev.serenity.gateway.GatewayCloseException;
import dev.serenity.gateway.GatewayConfig;
import dev.serenity.gateway.GatewayIntent;
import dev.serenity.gateway.Shard;
import dev.serenity.gateway.ShardEnvironment;
import dev.serenity.gateway.ShardManager;
import dev.serenity.gateway.identify.IdentifyQueue;
import dev.serenity.gateway.identify.LocalIdentifyQueue;
import dev.serenity.gateway.session.SessionStore;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.RestConfig;
import dev.serenity.rest.api.MessageApi;
import dev.serenity.rest.api.RestApis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.socket.client.WebSocketClient;

/**
 * A Discord bot client (serenity's {@code Client}): shards connected to the gateway, listeners that receive their
 * events off the event loops, and the REST base it talks to.
 *
 * <pre>{@code
 * DiscordClient client = DiscordClient.builder(token, EnumSet.of(GUILDS, GUILD_MESSAGES, MESSAGE_CONTENT))
 *     .listener(MessageCreateEvent.class, (event, context) -> ...)
 *     .build();
 * client.startAutosharded();
 * }</pre>
 */
public final class DiscordClient implements AutoCloseable {

	/** Discord's REST API. */
	public static final String DEFAULT_REST_URL = "https://discord.com/api/v10";

	/** The gateway used when {@code GET /gateway/bot} cannot be reached (network error or 5xx). */
	public static final String DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg";

	/** Library version in the User-Agent. */
	public static final String VERSION = "0.1.0";

	/** The User-Agent Discord requires: {@code DiscordBot (url, version)}. */
	public static final String USER_AGENT = "DiscordBot (https://github.com/serenity-spring-boot, " + VERSION + ")";

	/** Lanes that run listeners. */
	public static final int DEFAULT_LISTENER_LANES = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

	/**
	 * Event-loop threads that read the shards' sockets: one per core. They are the client's own, not Reactor Netty's
	 * shared ones, so the load of a WebFlux server or of REST calls on those cannot delay a shard's reads or
	 * heartbeats.
	 */
	public static final int DEFAULT_EVENT_LOOP_THREADS = Runtime.getRuntime().availableProcessors();

	/** Dispatches a lane holds. */
	public static final int DEFAULT_LANE_CAPACITY = 256;

	/** How long the blocking start methods wait for READY. */
	public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofMinutes(2);

	/** Timeout of {@code GET /gateway/bot}. */
	public static final Duration DEFAULT_REST_TIMEOUT = Duration.ofSeconds(10);

	/** How long {@link #close()} waits for listeners to finish what was received. */
	public static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(30);

	private static final Logger logger = LoggerFactory.getLogger(DiscordClient.class);

	private final BotToken token;

	private final GatewayConfig gateway;

	private final EventDispatcher dispatcher;

	private final UserData userData;

	private final Long applicationId;

	private final String restUrl;

	private final String gatewayUrlOverride;

	private final IdentifyQueue configuredIdentifyQueue;

	private final SessionStore sessionStore;

	/** The user's WebSocket client, or {@code null} for the default one on {@link #eventLoops}. */
	private final WebSocketClient webSocketClient;

	private final GatewayEventLoops eventLoops;

	private final GatewayBotClient gatewayBotClient;

	private final DiscordRest rest;

	private final MessageApi messages;

	private final RestApis api;

	private final ListenerRegistry listeners;

	private final Duration startupTimeout;

	private final DiscordCache cache;

	private volatile ShardManager shardManager;

	private volatile GatewayBot gatewayBot;

	DiscordClient(DiscordClientBuilder builder) {
		this.token = builder.token;
		this.gateway = builder.gatewayConfig();
		this.userData = builder.userData;
		this.applicationId = builder.applicationId;
		this.restUrl = builder.restUrl;
		this.gatewayUrlOverride = builder.gatewayUrl;
		this.configuredIdentifyQueue = builder.identifyQueue;
		this.sessionStore = builder.sessionStore;
		this.startupTimeout = builder.startupTimeout;
		this.webSocketClient = builder.webSocketClient;
		this.eventLoops = new GatewayEventLoops(builder.eventLoopThreads, this.gateway.maxFrameSize());

		this.listeners = builder.listeners;
		CacheStore cacheStore = (builder.cacheStore != null) ? builder.cacheStore
				: new InMemoryCacheStore(this.gateway.clock());
		this.cache = new DiscordCache(builder.cacheSettings, cacheStore, this.gateway.clock(), this.gateway.scheduler(),
				(id) -> shards().stream().filter((shard) -> shard.id() == id).findFirst().orElse(null));
		this.dispatcher = new EventDispatcher(builder.listeners, builder.errorHandler, builder.voiceGatewayManager,
				builder.listenerLanes, builder.laneCapacity, builder.listenerThreads);
		this.dispatcher.client(this);
		RestConfig.Builder restConfig = RestConfig.builder(this.token).baseUrl(this.restUrl);
		builder.restCustomizers.forEach((customizer) -> customizer.accept(restConfig));
		restConfig.rateLimitListener(this.dispatcher::publishClientEvent);
		DiscordRest.Builder rest = DiscordRest.builder(restConfig.build())
			.webClientBuilder(builder.webClientBuilder)
			.scheduler(this.gateway.scheduler())
			.clock(this.gateway.clock());
		if (builder.restRateLimiter != null) {
			rest.rateLimiter(builder.restRateLimiter);
		}
		this.rest = rest.build();
		this.gatewayBotClient = new GatewayBotClient(this.rest, builder.restTimeout, this.gateway.scheduler());
		this.messages = new MessageApi(this.rest);
		this.api = new RestApis(this.rest, this.messages, this::applicationId);
	}

	/**
	 * Start building a client.
	 * @param token the bot token, with or without {@code Bot }
	 * @param intents the gateway intents
	 * @return a builder
	 */
	public static DiscordClientBuilder builder(String token, Collection<GatewayIntent> intents) {
		return new DiscordClientBuilder(token, intents);
	}

	/**
	 * Start building a client with intents as Discord's bit set.
	 * @param token the bot token
	 * @param intents the intent bits
	 * @return a builder
	 */
	public static DiscordClientBuilder builder(String token, long intents) {
		return new DiscordClientBuilder(token, intents);
	}

	/** Start one shard, [0, 1], and wait for READY. */
	public void start() {
		startShard(0, 1);
	}

	/** Start as many shards as Discord recommends, and wait for READY. */
	public void startAutosharded() {
		GatewayBot info = fetchGatewayBot(true);
		await(launch(IntStream.range(0, info.shards()).boxed().toList(), info.shards(), info));
	}

	/** Start one shard of {@code total}, and wait for READY. */
	public void startShard(int id, int total) {
		startShardRange(id, id, total);
	}

	/** Start every shard of {@code total} in this process, and wait for READY. */
	public void startShards(int total) {
		startShardRange(0, total - 1, total);
	}

	/**
	 * Start shards {@code from} to {@code to} (inclusive) of {@code total}, and wait for READY; other processes run
	 * the other shards.
	 * @param from the first shard id
	 * @param to the last shard id
	 * @param total the shard count
	 * @throws ShardBootFailure when Discord refuses the token or a shard, too few session starts remain, or the
	 * shards are not READY within the startup timeout
	 */
	public void startShardRange(int from, int to, int total) {
		await(startShardRangeAsync(from, to, total));
	}

	/**
	 * Start shards without waiting.
	 * @param from the first shard id
	 * @param to the last shard id
	 * @param total the shard count
	 * @return completes when every started shard is READY; fails with {@link ShardBootFailure}
	 */
	public CompletableFuture<Void> startShardRangeAsync(int from, int to, int total) {
		if (total < 1 || from < 0 || to < from || to >= total) {
			throw new IllegalArgumentException("Invalid shard range " + from + ".." + to + " of " + total
					+ ": need 0 <= from <= to < total");
		}
		GatewayBot info = fetchGatewayBot(false);
		return launch(IntStream.rangeClosed(from, to).boxed().toList(), total, info);
	}

	private GatewayBot fetchGatewayBot(boolean required) {
		try {
			GatewayBot info = this.gatewayBotClient.fetch().block();
			this.gatewayBot = info;
			return info;
		}
		catch (GatewayUnavailable ex) {
			if (required) {
				throw new ShardBootFailure(ShardBootFailure.Reason.GATEWAY_UNAVAILABLE,
						"Cannot autoshard: " + ex.getMessage() + "; set a shard count or try again", ex);
			}
			String url = (this.gatewayUrlOverride != null) ? this.gatewayUrlOverride : DEFAULT_GATEWAY_URL;
			logger.warn("{}; connecting to {} with max_concurrency 1", ex.getMessage(), url);
			return new GatewayBot(url, 1, new GatewayBot.SessionStartLimit(1000, Integer.MAX_VALUE, Duration.ZERO, 1));
		}
	}

	private CompletableFuture<Void> launch(List<Integer> ids, int total, GatewayBot info) {
		int remaining = info.sessionStartLimit().remaining();
		if (remaining < ids.size()) {
			throw new ShardBootFailure(ShardBootFailure.Reason.SESSION_START_LIMIT, "Starting " + ids.size()
					+ " shards needs " + ids.size() + " session starts, but Discord allows only " + remaining
					+ " more until the limit resets in " + info.sessionStartLimit().resetAfter().toMinutes()
					+ " min; start fewer shards or wait", null);
		}
		ShardManager manager = shardManager(info);
		List<CompletableFuture<Void>> started = manager.start(ids, total);
		CompletableFuture<Void> all = allOrFirstFailure(started);
		if (!this.startupTimeout.isZero()) {
			reactor.core.Disposable timer = this.gateway.scheduler()
				.schedule(() -> all.completeExceptionally(timeout(manager, ids)), this.startupTimeout.toMillis(),
						TimeUnit.MILLISECONDS);
			all.whenComplete((ignored, error) -> timer.dispose());
		}
		return all.exceptionallyCompose((error) -> CompletableFuture.failedFuture(bootFailure(unwrap(error))));
	}

	private synchronized ShardManager shardManager(GatewayBot info) {
		if (this.shardManager == null) {
			String url = (this.gatewayUrlOverride != null) ? this.gatewayUrlOverride : info.url();
			IdentifyQueue queue = (this.configuredIdentifyQueue != null) ? this.configuredIdentifyQueue
					: new LocalIdentifyQueue(info.sessionStartLimit().maxConcurrency(), LocalIdentifyQueue.DEFAULT_WINDOW,
							this.gateway.scheduler(), this.gateway.clock());
			this.shardManager = new ShardManager(this.gateway, new Environment(url, queue));
		}
		return this.shardManager;
	}

	private static CompletableFuture<Void> allOrFirstFailure(List<CompletableFuture<Void>> futures) {
		CompletableFuture<Void> all = new CompletableFuture<>();
		AtomicInteger left = new AtomicInteger(futures.size());
		for (CompletableFuture<Void> future : futures) {
			future.whenComplete((ignored, error) -> {
				if (error != null) {
					all.completeExceptionally(error);
				}
				else if (left.decrementAndGet() == 0) {
					all.complete(null);
				}
			});
		}
		if (futures.isEmpty()) {
			all.complete(null);
		}
		return all;
	}

	private ShardBootFailure timeout(ShardManager manager, List<Integer> ids) {
		String states = manager.shards()
			.stream()
			.filter((shard) -> ids.contains(shard.id()))
			.map((shard) -> shard.id() + "=" + shard.state())
			.collect(Collectors.joining(", "));
		return new ShardBootFailure(ShardBootFailure.Reason.TIMEOUT, "Shards were not READY within "
				+ this.startupTimeout.toSeconds() + " s (" + states + "); raise the startup timeout or check the network",
				null);
	}

	private static Throwable unwrap(Throwable error) {
		Throwable current = error;
		while ((current instanceof CompletionException || current instanceof ExecutionException)
				&& current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

	private static ShardBootFailure bootFailure(Throwable error) {
		if (error instanceof ShardBootFailure failure) {
			return failure;
		}
		if (error instanceof GatewayCloseException closed) {
			ShardBootFailure.Reason reason = switch (closed.closeCode()) {
				case 4004 -> ShardBootFailure.Reason.TOKEN_REJECTED;
				case 4013 -> ShardBootFailure.Reason.INVALID_INTENTS;
				case 4014 -> ShardBootFailure.Reason.DISALLOWED_INTENTS;
				case 4010, 4011 -> ShardBootFailure.Reason.INVALID_SHARDING;
				default -> ShardBootFailure.Reason.CLOSED;
			};
			return new ShardBootFailure(reason, closed.getMessage(), closed);
		}
		return new ShardBootFailure(ShardBootFailure.Reason.CLOSED, "Shards failed to start: " + error, error);
	}

	private void await(CompletableFuture<Void> started) {
		if (this.startupTimeout.isZero()) {
			return;
		}
		try {
			started.join();
		}
		catch (CompletionException ex) {
			throw bootFailure(unwrap(ex));
		}
	}

	/**
	 * Return the shard manager.
	 * @return the manager; empty before the first start
	 */
	public java.util.Optional<ShardManager> shardManager() {
		return java.util.Optional.ofNullable(this.shardManager);
	}

	/**
	 * Return the shards of this client.
	 * @return the shards, empty before the first start
	 */
	public List<Shard> shards() {
		ShardManager manager = this.shardManager;
		return (manager != null) ? manager.shards() : List.of();
	}

	/**
	 * Return the last answer of {@code GET /gateway/bot}.
	 * @return the answer, if fetched
	 */
	public java.util.Optional<GatewayBot> gatewayBot() {
		return java.util.Optional.ofNullable(this.gatewayBot);
	}

	/**
	 * Return the REST client (serenity's {@code Http}): the bot's token, rate limits and typed errors. Its calls
	 * return {@code Mono}s; from listeners, {@code .block()} is safe (listeners never run on an event loop).
	 * @return the REST client
	 */
	public DiscordRest rest() {
		return this.rest;
	}

	/**
	 * Return the message endpoints on this client's REST client ({@code say}, {@code reply}, create, edit, ...).
	 * @return the message API
	 */
	public MessageApi messages() {
		return this.messages;
	}

	/**
	 * Return every typed endpoint family on this client's REST client: {@code client.api().members().kick(...)}.
	 * @return the endpoint families
	 */
	public RestApis api() {
		return this.api;
	}

	/**
	 * Return the cache of Discord state, kept up to date from the gateway before listeners run.
	 * @return the cache
	 */
	public DiscordCache cache() {
		return this.cache;
	}

	public UserData userData() {
		return this.userData;
	}

	/**
	 * Return the client's listeners. Listeners added here after the client was built receive the events that
	 * arrive from then on (the Spring Boot starter registers {@code @DiscordListener} methods this way).
	 * @return the listener registry
	 */
	public ListenerRegistry listeners() {
		return this.listeners;
	}

	/**
	 * Return the application id: as configured, or as READY reported it.
	 * @return the id, once known
	 */
	public java.util.Optional<Long> applicationId() {
		if (this.applicationId != null) {
			return java.util.Optional.of(this.applicationId);
		}
		return shards().stream()
			.map(Shard::applicationId)
			.filter(java.util.Objects::nonNull)
			.map(dev.serenity.model.Snowflake::value)
			.findFirst();
	}

	public String restUrl() {
		return this.restUrl;
	}

	/**
	 * Return the bot token (redacted when printed).
	 * @return the token
	 */
	public BotToken token() {
		return this.token;
	}

	/**
	 * Disconnect every shard; listeners keep running what was received.
	 * @param keepSessions close with a non-1000 code and save sessions so that the shards (or a restarted process)
	 * resume; otherwise log out with 1000
	 * @return completes when every shard disconnected and handed over what it received
	 */
	public CompletableFuture<Void> disconnect(boolean keepSessions) {
		ShardManager manager = this.shardManager;
		return (manager != null) ? manager.shutdown(keepSessions) : CompletableFuture.completedFuture(null);
	}

	/**
	 * Log out (close 1000, sessions forgotten), let listeners finish what was received, and stop.
	 */
	@Override
	public void close() {
		close(false);
	}

	/**
	 * Disconnect, let listeners finish what was received, and stop.
	 * @param keepSessions whether to keep the sessions for a resume after restart
	 */
	public void close(boolean keepSessions) {
		try {
			disconnect(keepSessions).get(DEFAULT_DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			logger.warn("Shards did not disconnect cleanly: {}", ex.toString());
		}
		this.dispatcher.close(DEFAULT_DRAIN_TIMEOUT.toMillis());
		this.rest.close();
		this.eventLoops.close();
	}

	@Override
	public String toString() {
		return "DiscordClient[token=<redacted>, shards=" + shards().size() + "]";
	}

	private final class Environment implements ShardEnvironment {

		private final String gatewayUrl;

		private final IdentifyQueue identifyQueue;

		Environment(String gatewayUrl, IdentifyQueue identifyQueue) {
			this.gatewayUrl = gatewayUrl;
			this.identifyQueue = identifyQueue;
		}

		@Override
		public String gatewayUrl() {
			return this.gatewayUrl;
		}

		@Override
		public IdentifyQueue identifyQueue() {
			return this.identifyQueue;
		}

		@Override
		public SessionStore sessionStore() {
			return DiscordClient.this.sessionStore;
		}

		@Override
		public DispatchSink sink() {
			return DiscordClient.this.dispatcher;
		}

		@Override
		public WebSocketClient webSocketClient() {
			WebSocketClient own = DiscordClient.this.webSocketClient;
			return (own != null) ? own : DiscordClient.this.eventLoops.webSocketClient();
		}

	}

}
