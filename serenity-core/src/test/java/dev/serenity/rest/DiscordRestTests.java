package dev.serenity.rest;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.serenity.model.Message;
import dev.serenity.model.User;
import dev.serenity.rest.RestObservation.Outcome;
import dev.serenity.rest.RestRequestRefusedException.Reason;
import dev.serenity.rest.StubDiscord.Result;
import dev.serenity.rest.ratelimit.RateLimitScope;
import dev.serenity.rest.ratelimit.RestRateLimitedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DiscordRest} against a scripted WebClient on virtual time: headers, decoding, retries, 429s, the token
 * guard, observations.
 */
class DiscordRestTests {

	private static final String TOKEN = "MTIz.secret-token.XyZ";

	private static final String USER = "{\"id\":\"42\",\"username\":\"serenity-bot\",\"bot\":true}";

	private static final Route ME = Route.get("/users/@me");

	private static final Route MESSAGES = Route.post("/channels/{channel.id}/messages", 123);

	private final StubDiscord discord = new StubDiscord();

	private final List<RestObservation> observations = new CopyOnWriteArrayList<>();

	private final List<RestRateLimitedEvent> events = new CopyOnWriteArrayList<>();

	private RestConfig.Builder config() {
		return RestConfig.builder(TOKEN)
			.baseUrl("http://discord.test/api/v10/")
			.observer(this.observations::add)
			.rateLimitListener(this.events::add);
	}

	@Test
	void sendsTheTokenTheUserAgentAndTheEncodedAuditLogReason() {
		this.discord.then(204, "");
		DiscordRest rest = this.discord.rest(config());
		Result<Void> result = Result.of(rest.exchange(RestRequest.of(Route.delete("/channels/{channel.id}", 77))
			.withAuditLogReason("Spam & abuse")));
		assertThat(result.completed).isTrue();
		HttpHeaders headers = this.discord.requests.get(0).headers();
		assertThat(headers.getFirst("Authorization")).isEqualTo("Bot " + TOKEN);
		assertThat(headers.getFirst("User-Agent")).isEqualTo(RestConfig.DEFAULT_USER_AGENT)
			.startsWith("DiscordBot (");
		assertThat(headers.getFirst("X-Audit-Log-Reason")).isEqualTo("Spam%20%26%20abuse");
		assertThat(this.discord.requests.get(0).method()).isEqualTo(HttpMethod.DELETE);
		assertThat(this.discord.requests.get(0).url()).isEqualTo(URI.create("http://discord.test/api/v10/channels/77"));
	}

	@Test
	void readsTheAnswerAsTheRequestedTypeAndAddsTheQuery() {
		this.discord.then(200, USER);
		DiscordRest rest = this.discord.rest(config());
		Result<User> result = Result.of(rest.exchange(RestRequest.of(ME, User.class)
			.withQuery("with counts", "a&b+c")));
		assertThat(result.value.get().username()).isEqualTo("serenity-bot");
		assertThat(result.value.get().id().value()).isEqualTo(42);
		assertThat(this.discord.requests.get(0).url().toString()).endsWith("/users/@me?with%20counts=a%26b%2Bc");
		assertThat(this.observations).singleElement().satisfies((observation) -> {
			assertThat(observation.route()).isEqualTo("/users/@me");
			assertThat(observation.method()).isEqualTo("GET");
			assertThat(observation.status()).isEqualTo(200);
			assertThat(observation.outcome()).isEqualTo(Outcome.SUCCESS);
			assertThat(observation.attempts()).isOne();
			assertThat(observation.error()).isNull();
		});
	}

	@Test
	void voidAndNoContentAnswersCompleteEmpty() {
		this.discord.then(200, "{\"ignored\":true}").then(204, "");
		DiscordRest rest = this.discord.rest(config());
		Result<Void> ignored = Result.of(rest.exchange(RestRequest.of(Route.put("/guilds/{guild.id}/bans/{user.id}",
				1, 2))));
		Result<Message> noContent = Result.of(rest.exchange(RestRequest.of(MESSAGES, Message.class)));
		assertThat(ignored.completed).isTrue();
		assertThat(noContent.completed).isTrue();
		assertThat(noContent.value.get()).isNull();
	}

	@Test
	void retriesIdempotentRequestsAfterBadGatewayWithBackOff() {
		this.discord.then(502, "").then(503, "").then(200, USER);
		DiscordRest rest = this.discord.rest(config());
		Result<User> result = Result.of(rest.exchange(RestRequest.of(ME, User.class)));
		assertThat(this.discord.requests).hasSize(1);
		this.discord.advanceMillis(999);
		assertThat(this.discord.requests).hasSize(1);
		this.discord.advanceMillis(1);
		assertThat(this.discord.requests).hasSize(2);
		this.discord.advanceMillis(1_999);
		assertThat(this.discord.requests).hasSize(2);
		this.discord.advanceMillis(1);
		assertThat(this.discord.requests).hasSize(3);
		assertThat(result.value.get().username()).isEqualTo("serenity-bot");
		assertThat(this.observations).singleElement()
			.satisfies((observation) -> assertThat(observation.attempts()).isEqualTo(3));
	}

	@Test
	void jitterSpreadsTheBackOffDownToHalfOfIt() {
		this.discord.jitter = 0.0;
		this.discord.then(502, "").then(503, "").then(200, USER);
		DiscordRest rest = this.discord.rest(config());
		Result<User> result = Result.of(rest.exchange(RestRequest.of(ME, User.class)));
		this.discord.advanceMillis(499);
		assertThat(this.discord.requests).hasSize(1);
		this.discord.advanceMillis(1);
		assertThat(this.discord.requests).as("half of the 1 s back-off").hasSize(2);
		this.discord.advanceMillis(999);
		assertThat(this.discord.requests).hasSize(2);
		this.discord.advanceMillis(1);
		assertThat(this.discord.requests).as("half of the 2 s back-off").hasSize(3);
		assertThat(result.value.get().username()).isEqualTo("serenity-bot");
	}

	@Test
	void aBodyThatCannotBeWrittenIsRefusedBeforeSending() {
		DiscordRest rest = this.discord.rest(config());
		Result<Message> post = Result.of(rest.exchange(RestRequest.of(MESSAGES, Message.class)
			.withBody(new Unwritable("text"))));
		assertThat(post.error.get()).isInstanceOfSatisfying(RestRequestRefusedException.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(RestRequestRefusedException.Reason.INVALID_BODY))
			.hasMessageContaining("POST /channels/{channel.id}/messages")
			.hasMessageContaining("cannot be written as JSON");
		assertThat(this.discord.requests).isEmpty();
	}

	/** A body whose accessor fails, so the mapper cannot write it. */
	record Unwritable(String text) {

		@Override
		public String text() {
			throw new IllegalStateException("not readable");
		}

	}

	@Test
	void aFailingRateLimiterSurfacesAsARefusal() {
		DiscordRest rest = DiscordRest.builder(config().build())
			.webClientBuilder(this.discord.webClient())
			.scheduler(this.discord.scheduler)
			.rateLimiter((route) -> Mono.error(new IllegalStateException("limiter closed")))
			.build();
		Result<User> get = Result.of(rest.exchange(RestRequest.of(ME, User.class)));
		assertThat(get.error.get()).isInstanceOfSatisfying(RestRequestRefusedException.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(RestRequestRefusedException.Reason.RATE_LIMITER_FAILED))
			.hasMessageContaining("limiter closed");
		assertThat(this.discord.requests).isEmpty();
	}

	@Test
	void givesUpAfterMaxRetriesWithTheLastAnswer() {
		this.discord.otherwise(503, "");
		DiscordRest rest = this.discord.rest(config().maxRetries(2));
		Result<User> result = Result.of(rest.exchange(RestRequest.of(ME, User.class)));
		this.discord.advanceMillis(60_000);
		assertThat(this.discord.requests).hasSize(3);
		assertThat(result.error.get()).isInstanceOfSatisfying(DiscordRestException.class,
				(ex) -> assertThat(ex.status()).isEqualTo(503));
		assertThat(this.observations).singleElement()
			.satisfies((observation) -> assertThat(observation.outcome()).isEqualTo(Outcome.SERVER_ERROR));
	}

	@Test
	void neverRetriesPostOrAnInternalServerError() {
		this.discord.then(502, "").then(500, "{\"message\":\"500: Internal Server Error\",\"code\":0}");
		DiscordRest rest = this.discord.rest(config());
		Result<Message> post = Result.of(rest.exchange(RestRequest.of(MESSAGES, Message.class)
			.withBody(Map.of("content", "hi"))));
		Result<User> get = Result.of(rest.exchange(RestRequest.of(ME, User.class)));
		this.discord.advanceMillis(60_000);
		assertThat(this.discord.requests).hasSize(2);
		assertThat(post.error.get()).isInstanceOfSatisfying(DiscordRestException.class,
				(ex) -> assertThat(ex.status()).isEqualTo(502));
		assertThat(get.error.get()).isInstanceOfSatisfying(DiscordRestException.class,
				(ex) -> assertThat(ex.status()).isEqualTo(500));
	}

	@Test
	void retriesConnectionFailuresOfGetButNeverOfPost() {
		WebClientRequestException refused = new WebClientRequestException(new IOException("Connection refused"),
				HttpMethod.GET, URI.create("http://discord.test"), new HttpHeaders());
		this.discord.then((request) -> Mono.error(refused)).then(200, USER).then((request) -> Mono.error(refused));
		DiscordRest rest = this.discord.rest(config());
		Result<User> get = Result.of(rest.exchange(RestRequest.of(ME, User.class)));
		this.discord.advanceMillis(1_000);
		assertThat(get.value.get()).isNotNull();
		Result<Message> post = Result.of(rest.exchange(RestRequest.of(MESSAGES, Message.class)));
		this.discord.advanceMillis(60_000);
		assertThat(this.discord.requests).hasSize(3);
		assertThat(post.error.get()).isInstanceOf(RestTransportException.class)
			.hasMessageContaining("POST /channels/{channel.id}/messages: the connection failed")
			.hasMessageContaining("Connection refused")
			// WebClient's exception names the URI (tokens in paths) and the headers: only its cause is kept.
			.hasCauseReference(refused.getCause());
	}

	@Test
	void timesOutOnTheInjectedScheduler() {
		this.discord.then((request) -> Mono.never());
		DiscordRest rest = this.discord.rest(config().requestTimeout(Duration.ofSeconds(5)));
		Result<Message> post = Result.of(rest.exchange(RestRequest.of(MESSAGES, Message.class)));
		this.discord.advanceMillis(4_999);
		assertThat(post.done()).isFalse();
		this.discord.advanceMillis(1);
		assertThat(post.error.get()).isInstanceOf(RestTransportException.class)
			.hasMessageContaining("no answer within 5000 ms");
		Result<Message> next = Result.of(rest.exchange(RestRequest.of(MESSAGES, Message.class)));
		assertThat(next.completed).as("the timed-out attempt gave its permit back").isTrue();
	}

	@Test
	void retriesA429OnceTheWaitDiscordAskedForHasPassed() {
		this.discord.then(429, "{\"message\":\"You are being rate limited.\",\"retry_after\":2.5,\"global\":false}",
				Map.of("X-RateLimit-Scope", "user", "X-RateLimit-Limit", "5", "X-RateLimit-Remaining", "0",
						"X-RateLimit-Reset-After", "2.5", "X-RateLimit-Bucket", "msgs", "Retry-After", "3"))
			.then(200, "{\"id\":\"1\",\"channel_id\":\"123\",\"content\":\"hi\"}",
					Map.of("X-RateLimit-Limit", "5", "X-RateLimit-Remaining", "4", "X-RateLimit-Reset-After", "5",
							"X-RateLimit-Bucket", "msgs"));
		DiscordRest rest = this.discord.rest(config());
		Result<Message> result = Result.of(rest.exchange(RestRequest.of(MESSAGES, Message.class)
			.withBody(Map.of("content", "hi"))));
		this.discord.advanceMillis(2_499);
		assertThat(this.discord.requests).hasSize(1);
		this.discord.advanceMillis(1);
		assertThat(this.discord.requests).hasSize(2);
		assertThat(result.value.get().content()).isEqualTo("hi");
		assertThat(this.events).singleElement().satisfies((event) -> {
			assertThat(event.rateLimitResponse()).isTrue();
			assertThat(event.scope()).isEqualTo(RateLimitScope.USER);
			assertThat(event.bucket()).isEqualTo("msgs");
			assertThat(event.waitTime()).isEqualTo(Duration.ofMillis(2_500));
			assertThat(event.route()).isEqualTo("/channels/{channel.id}/messages");
		});
		assertThat(this.observations).singleElement().satisfies((observation) -> {
			assertThat(observation.rateLimitWait()).isEqualTo(Duration.ofMillis(2_500));
			assertThat(observation.duration()).isEqualTo(Duration.ofMillis(2_500));
			assertThat(observation.attempts()).isEqualTo(2);
		});
		assertThat(rest.invalidRequests().invalidRequests()).isOne();
	}

	@Test
	void sharedScope429sDoNotCountAsInvalid() {
		this.discord.then(429, "{\"message\":\"The resource is being rate limited.\",\"retry_after\":1}",
				Map.of("X-RateLimit-Scope", "shared")).then(200, USER);
		DiscordRest rest = this.discord.rest(config());
		Result<User> result = Result.of(rest.exchange(RestRequest.of(ME, User.class)));
		this.discord.advanceMillis(1_000);
		assertThat(result.value.get()).isNotNull();
		assertThat(rest.invalidRequests().invalidRequests()).isZero();
		assertThat(rest.invalidRequests().sharedRateLimits()).isOne();
		assertThat(this.events).singleElement()
			.satisfies((event) -> assertThat(event.scope()).isEqualTo(RateLimitScope.SHARED));
	}

	@Test
	void aCloudflareBanIsNotRetried() {
		this.discord.then((request) -> Mono.just(StubDiscord.response(429, "text/html",
				"<html><body>Error 1015: You are being rate limited</body></html>", Map.of("Retry-After", "600"))));
		DiscordRest rest = this.discord.rest(config());
		Result<User> result = Result.of(rest.exchange(RestRequest.of(ME, User.class)));
		assertThat(result.error.get()).isInstanceOfSatisfying(DiscordRestException.class, (ex) -> {
			assertThat(ex.jsonBody()).isFalse();
			assertThat(ex.retryAfter()).contains(Duration.ofMinutes(10));
			assertThat(ex.getMessage()).contains("Cloudflare").contains("Error 1015");
		});
		assertThat(this.discord.requests).hasSize(1);
		Result<Message> other = Result.of(rest.exchange(RestRequest.of(MESSAGES, Message.class)));
		this.discord.advanceMillis(599_999);
		assertThat(other.done()).as("a ban holds every route").isFalse();
		this.discord.advanceMillis(1);
		assertThat(other.done()).isTrue();
		assertThat(this.events).singleElement().satisfies((event) -> assertThat(event.global()).isTrue());
	}

	@Test
	void unauthorizedMarksTheTokenInvalidAndLaterCallsFailWithoutSending() {
		this.discord.then(401, "{\"message\":\"401: Unauthorized\",\"code\":0}");
		DiscordRest rest = this.discord.rest(config());
		Result<User> first = Result.of(rest.exchange(RestRequest.of(ME, User.class)));
		assertThat(first.error.get()).isInstanceOfSatisfying(DiscordRestException.class,
				(ex) -> assertThat(ex.status()).isEqualTo(401));
		assertThat(rest.invalidRequests().tokenInvalid()).isTrue();
		Result<Message> second = Result.of(rest.exchange(RestRequest.of(MESSAGES, Message.class)));
		assertThat(second.error.get()).isInstanceOfSatisfying(RestRequestRefusedException.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(Reason.TOKEN_INVALID));
		assertThat(this.discord.requests).hasSize(1);
		assertThat(this.observations).extracting(RestObservation::outcome)
			.containsExactly(Outcome.CLIENT_ERROR, Outcome.REFUSED);
	}

	@Test
	void invalidRequestGuardRefusesBeforeSendingUntilTheWindowMoves() {
		this.discord.otherwise(403, "{\"message\":\"Missing Permissions\",\"code\":50013}");
		DiscordRest rest = this.discord.rest(config().invalidRequestThreshold(3));
		for (int i = 0; i < 3; i++) {
			Result<Message> denied = Result.of(rest.exchange(RestRequest.of(MESSAGES, Message.class)));
			assertThat(denied.error.get()).isInstanceOfSatisfying(DiscordRestException.class,
					(ex) -> assertThat(ex.is(JsonErrorCode.MISSING_PERMISSIONS)).isTrue());
		}
		Result<Message> refused = Result.of(rest.exchange(RestRequest.of(MESSAGES, Message.class)));
		assertThat(refused.error.get()).isInstanceOfSatisfying(RestRequestRefusedException.class, (ex) -> {
			assertThat(ex.reason()).isEqualTo(Reason.INVALID_REQUEST_LIMIT);
			assertThat(ex.retryAt()).contains(this.discord.clock.instant().plus(Duration.ofMinutes(10)));
		});
		assertThat(this.discord.requests).hasSize(3);
		this.discord.advanceMillis(Duration.ofMinutes(10).toMillis());
		Result<Message> again = Result.of(rest.exchange(RestRequest.of(MESSAGES, Message.class)));
		assertThat(again.error.get()).isInstanceOf(DiscordRestException.class);
		assertThat(this.discord.requests).hasSize(4);
	}

	@Test
	void unreadableSuccessBodyFailsClearly() {
		this.discord.then(200, "{\"id\":\"not a snowflake\"}");
		DiscordRest rest = this.discord.rest(config());
		Result<User> result = Result.of(rest.exchange(RestRequest.of(ME, User.class)));
		assertThat(result.error.get()).isInstanceOf(RestTransportException.class)
			.hasMessageContaining("GET /users/@me: Discord answered 200 but the body is not a dev.serenity.model.User");
	}

	@Test
	void eachSubscriptionSendsAnew() {
		this.discord.otherwise(200, USER);
		DiscordRest rest = this.discord.rest(config());
		Mono<User> me = rest.exchange(RestRequest.of(ME, User.class));
		assertThat(this.discord.requests).isEmpty();
		Result.of(me);
		Result.of(me);
		assertThat(this.discord.requests).hasSize(2);
	}

	@Test
	void closedClientRefusesCalls() {
		DiscordRest rest = this.discord.rest(config());
		rest.close();
		Result<User> result = Result.of(rest.exchange(RestRequest.of(ME, User.class)));
		assertThat(result.error.get()).isInstanceOfSatisfying(RestRequestRefusedException.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(Reason.CLOSED));
	}

	@Test
	void tokenAppearsInNoExceptionMessageOrToString() {
		this.discord.then(401, "{\"message\":\"401: Unauthorized\",\"code\":0}");
		DiscordRest rest = this.discord.rest(config());
		Result<User> first = Result.of(rest.exchange(RestRequest.of(ME, User.class)));
		Result<User> second = Result.of(rest.exchange(RestRequest.of(ME, User.class)));
		assertThat(first.error.get().getMessage()).doesNotContain(TOKEN);
		assertThat(second.error.get().getMessage()).doesNotContain(TOKEN);
		assertThat(rest.toString()).doesNotContain(TOKEN);
		assertThat(rest.config().toString()).doesNotContain(TOKEN).contains("redacted");
		assertThat(config().toString()).doesNotContain(TOKEN);
		assertThat(DiscordRest.builder(rest.config()).toString()).doesNotContain(TOKEN);
	}

	@Test
	void badSettingsFailNamingTheSetting() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> RestConfig.builder(TOKEN).userAgent("Mozilla/5.0").build())
			.withMessageContaining("'userAgent'");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> RestConfig.builder(TOKEN).baseUrl("discord.com/api").build())
			.withMessageContaining("'baseUrl'");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> RestConfig.builder(TOKEN).globalLimit(0).build())
			.withMessageContaining("'globalLimit'");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> RestConfig.builder(TOKEN).requestTimeout(Duration.ZERO).build())
			.withMessageContaining("'requestTimeout'");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> RestConfig.builder(" ").build())
			.withMessageContaining("token");
		RestConfig config = RestConfig.builder(TOKEN).userAgent(RestConfig.DEFAULT_USER_AGENT + " my-bot/1.0").build();
		assertThat(config.mutate().build().userAgent()).endsWith("my-bot/1.0");
		assertThat(RestConfig.builder(TOKEN).build().baseUrl()).isEqualTo("https://discord.com/api/v10");
	}

}
