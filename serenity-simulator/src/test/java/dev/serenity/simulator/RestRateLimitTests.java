package dev.serenity.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.serenity.simulator.HttpTestClient.Reply;
import dev.serenity.simulator.http.RateLimitScope;
import dev.serenity.simulator.http.RateLimits;
import dev.serenity.simulator.record.RestRecord;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * REST rate limits as Discord applies them, on the simulator's clock: per-route buckets per major parameter, shared
 * buckets, the global limit, forced 429s and the invalid request ban.
 */
class RestRateLimitTests {

	private static final String CREATE_MESSAGE = "POST /channels/{channel_id}/messages";

	private static final String EDIT_MESSAGE = "PATCH /channels/{channel_id}/messages/{message_id}";

	private static final String DELETE_MESSAGE = "DELETE /channels/{channel_id}/messages/{message_id}";

	private final ManualClock clock = new ManualClock(Instant.parse("2025-06-01T12:00:00Z"));

	private DiscordSimulator discord;

	private SimChannel channel;

	private SimChannel otherChannel;

	private void start(SimulatorConfig.Builder config) {
		this.discord = DiscordSimulator.start(config.clock(this.clock).build());
		SimGuild guild = this.discord.control().createGuild("Limits");
		this.channel = this.discord.control().defaultChannel(guild.id());
		this.otherChannel = this.discord.control().createChannel(guild.id(), "other", SimChannel.GUILD_TEXT);
	}

	@AfterEach
	void stop() {
		if (this.discord != null) {
			this.discord.close();
		}
	}

	private Reply send(SimChannel target, String content) {
		return HttpTestClient.bot(this.discord, "POST", "/channels/" + Long.toUnsignedString(target.id()) + "/messages",
				"{\"content\":\"" + content + "\"}");
	}

	private static void assertRateLimitHeaders(Reply reply) {
		assertThat(reply.headers().map().keySet()).as("headers of a %d", reply.status())
			.contains("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "x-ratelimit-reset-after",
					"x-ratelimit-bucket");
	}

	@Test
	void everyAnswerOfARouteCarriesTheBucketHeadersOnTheSimulatorClock() {
		start(SimulatorConfig.builder());
		Reply ok = HttpTestClient.bot(this.discord, "GET", "/users/@me", null);
		Reply unknownChannel = HttpTestClient.bot(this.discord, "GET", "/channels/12345", null);
		Reply badToken = HttpTestClient.call("GET", this.discord.restUrl() + "/users/@me", "Bot wrong", null);
		Reply badBody = HttpTestClient.bot(this.discord, "POST",
				"/channels/" + Long.toUnsignedString(this.channel.id()) + "/messages", "{\"content\":\"\"}");
		assertThat(List.of(ok.status(), unknownChannel.status(), badToken.status(), badBody.status()))
			.containsExactly(200, 404, 401, 400);
		List.of(ok, unknownChannel, badToken, badBody).forEach(RestRateLimitTests::assertRateLimitHeaders);
		assertThat(ok.header("X-RateLimit-Limit")).isEqualTo("5");
		assertThat(ok.header("X-RateLimit-Remaining")).isEqualTo("4");
		assertThat(ok.header("X-RateLimit-Reset-After")).isEqualTo("5.000");
		assertThat(Double.parseDouble(ok.header("X-RateLimit-Reset")))
			.isEqualTo(this.clock.instant().plusSeconds(5).toEpochMilli() / 1000.0);
		assertThat(ok.header("X-RateLimit-Bucket")).isEqualTo(RateLimits.bucketHash("GET /users/@me"))
			.hasSize(32)
			.doesNotContain("users");
		assertThat(ok.header("X-RateLimit-Scope")).as("only 429s carry a scope").isNull();
	}

	@Test
	void fiveMessagesPassInAWindowTheSixthGets429UntilTheWindowEnds() {
		start(SimulatorConfig.builder());
		for (int i = 0; i < 5; i++) {
			Reply reply = send(this.channel, "message " + i);
			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(4 - i));
		}
		this.clock.advance(Duration.ofMillis(1500));
		Reply limited = send(this.channel, "one too many");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.body().path("message").asString()).isEqualTo("You are being rate limited.");
		assertThat(limited.body().path("retry_after").asDouble()).isEqualTo(3.5);
		assertThat(limited.body().path("global").asBoolean(true)).isFalse();
		assertThat(limited.header("Retry-After")).isEqualTo("4");
		assertThat(limited.header("X-RateLimit-Scope")).isEqualTo("user");
		assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(limited.header("X-RateLimit-Reset-After")).isEqualTo("3.500");
		assertThat(limited.header("X-RateLimit-Global")).isNull();
		assertThat(this.discord.control().world().messages()).hasSize(5);

		this.clock.advance(Duration.ofMillis(3500));
		Reply after = send(this.channel, "after the window");
		assertThat(after.status()).isEqualTo(200);
		assertThat(after.header("X-RateLimit-Remaining")).isEqualTo("4");
	}

	@Test
	void twoChannelsHaveIndependentLimitsOfTheSameBucket() {
		start(SimulatorConfig.builder());
		for (int i = 0; i < 5; i++) {
			send(this.channel, "a" + i);
		}
		assertThat(send(this.channel, "a5").status()).isEqualTo(429);
		Reply other = send(this.otherChannel, "b0");
		assertThat(other.status()).isEqualTo(200);
		assertThat(other.header("X-RateLimit-Remaining")).isEqualTo("4");
		assertThat(other.header("X-RateLimit-Bucket")).as("the bucket id leaves out the channel")
			.isEqualTo(send(this.channel, "a6").header("X-RateLimit-Bucket"));
	}

	@Test
	void readingAndSendingMessagesAreDifferentBuckets() {
		start(SimulatorConfig.builder());
		for (int i = 0; i < 5; i++) {
			send(this.channel, "m" + i);
		}
		Reply read = HttpTestClient.bot(this.discord, "GET",
				"/channels/" + Long.toUnsignedString(this.channel.id()) + "/messages", null);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("X-RateLimit-Bucket")).isNotEqualTo(send(this.channel, "m5").header("X-RateLimit-Bucket"));
	}

	@Test
	void routesOfASharedBucketShareOneLimitPerChannel() {
		start(SimulatorConfig.builder()
			.sharedBucket("message-edit-delete", EDIT_MESSAGE, DELETE_MESSAGE)
			.routeLimit(EDIT_MESSAGE, 2, Duration.ofSeconds(10)));
		String first = send(this.channel, "one").body().path("id").asString();
		String second = send(this.channel, "two").body().path("id").asString();
		String base = "/channels/" + Long.toUnsignedString(this.channel.id()) + "/messages/";
		Reply edit = HttpTestClient.bot(this.discord, "PATCH", base + first, "{\"content\":\"edited\"}");
		Reply delete = HttpTestClient.bot(this.discord, "DELETE", base + second, null);
		Reply third = HttpTestClient.bot(this.discord, "PATCH", base + first, "{\"content\":\"again\"}");
		assertThat(List.of(edit.status(), delete.status(), third.status())).containsExactly(200, 204, 429);
		assertThat(edit.header("X-RateLimit-Limit")).isEqualTo("2");
		assertThat(delete.header("X-RateLimit-Bucket")).isEqualTo(edit.header("X-RateLimit-Bucket"))
			.isEqualTo("message-edit-delete");
		assertThat(delete.header("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(third.body().path("retry_after").asDouble()).isEqualTo(10.0);
	}

	@Test
	void theGlobalLimitCountsEveryRouteOfTheToken() {
		start(SimulatorConfig.builder().globalLimit(3, Duration.ofSeconds(1)));
		assertThat(HttpTestClient.bot(this.discord, "GET", "/users/@me", null).status()).isEqualTo(200);
		assertThat(HttpTestClient.bot(this.discord, "GET", "/applications/@me", null).status()).isEqualTo(200);
		assertThat(send(this.channel, "hello").status()).isEqualTo(200);
		this.clock.advance(Duration.ofMillis(250));
		Reply limited = send(this.otherChannel, "over the global limit");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.body().path("global").asBoolean()).isTrue();
		assertThat(limited.body().path("retry_after").asDouble()).isEqualTo(0.75);
		assertThat(limited.header("X-RateLimit-Global")).isEqualTo("true");
		assertThat(limited.header("X-RateLimit-Scope")).isEqualTo("global");
		assertThat(limited.header("Retry-After")).isEqualTo("1");
		assertThat(limited.header("X-RateLimit-Bucket")).as("a global 429 names no bucket").isNull();
		this.clock.advance(Duration.ofMillis(750));
		assertThat(send(this.otherChannel, "next second").status()).isEqualTo(200);
	}

	@Test
	void aForcedGlobal429HitsOnlyTheNextMatchingRequestAndCountsAsInvalid() {
		start(SimulatorConfig.builder());
		this.discord.control().forceRateLimit(RateLimitScope.GLOBAL, CREATE_MESSAGE, Duration.ofMillis(2500));
		assertThat(HttpTestClient.bot(this.discord, "GET", "/users/@me", null).status()).isEqualTo(200);
		Reply forced = send(this.channel, "forced");
		assertThat(forced.status()).isEqualTo(429);
		assertThat(forced.body().path("global").asBoolean()).isTrue();
		assertThat(forced.body().path("retry_after").asDouble()).isEqualTo(2.5);
		assertThat(forced.header("Retry-After")).isEqualTo("3");
		assertThat(forced.header("X-RateLimit-Scope")).isEqualTo("global");
		assertThat(send(this.channel, "next").status()).isEqualTo(200);
		assertThat(this.discord.control().invalidRequestCount()).isEqualTo(1);
	}

	@Test
	void aForcedShared429CarriesTheBucketAndDoesNotCountAsInvalid() {
		start(SimulatorConfig.builder());
		this.discord.control().forceRateLimit(RateLimitScope.SHARED, null, Duration.ofSeconds(30), 2);
		for (int i = 0; i < 2; i++) {
			Reply shared = send(this.channel, "shared " + i);
			assertThat(shared.status()).isEqualTo(429);
			assertThat(shared.body().path("message").asString()).isEqualTo("The resource is being rate limited.");
			assertThat(shared.body().path("global").asBoolean(true)).isFalse();
			assertThat(shared.body().path("retry_after").asDouble()).isEqualTo(30.0);
			assertThat(shared.header("X-RateLimit-Scope")).isEqualTo("shared");
			assertThat(shared.header("X-RateLimit-Remaining")).as("a shared limit leaves the bot's bucket").isEqualTo("5");
			assertRateLimitHeaders(shared);
		}
		assertThat(send(this.channel, "through").status()).isEqualTo(200);
		assertThat(this.discord.control().invalidRequestCount()).isZero();
		assertThat(this.discord.recorder().rest()).extracting(RestRecord::limitedBy)
			.containsExactly("shared", "shared", null);
	}

	@Test
	void aForcedUser429ExhaustsTheBucketForItsRetryAfter() {
		start(SimulatorConfig.builder());
		this.discord.control().forceRateLimit(RateLimitScope.USER, CREATE_MESSAGE, Duration.ofSeconds(20));
		Reply forced = send(this.channel, "forced");
		assertThat(forced.status()).isEqualTo(429);
		assertThat(forced.header("X-RateLimit-Scope")).isEqualTo("user");
		assertThat(forced.header("X-RateLimit-Reset-After")).isEqualTo("20.000");
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(send(this.channel, "too early").body().path("retry_after").asDouble()).isEqualTo(10.0);
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(send(this.channel, "in time").status()).isEqualTo(200);
	}

	@Test
	void theInvalidRequestBanTripsAtTheLimitAndLiftsAfterTheWindow() {
		start(SimulatorConfig.builder().invalidRequestLimit(3, Duration.ofMinutes(1)));
		for (int i = 0; i < 3; i++) {
			assertThat(HttpTestClient.call("GET", this.discord.restUrl() + "/users/@me", "Bot wrong", null).status())
				.isEqualTo(401);
		}
		assertThat(this.discord.control().invalidRequestCount()).isEqualTo(3);
		Reply banned = HttpTestClient.bot(this.discord, "GET", "/users/@me", null);
		assertThat(banned.status()).isEqualTo(429);
		assertThat(banned.header("Content-Type")).startsWith("text/html");
		assertThat(banned.text()).isEqualTo("error code: 1015");
		assertThat(banned.headers().map().keySet()).noneMatch((name) -> name.startsWith("x-ratelimit"))
			.doesNotContain("retry-after");
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(HttpTestClient.bot(this.discord, "GET", "/users/@me", null).status()).isEqualTo(429);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(HttpTestClient.bot(this.discord, "GET", "/users/@me", null).status()).isEqualTo(200);
		assertThat(this.discord.control().invalidRequestCount()).isZero();
		assertThat(this.discord.recorder().rest()).extracting(RestRecord::limitedBy)
			.containsExactly(null, null, null, "cloudflare", "cloudflare", null);
	}

	@Test
	void rateLimitsAreForcedInspectedAndResetOverTheHttpControlApi() {
		start(SimulatorConfig.builder());
		Reply force = HttpTestClient.control(this.discord, "POST", "/rate-limits/force",
				"{\"scope\":\"global\",\"route\":\"" + CREATE_MESSAGE + "\",\"retry_after\":1.25}");
		assertThat(force.status()).isEqualTo(204);
		Reply forced = send(this.channel, "forced");
		assertThat(forced.body().path("retry_after").asDouble()).isEqualTo(1.25);
		assertThat(HttpTestClient.control(this.discord, "GET", "/rate-limits", null).body().path("invalid_requests")
			.asInt()).isEqualTo(1);
		assertThat(HttpTestClient.control(this.discord, "DELETE", "/rate-limits", null).status()).isEqualTo(204);
		assertThat(this.discord.control().invalidRequestCount()).isZero();
		Reply unknownRoute = HttpTestClient.control(this.discord, "POST", "/rate-limits/force",
				"{\"scope\":\"shared\",\"route\":\"POST /channels/{id}/messages\"}");
		assertThat(unknownRoute.status()).isEqualTo(400);
		assertThat(unknownRoute.body().path("message").asString()).contains("POST /channels/{id}/messages");
	}

	@Test
	void everyRestRequestIsRecordedWithItsRouteAndHeadersOfInterest() {
		start(SimulatorConfig.builder());
		String id = send(this.channel, "to delete").body().path("id").asString();
		HttpTestClient.bot(this.discord, "DELETE", "/channels/" + Long.toUnsignedString(this.channel.id())
				+ "/messages/" + id, null, Map.of("X-Audit-Log-Reason", "Spam%20cleanup%20%E2%9C%94+1"));
		HttpTestClient.bot(this.discord, "GET", "/nothing/here?x=1", null);
		List<RestRecord> records = this.discord.recorder().rest();
		assertThat(records).extracting(RestRecord::route)
			.containsExactly(CREATE_MESSAGE, DELETE_MESSAGE, null);
		assertThat(records).extracting(RestRecord::status).containsExactly(200, 204, 404);
		assertThat(records.get(0).body()).isEqualTo("{\"content\":\"to delete\"}");
		assertThat(records.get(0).userAgent()).isEqualTo(HttpTestClient.USER_AGENT);
		assertThat(records.get(1).auditLogReason()).isEqualTo("Spam cleanup ✔+1");
		assertThat(records.get(1).path()).isEqualTo("/channels/" + Long.toUnsignedString(this.channel.id())
				+ "/messages/" + id);
		assertThat(records.get(2).query()).isEqualTo("x=1");
		assertThat(records.toString()).doesNotContain(this.discord.token());
		assertThat(HttpTestClient.control(this.discord, "GET", "/recordings/rest", null).body().get(1)
			.path("auditLogReason").asString()).isEqualTo("Spam cleanup ✔+1");
	}

	@Test
	void rateLimitSettingsAreCheckedAndNameTheSetting() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SimulatorConfig.builder().routeLimit("POST channels", 5, Duration.ofSeconds(5)))
			.withMessageContaining("'routeLimit'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SimulatorConfig.builder().sharedBucket("a", EDIT_MESSAGE).sharedBucket("b", EDIT_MESSAGE))
			.withMessageContaining("two buckets");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SimulatorConfig.builder()
				.sharedBucket("a", EDIT_MESSAGE, DELETE_MESSAGE)
				.routeLimit(EDIT_MESSAGE, 1, Duration.ofSeconds(1))
				.routeLimit(DELETE_MESSAGE, 2, Duration.ofSeconds(1))
				.build())
			.withMessageContaining("different routeLimits");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SimulatorConfig.builder().globalLimit(0, Duration.ofSeconds(1)))
			.withMessageContaining("'globalLimit'");
		SimulatorConfig unknownRoute = SimulatorConfig.builder()
			.routeLimit("POST /channels/{id}/messages", 5, Duration.ofSeconds(5))
			.build();
		assertThatIllegalArgumentException().isThrownBy(() -> DiscordSimulator.start(unknownRoute))
			.withMessageContaining("POST /channels/{id}/messages");
	}

}
