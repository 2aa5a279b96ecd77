package dev.serenity.rest;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import dev.serenity.BotToken;
import dev.serenity.client.DiscordClient;
import dev.serenity.rest.ratelimit.InvalidRequestGuard;
import dev.serenity.rest.ratelimit.LocalRateLimiter;
import dev.serenity.rest.ratelimit.RestRateLimitedEvent;

/**
 * Immutable settings of a {@link DiscordRest}. Create them with {@link #builder(String)}; every setting has a
 * {@code DEFAULT_*} constant, and {@link Builder#build()} checks every value and names the setting at fault. The
 * token never prints.
 */
public final class RestConfig {

	/** Discord's REST API, version 10. */
	public static final String DEFAULT_BASE_URL = DiscordClient.DEFAULT_REST_URL;

	/** The User-Agent Discord requires: {@code DiscordBot (url, version)}. */
	public static final String DEFAULT_USER_AGENT = DiscordClient.USER_AGENT;

	/** How long one attempt may wait for its answer. */
	public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

	/** Largest answer read, in bytes (large member lists and audit logs exceed WebClient's 256 KiB default). */
	public static final int DEFAULT_MAX_RESPONSE_SIZE = 16 * 1024 * 1024;

	/** Requests per second across all routes but interaction routes. */
	public static final int DEFAULT_GLOBAL_LIMIT = LocalRateLimiter.DEFAULT_GLOBAL_LIMIT;

	/** Retries of an idempotent request after 502, 503, 504, a connection failure or a timeout. */
	public static final int DEFAULT_MAX_RETRIES = 3;

	/** Retries of any request after a 429 (each after waiting as Discord asked). */
	public static final int DEFAULT_MAX_RATE_LIMIT_RETRIES = 5;

	/** The first back-off before a retry; each further one doubles, up to {@link #MAX_RETRY_BACKOFF}. */
	public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofSeconds(1);

	/** The longest back-off between retries. */
	public static final Duration MAX_RETRY_BACKOFF = Duration.ofSeconds(30);

	/** Invalid requests (401, 403, 429) per 10 minutes at which the client stops sending. */
	public static final int DEFAULT_INVALID_REQUEST_THRESHOLD = InvalidRequestGuard.DEFAULT_THRESHOLD;

	private static final Pattern USER_AGENT = Pattern.compile("DiscordBot \\([^,()]+, [^()]+\\).*");

	private final BotToken token;

	private final String baseUrl;

	private final String userAgent;

	private final Duration requestTimeout;

	private final int maxResponseSize;

	private final int globalLimit;

	private final int maxRetries;

	private final int maxRateLimitRetries;

	private final Duration retryBackoff;

	private final int invalidRequestThreshold;

	private final List<RestObserver> observers;

	private final List<Consumer<RestRateLimitedEvent>> rateLimitListeners;

	private RestConfig(Builder builder) {
		this.token = builder.token;
		this.baseUrl = builder.baseUrl;
		this.userAgent = builder.userAgent;
		this.requestTimeout = builder.requestTimeout;
		this.maxResponseSize = builder.maxResponseSize;
		this.globalLimit = builder.globalLimit;
		this.maxRetries = builder.maxRetries;
		this.maxRateLimitRetries = builder.maxRateLimitRetries;
		this.retryBackoff = builder.retryBackoff;
		this.invalidRequestThreshold = builder.invalidRequestThreshold;
		this.observers = List.copyOf(builder.observers);
		this.rateLimitListeners = List.copyOf(builder.rateLimitListeners);
	}

	/**
	 * Start building settings.
	 * @param token the bot token, with or without {@code Bot }
	 * @return a builder with every other setting at its default
	 * @throws IllegalArgumentException when the token is blank (the message never contains the token)
	 */
	public static Builder builder(String token) {
		return new Builder(BotToken.of(token));
	}

	/**
	 * Start building settings.
	 * @param token the bot token
	 * @return a builder with every other setting at its default
	 */
	public static Builder builder(BotToken token) {
		return new Builder(Objects.requireNonNull(token, "'token' must not be null"));
	}

	/**
	 * Return a builder holding these settings, to derive others.
	 * @return a new builder
	 */
	public Builder mutate() {
		Builder builder = new Builder(this.token).baseUrl(this.baseUrl)
			.userAgent(this.userAgent)
			.requestTimeout(this.requestTimeout)
			.maxResponseSize(this.maxResponseSize)
			.globalLimit(this.globalLimit)
			.maxRetries(this.maxRetries)
			.maxRateLimitRetries(this.maxRateLimitRetries)
			.retryBackoff(this.retryBackoff)
			.invalidRequestThreshold(this.invalidRequestThreshold);
		builder.observers.addAll(this.observers);
		builder.rateLimitListeners.addAll(this.rateLimitListeners);
		return builder;
	}

	/**
	 * Return the token (redacted when printed).
	 * @return the token
	 */
	public BotToken token() {
		return this.token;
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	public String userAgent() {
		return this.userAgent;
	}

	public Duration requestTimeout() {
		return this.requestTimeout;
	}

	public int maxResponseSize() {
		return this.maxResponseSize;
	}

	public int globalLimit() {
		return this.globalLimit;
	}

	public int maxRetries() {
		return this.maxRetries;
	}

	public int maxRateLimitRetries() {
		return this.maxRateLimitRetries;
	}

	public Duration retryBackoff() {
		return this.retryBackoff;
	}

	public int invalidRequestThreshold() {
		return this.invalidRequestThreshold;
	}

	public List<RestObserver> observers() {
		return this.observers;
	}

	public List<Consumer<RestRateLimitedEvent>> rateLimitListeners() {
		return this.rateLimitListeners;
	}

	@Override
	public String toString() {
		return "RestConfig[token=<redacted>, baseUrl=" + this.baseUrl + ", userAgent=" + this.userAgent
				+ ", requestTimeout=" + this.requestTimeout + ", globalLimit=" + this.globalLimit + ", maxRetries="
				+ this.maxRetries + ", maxRateLimitRetries=" + this.maxRateLimitRetries + ", invalidRequestThreshold="
				+ this.invalidRequestThreshold + "]";
	}

	/**
	 * Builds a {@link RestConfig}.
	 */
	public static final class Builder {

		private final BotToken token;

		private String baseUrl = DEFAULT_BASE_URL;

		private String userAgent = DEFAULT_USER_AGENT;

		private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;

		private int maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;

		private int globalLimit = DEFAULT_GLOBAL_LIMIT;

		private int maxRetries = DEFAULT_MAX_RETRIES;

		private int maxRateLimitRetries = DEFAULT_MAX_RATE_LIMIT_RETRIES;

		private Duration retryBackoff = DEFAULT_RETRY_BACKOFF;

		private int invalidRequestThreshold = DEFAULT_INVALID_REQUEST_THRESHOLD;

		private final List<RestObserver> observers = new ArrayList<>();

		private final List<Consumer<RestRateLimitedEvent>> rateLimitListeners = new ArrayList<>();

		private Builder(BotToken token) {
			this.token = token;
		}

		/** Base URL of the API, without a trailing slash. See {@link #DEFAULT_BASE_URL}. */
		public Builder baseUrl(String baseUrl) {
			this.baseUrl = (baseUrl != null && baseUrl.endsWith("/")) ? baseUrl.substring(0, baseUrl.length() - 1)
					: baseUrl;
			return this;
		}

		/** User-Agent, {@code DiscordBot (url, version)} plus anything. See {@link #DEFAULT_USER_AGENT}. */
		public Builder userAgent(String userAgent) {
			this.userAgent = userAgent;
			return this;
		}

		/** How long one attempt waits for its answer. See {@link #DEFAULT_REQUEST_TIMEOUT}. */
		public Builder requestTimeout(Duration requestTimeout) {
			this.requestTimeout = requestTimeout;
			return this;
		}

		/** Largest answer read, in bytes. See {@link #DEFAULT_MAX_RESPONSE_SIZE}. */
		public Builder maxResponseSize(int maxResponseSize) {
			this.maxResponseSize = maxResponseSize;
			return this;
		}

		/** Requests per second across routes (interaction routes exempt). See {@link #DEFAULT_GLOBAL_LIMIT}. */
		public Builder globalLimit(int globalLimit) {
			this.globalLimit = globalLimit;
			return this;
		}

		/**
		 * Retries of idempotent requests after 502/503/504 or no answer; 0 disables. See
		 * {@link #DEFAULT_MAX_RETRIES}.
		 */
		public Builder maxRetries(int maxRetries) {
			this.maxRetries = maxRetries;
			return this;
		}

		/** Retries after a 429; 0 fails at once. See {@link #DEFAULT_MAX_RATE_LIMIT_RETRIES}. */
		public Builder maxRateLimitRetries(int maxRateLimitRetries) {
			this.maxRateLimitRetries = maxRateLimitRetries;
			return this;
		}

		/** The first back-off before a retry, doubled each time. See {@link #DEFAULT_RETRY_BACKOFF}. */
		public Builder retryBackoff(Duration retryBackoff) {
			this.retryBackoff = retryBackoff;
			return this;
		}

		/**
		 * Invalid requests per 10 minutes at which the client stops sending, 1 to 10,000. See
		 * {@link #DEFAULT_INVALID_REQUEST_THRESHOLD}.
		 */
		public Builder invalidRequestThreshold(int invalidRequestThreshold) {
			this.invalidRequestThreshold = invalidRequestThreshold;
			return this;
		}

		/** Add an observer of finished calls, e.g. for metrics. */
		public Builder observer(RestObserver observer) {
			this.observers.add(Objects.requireNonNull(observer, "'observer' must not be null"));
			return this;
		}

		/** Add a listener of rate-limit waits (serenity's {@code ratelimit} callback); it must not block. */
		public Builder rateLimitListener(Consumer<RestRateLimitedEvent> listener) {
			this.rateLimitListeners.add(Objects.requireNonNull(listener, "'rateLimitListener' must not be null"));
			return this;
		}

		/**
		 * Check the settings and build.
		 * @return the settings
		 * @throws IllegalArgumentException naming the first setting that is out of range
		 */
		public RestConfig build() {
			require(validUrl(this.baseUrl), "baseUrl", "must be an absolute http or https URL", this.baseUrl);
			require(this.userAgent != null && USER_AGENT.matcher(this.userAgent).matches(), "userAgent",
					"must start with 'DiscordBot (url, version)' as Discord requires", this.userAgent);
			requirePositive(this.requestTimeout, "requestTimeout");
			require(this.maxResponseSize >= 64 * 1024, "maxResponseSize", "must be at least 65536",
					this.maxResponseSize);
			require(this.globalLimit >= 1, "globalLimit", "must be at least 1", this.globalLimit);
			require(this.maxRetries >= 0 && this.maxRetries <= 10, "maxRetries", "must be between 0 and 10",
					this.maxRetries);
			require(this.maxRateLimitRetries >= 0 && this.maxRateLimitRetries <= 100, "maxRateLimitRetries",
					"must be between 0 and 100", this.maxRateLimitRetries);
			requirePositive(this.retryBackoff, "retryBackoff");
			require(this.invalidRequestThreshold >= 1
					&& this.invalidRequestThreshold <= InvalidRequestGuard.DISCORD_LIMIT, "invalidRequestThreshold",
					"must be between 1 and " + InvalidRequestGuard.DISCORD_LIMIT, this.invalidRequestThreshold);
			return new RestConfig(this);
		}

		private static boolean validUrl(String url) {
			if (url == null || url.isBlank()) {
				return false;
			}
			try {
				URI uri = URI.create(url);
				return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
						&& uri.getQuery() == null && uri.getFragment() == null;
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}

		private static void requirePositive(Duration value, String name) {
			require(value != null && !value.isNegative() && !value.isZero(), name, "must be positive", value);
		}

		private static void require(boolean valid, String name, String rule, Object value) {
			if (!valid) {
				throw new IllegalArgumentException("'" + name + "' " + rule + " but was " + value);
			}
		}

		@Override
		public String toString() {
			return "RestConfig.Builder[token=<redacted>, baseUrl=" + this.baseUrl + "]";
		}

	}

}
