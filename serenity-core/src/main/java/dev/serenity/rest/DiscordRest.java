package dev.serenity.rest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

import dev.serenity.json.DiscordJson;
import dev.serenity.rest.RestObservation.Outcome;
import dev.serenity.rest.ratelimit.InvalidRequestGuard;
import dev.serenity.rest.ratelimit.LocalRateLimiter;
import dev.serenity.rest.ratelimit.RateLimitHeaders;
import dev.serenity.rest.ratelimit.RateLimiter;
import dev.serenity.rest.ratelimit.RestRateLimitedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Discord's REST API (serenity's {@code Http}): sends {@link RestRequest}s through a {@link RateLimiter}, retries
 * where that is safe, and turns error answers into {@link RestException}s.
 *
 * <pre>{@code
 * DiscordRest rest = DiscordRest.builder(RestConfig.builder(token).build()).build();
 * Mono<User> me = rest.exchange(RestRequest.of(Route.get("/users/@me"), User.class));
 * User user = me.block();   // fine in a listener: listeners never run on an event loop
 * }</pre>
 *
 * <p><b>Each call</b> ({@link #exchange}) is lazy and runs once per subscription:
 * <ol>
 * <li>The {@link InvalidRequestGuard} may refuse at once (token rejected, too many invalid requests).</li>
 * <li>The rate limiter hands out a permit, at once or when the bucket and global limit allow.</li>
 * <li>The request goes out with {@code Authorization: Bot <token>}, the User-Agent, the audit-log reason
 * (URL-encoded) and a JSON or multipart body; the answer's rate-limit headers go back to the limiter.</li>
 * <li>2xx: the body is read as the request's type (empty for {@link Void} and 204). 429: the request is sent again
 * once the limiter allows (up to {@link RestConfig#maxRateLimitRetries()}), unless the body is not Discord's JSON
 * (a Cloudflare ban). 502, 503, 504, connection failures and timeouts: GET, PUT and DELETE are retried after an
 * exponential back-off with jitter (up to {@link RestConfig#maxRetries()}); POST and PATCH never, since they may have taken
 * effect. Anything else fails with a {@link DiscordRestException}.</li>
 * </ol>
 *
 * <p>Answers arrive on Reactor Netty's event loops and waits end on the scheduler: do not block inside operators.
 * Calling {@code .block()} from a listener is safe, since listeners run on their own threads. Each finished call is
 * reported to the {@link RestObserver}s. Every clock and timer is injected, so tests run on virtual time.
 */
public final class DiscordRest implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(DiscordRest.class);

	private static final Set<Integer> RETRYABLE_STATUSES = Set.of(502, 503, 504);

	private static final byte[] EMPTY = new byte[0];

	private final RestConfig config;

	private final WebClient webClient;

	private final ObjectMapper mapper;

	private final InstantSource clock;

	private final Scheduler scheduler;

	private final RateLimiter rateLimiter;

	private final boolean ownsRateLimiter;

	private final InvalidRequestGuard guard;

	private final DoubleSupplier jitter;

	private volatile boolean closed;

	private DiscordRest(Builder builder) {
		this.config = builder.config;
		this.mapper = builder.mapper;
		this.scheduler = builder.scheduler;
		this.clock = (builder.clock != null) ? builder.clock
				: () -> Instant.ofEpochMilli(builder.scheduler.now(TimeUnit.MILLISECONDS));
		this.webClient = builder.webClientBuilder.clone()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(this.config.maxResponseSize()))
			.build();
		this.guard = new InvalidRequestGuard(this.config.invalidRequestThreshold(), this.clock);
		this.jitter = builder.jitter;
		this.ownsRateLimiter = builder.rateLimiter == null;
		this.rateLimiter = (builder.rateLimiter != null) ? builder.rateLimiter
				: new LocalRateLimiter(this.config.globalLimit(), this.clock, this.scheduler, this::publish);
	}

	/**
	 * Start building a client.
	 * @param config the settings
	 * @return a builder
	 */
	public static Builder builder(RestConfig config) {
		return new Builder(Objects.requireNonNull(config, "'config' must not be null"));
	}

	/**
	 * Start building a client with default settings.
	 * @param token the bot token, with or without {@code Bot }
	 * @return a builder
	 */
	public static Builder builder(String token) {
		return builder(RestConfig.builder(token).build());
	}

	/**
	 * Send a request and read its answer. Nothing happens until the {@code Mono} is subscribed; each subscription
	 * sends the request anew.
	 * @param request the request
	 * @param <T> the type of the answer
	 * @return the answer, empty for {@link Void} and 204; fails with a {@link DiscordRestException},
	 * {@link RestRequestRefusedException} or {@link RestTransportException}
	 */
	public <T> Mono<T> exchange(RestRequest<T> request) {
		Objects.requireNonNull(request, "'request' must not be null");
		return Mono.defer(() -> new Call<>(request).run());
	}

	public RestConfig config() {
		return this.config;
	}

	public RateLimiter rateLimiter() {
		return this.rateLimiter;
	}

	/**
	 * Return the guard against Discord's invalid request limit: its counts, and whether the token was rejected.
	 * @return the guard
	 */
	public InvalidRequestGuard invalidRequests() {
		return this.guard;
	}

	/**
	 * Refuse new calls, and fail those waiting for a rate limit (when the limiter is the built-in one).
	 */
	@Override
	public void close() {
		this.closed = true;
		if (this.ownsRateLimiter && this.rateLimiter instanceof LocalRateLimiter local) {
			local.close();
		}
	}

	/** Encode a query name or value; {@code +} too, which servers may read as a space. */
	private static String queryText(String text) {
		return UriUtils.encodeQueryParam(text, StandardCharsets.UTF_8).replace("+", "%2B");
	}

	private void publish(RestRateLimitedEvent event) {
		logger.debug("Rate limited: {}", event);
		for (Consumer<RestRateLimitedEvent> listener : this.config.rateLimitListeners()) {
			try {
				listener.accept(event);
			}
			catch (RuntimeException ex) {
				logger.warn("A rate-limit listener failed on {}", event, ex);
			}
		}
	}

	@Override
	public String toString() {
		return "DiscordRest[token=<redacted>, baseUrl=" + this.config.baseUrl() + "]";
	}

	/**
	 * One subscription of {@link #exchange}: its attempts, retries and observation.
	 */
	private final class Call<T> {

		private final RestRequest<T> request;

		private final Route route;

		private final Instant started;

		private final AtomicBoolean observed = new AtomicBoolean();

		private byte[] json;

		private int attempts;

		private int retries;

		private int rateLimitRetries;

		private Duration waited = Duration.ZERO;

		private int status;

		Call(RestRequest<T> request) {
			this.request = request;
			this.route = request.route();
			this.started = DiscordRest.this.clock.instant();
		}

		Mono<T> run() {
			return Mono.defer(() -> {
				if (DiscordRest.this.closed) {
					return Mono.error(RestRequestRefusedException.closed(this.route));
				}
				DiscordRest.this.guard.check(this.route);
				if (this.request.body() != null) {
					try {
						this.json = DiscordRest.this.mapper.writeValueAsBytes(this.request.body());
					}
					catch (JacksonException ex) {
						return Mono.error(RestRequestRefusedException.invalidBody(this.route, ex));
					}
				}
				return attempt();
			})
				.doOnSuccess((ignored) -> observe(null, false))
				.doOnError((error) -> observe(error, false))
				.doOnCancel(() -> observe(null, true));
		}

		private Mono<T> attempt() {
			return Mono.defer(() -> {
				DiscordRest.this.guard.check(this.route);
				Instant asked = DiscordRest.this.clock.instant();
				Mono<OncePermit> granted = DiscordRest.this.rateLimiter.acquire(this.route)
					.onErrorMap((error) -> !(error instanceof RestException), this::limiterFailure)
					.map(OncePermit::new);
				return Mono.usingWhen(granted,
						(permit) -> send(permit, asked), OncePermit::release, (permit, error) -> permit.release(),
						OncePermit::release);
			}).flatMap(this::handle).onErrorResume(this::noAnswer);
		}

		private RestException limiterFailure(Throwable error) {
			return DiscordRest.this.closed ? RestRequestRefusedException.closed(this.route)
					: RestRequestRefusedException.rateLimiterFailed(this.route, error);
		}

		private Mono<Answer> send(OncePermit permit, Instant asked) {
			this.waited = this.waited.plus(Duration.between(asked, DiscordRest.this.clock.instant()));
			if (DiscordRest.this.closed) {
				return Mono.error(RestRequestRefusedException.closed(this.route));
			}
			DiscordRest.this.guard.check(this.route);
			this.attempts++;
			WebClient.RequestBodySpec spec = DiscordRest.this.webClient.method(this.route.method())
				.uri(uri())
				.headers(this::headers);
			WebClient.RequestHeadersSpec<?> ready;
			if (this.request.multipart()) {
				ready = spec.body(BodyInserters.fromMultipartData(multipart()));
			}
			else if (this.json != null) {
				ready = spec.contentType(MediaType.APPLICATION_JSON).bodyValue(this.json);
			}
			else {
				ready = spec;
			}
			return ready.exchangeToMono((response) -> response.bodyToMono(byte[].class)
				.defaultIfEmpty(EMPTY)
				.map((body) -> new Answer(response.statusCode().value(), response.headers().asHttpHeaders(), body)))
				.timeout(DiscordRest.this.config.requestTimeout(), DiscordRest.this.scheduler)
				.doOnNext((answer) -> {
					this.status = answer.status();
					JsonNode body = (answer.status() == 429)
							? DiscordErrors.readObject(answer.body(), DiscordRest.this.mapper) : null;
					RateLimitHeaders headers = RateLimitHeaders.parse(answer.status(), answer.headers()::getFirst,
							body);
					if (answer.status() == 429 && body == null && !headers.global()) {
						// Not Discord's JSON: Cloudflare banned the IP, so every route waits.
						headers = new RateLimitHeaders(429, headers.limit(), headers.remaining(), headers.reset(),
								headers.resetAfter(), headers.bucket(), true, headers.scope(), headers.retryAfter());
					}
					answer.rateLimit = headers;
					DiscordRest.this.guard.record(answer.status(), headers.scope(), this.route.tokenInPath());
					permit.complete(headers);
				});
		}

		private URI uri() {
			StringBuilder uri = new StringBuilder(DiscordRest.this.config.baseUrl()).append(this.route.path());
			char separator = '?';
			for (Map.Entry<String, String> parameter : this.request.query().entrySet()) {
				uri.append(separator)
					.append(queryText(parameter.getKey()))
					.append('=')
					.append(queryText(parameter.getValue()));
				separator = '&';
			}
			return URI.create(uri.toString());
		}


		private void headers(HttpHeaders headers) {
			headers.set(HttpHeaders.AUTHORIZATION, DiscordRest.this.config.token().authorization());
			headers.set(HttpHeaders.USER_AGENT, DiscordRest.this.config.userAgent());
			String reason = this.request.encodedAuditLogReason();
			if (reason != null) {
				headers.set("X-Audit-Log-Reason", reason);
			}
		}

		private MultiValueMap<String, HttpEntity<?>> multipart() {
			MultipartBodyBuilder parts = new MultipartBodyBuilder();
			if (this.json != null) {
				parts.part("payload_json", this.json, MediaType.APPLICATION_JSON);
			}
			List<RestFile> files = this.request.files();
			for (int i = 0; i < files.size(); i++) {
				RestFile file = files.get(i);
				parts.part("files[" + i + "]", file.content(), MediaType.parseMediaType(file.contentType()))
					.filename(file.filename());
			}
			return parts.build();
		}

		/**
		 * Handle a failure without an answer: retry an idempotent request, or fail with a clear exception. Errors
		 * that are not about the connection (refusals, Discord's errors, exhausted retries) pass through.
		 */
		private Mono<T> noAnswer(Throwable error) {
			boolean transport = error instanceof WebClientRequestException || error instanceof TimeoutException
					|| error instanceof IOException;
			if (error instanceof DataBufferLimitException) {
				return Mono.error(new RestTransportException(this.route, "the answer is larger than 'maxResponseSize' ("
						+ DiscordRest.this.config.maxResponseSize() + " bytes)", error));
			}
			if (!transport) {
				return Mono.error((error instanceof RestException) ? error : new RestTransportException(this.route,
						"the request failed (" + error.getClass().getSimpleName() + ")", withoutRequest(error)));
			}
			String what = (error instanceof TimeoutException)
					? "no answer within " + DiscordRest.this.config.requestTimeout().toMillis() + " ms"
					: "the connection failed (" + error.getClass().getSimpleName() + ": " + error.getMessage() + ")";
			if (this.route.idempotent() && this.retries < DiscordRest.this.config.maxRetries()) {
				return retryLater(what).then(Mono.defer(this::attempt));
			}
			String retried = (this.retries > 0) ? " after " + this.retries + " retries" : "";
			return Mono.error(new RestTransportException(this.route, what + retried, withoutRequest(error)));
		}

		/**
		 * Drop WebClient's request exception from a cause chain: it names the full URI (webhook and interaction
		 * tokens are path segments) and carries the request headers.
		 */
		private Throwable withoutRequest(Throwable error) {
			if (error instanceof org.springframework.web.reactive.function.client.WebClientRequestException) {
				Throwable cause = error.getCause();
				return (cause != null) ? cause : new java.io.IOException(error.getClass().getSimpleName());
			}
			return error;
		}

		private Mono<T> handle(Answer answer) {
			int status = answer.status();
			if (status >= 200 && status < 300) {
				return decode(answer);
			}
			RateLimitHeaders headers = answer.rateLimit;
			boolean json = DiscordErrors.readObject(answer.body(), DiscordRest.this.mapper) != null;
			if (status == 429 && json && this.rateLimitRetries < DiscordRest.this.config.maxRateLimitRetries()) {
				this.rateLimitRetries++;
				logger.debug("{} answered 429 ({}, retry after {}); trying again when the limiter allows", this.route,
						headers.scope(), headers.retryAfter());
				return attempt();
			}
			if (RETRYABLE_STATUSES.contains(status) && this.route.idempotent()
					&& this.retries < DiscordRest.this.config.maxRetries()) {
				return retryLater("answer " + status).then(Mono.defer(this::attempt));
			}
			String contentType = answer.headers().getFirst(HttpHeaders.CONTENT_TYPE);
			return Mono.error(DiscordErrors.parse(this.route, status, contentType, answer.body(),
					(status == 429) ? headers.retryAfter() : null, DiscordRest.this.mapper));
		}

		private Mono<Long> retryLater(String reason) {
			this.retries++;
			long factor = 1L << Math.min(this.retries - 1, 20);
			Duration backoff = DiscordRest.this.config.retryBackoff().multipliedBy(factor);
			if (backoff.compareTo(RestConfig.MAX_RETRY_BACKOFF) > 0) {
				backoff = RestConfig.MAX_RETRY_BACKOFF;
			}
			// Equal jitter: between half and all of the back-off, so clients that failed together retry apart.
			double fraction = Math.min(Math.max(DiscordRest.this.jitter.getAsDouble(), 0), 1);
			backoff = Duration.ofNanos(backoff.toNanos() / 2 + (long) (backoff.toNanos() / 2 * fraction));
			logger.debug("{}: {}; retry {} of {} in {} ms", this.route, reason, this.retries,
					DiscordRest.this.config.maxRetries(), backoff.toMillis());
			return Mono.delay(backoff, DiscordRest.this.scheduler);
		}

		@SuppressWarnings("unchecked")
		private Mono<T> decode(Answer answer) {
			if (this.request.responseType() == Void.class || answer.body().length == 0) {
				return Mono.empty();
			}
			try {
				JavaType type = DiscordRest.this.mapper.constructType(this.request.responseType());
				return Mono.justOrEmpty((T) DiscordRest.this.mapper.readValue(answer.body(), type));
			}
			catch (JacksonException ex) {
				return Mono.error(new RestTransportException(this.route, "Discord answered " + answer.status()
						+ " but the body is not a " + this.request.responseType().getTypeName() + ": "
						+ ex.getOriginalMessage(), ex));
			}
		}

		private void observe(Throwable error, boolean cancelled) {
			if (DiscordRest.this.config.observers().isEmpty() || !this.observed.compareAndSet(false, true)) {
				return;
			}
			Outcome outcome = cancelled ? Outcome.CANCELLED : outcome(error);
			RestObservation observation = new RestObservation(this.route.template(), this.route.method().name(),
					this.status, outcome, error, Duration.between(this.started, DiscordRest.this.clock.instant()),
					this.waited, this.attempts);
			for (RestObserver observer : DiscordRest.this.config.observers()) {
				try {
					observer.onRequest(observation);
				}
				catch (RuntimeException ex) {
					logger.warn("A REST observer failed on {} {}", observation.method(), observation.route(), ex);
				}
			}
		}

		private Outcome outcome(Throwable error) {
			if (error == null) {
				return Outcome.SUCCESS;
			}
			if (error instanceof DiscordRestException discord) {
				return (discord.status() >= 500) ? Outcome.SERVER_ERROR : Outcome.CLIENT_ERROR;
			}
			if (error instanceof RestRequestRefusedException) {
				return Outcome.REFUSED;
			}
			return (error instanceof RestTransportException) ? Outcome.TRANSPORT_ERROR : Outcome.ERROR;
		}

	}

	/**
	 * Builds a {@link DiscordRest}. Everything but the settings has a default.
	 */
	public static final class Builder {

		private final RestConfig config;

		private WebClient.Builder webClientBuilder = WebClient.builder();

		private ObjectMapper mapper = DiscordJson.mapper();

		private InstantSource clock;

		private Scheduler scheduler = Schedulers.parallel();

		private RateLimiter rateLimiter;

		private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

		private Builder(RestConfig config) {
			this.config = config;
		}

		/** WebClient builder to derive the client from (it is cloned, not changed). Defaults to a new one. */
		public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
			this.webClientBuilder = Objects.requireNonNull(webClientBuilder, "'webClientBuilder' must not be null");
			return this;
		}

		/** Mapper of bodies and answers. Defaults to {@link DiscordJson#mapper()}. */
		public Builder mapper(ObjectMapper mapper) {
			this.mapper = Objects.requireNonNull(mapper, "'mapper' must not be null");
			return this;
		}

		/** Clock of rate-limit windows, the invalid request window and durations. Defaults to the scheduler's. */
		public Builder clock(InstantSource clock) {
			this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
			return this;
		}

		/** Scheduler of every wait and timeout. Defaults to {@link Schedulers#parallel()}. */
		public Builder scheduler(Scheduler scheduler) {
			this.scheduler = Objects.requireNonNull(scheduler, "'scheduler' must not be null");
			return this;
		}

		/**
		 * Rate limiter to use instead of a {@link LocalRateLimiter} built from the settings (then the settings'
		 * {@code globalLimit} and rate-limit listeners are the limiter's business).
		 */
		public Builder rateLimiter(RateLimiter rateLimiter) {
			this.rateLimiter = Objects.requireNonNull(rateLimiter, "'rateLimiter' must not be null");
			return this;
		}

		/**
		 * Source of the random fraction (0 to 1) that spreads each retry back-off between half and all of its
		 * value. Defaults to {@link ThreadLocalRandom}; tests pass a constant.
		 */
		public Builder jitter(DoubleSupplier jitter) {
			this.jitter = Objects.requireNonNull(jitter, "'jitter' must not be null");
			return this;
		}

		/**
		 * Build the client.
		 * @return the client
		 */
		public DiscordRest build() {
			return new DiscordRest(this);
		}

		@Override
		public String toString() {
			return "DiscordRest.Builder[" + this.config + "]";
		}

	}

}
