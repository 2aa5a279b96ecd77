package dev.serenity.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.serenity.model.Message;
import dev.serenity.model.User;
import dev.serenity.rest.RestRequestRefusedException.Reason;
import dev.serenity.rest.StubDiscord.Result;
import dev.serenity.rest.ratelimit.RateLimitScope;
import dev.serenity.rest.ratelimit.RestRateLimitedEvent;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.record.RestRecord;
import dev.serenity.simulator.world.SimChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rate limiter against the simulator's rate limits, both on one virtual clock: floods meet no 429, buckets are
 * per channel and shared by bucket id, forced 429s are waited out as Discord documents, and the invalid request
 * guard trips before the simulator would ban.
 */
class RateLimitSimulatorTests {

	private static final String CREATE_MESSAGE = "POST /channels/{channel_id}/messages";

	private static final Duration WINDOW = SimulatorConfig.DEFAULT_ROUTE_WINDOW;

	private VirtualDiscord discord;

	@AfterEach
	void close() {
		if (this.discord != null) {
			this.discord.close();
		}
	}

	private VirtualDiscord start(SimulatorConfig.Builder simulator, Consumer<RestConfig.Builder> client) {
		this.discord = new VirtualDiscord(simulator, client);
		return this.discord;
	}

	private VirtualDiscord start() {
		return start(SimulatorConfig.builder(), (config) -> {
		});
	}

	@Test
	void fiveHundredMessagesIntoOneChannelMeetNo429() {
		VirtualDiscord discord = start();
		SimChannel channel = channel(discord, "Flood Guild");
		Instant started = discord.clock.instant();
		List<Result<Message>> calls = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			calls.add(discord.call(discord.rest.exchange(send(channel.id(), "message " + i))));
		}
		discord.runUntilDone(calls, Duration.ofHours(1));
		assertThat(calls).allSatisfy((call) -> assertThat(call.value.get()).isNotNull());
		assertThat(statuses(discord)).hasSize(500).allMatch((status) -> status == 200);
		assertThat(discord.simulator.control().world().messages()).hasSize(500);
		long windows = Duration.between(started, discord.clock.instant()).dividedBy(WINDOW);
		assertThat(windows).as("5 per 5 s: 500 messages need 100 windows").isGreaterThanOrEqualTo(99);
		assertThat(discord.events).isNotEmpty().noneMatch(RestRateLimitedEvent::rateLimitResponse);
		assertThat(discord.rest.invalidRequests().totalInvalidRequests()).isZero();
	}

	@Test
	void fiveHundredMessagesOverFiftyChannelsMeetNo429() {
		VirtualDiscord discord = start();
		long guild = discord.simulator.control().createGuild("Spread Guild").id();
		List<Long> channels = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			channels.add(discord.simulator.control().createChannel(guild, "c" + i, SimChannel.GUILD_TEXT).id());
		}
		List<Result<Message>> calls = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			calls.add(discord.call(discord.rest.exchange(send(channels.get(i % 50), "message " + i))));
		}
		discord.runUntilDone(calls, Duration.ofHours(1));
		assertThat(calls).allSatisfy((call) -> assertThat(call.value.get()).isNotNull());
		assertThat(statuses(discord)).hasSize(500).allMatch((status) -> status == 200);
		assertThat(discord.events).anySatisfy((event) -> assertThat(event.global()).isTrue())
			.noneMatch(RestRateLimitedEvent::rateLimitResponse);
		List<Instant> times = discord.records().stream().map(RestRecord::at).sorted().toList();
		for (int i = 50; i < times.size(); i++) {
			assertThat(Duration.between(times.get(i - 50), times.get(i))).as("51 requests within one second")
				.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		}
	}

	@Test
	void twoChannelsHaveIndependentBuckets() {
		VirtualDiscord discord = start();
		SimChannel first = channel(discord, "First Guild");
		SimChannel second = channel(discord, "Second Guild");
		List<Result<Message>> calls = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			calls.add(discord.call(discord.rest.exchange(send(first.id(), "first " + i))));
		}
		Instant start = discord.clock.instant();
		discord.runUntilDone(calls.subList(0, 5), Duration.ofMinutes(1));
		Result<Message> other = discord.run(discord.rest.exchange(send(second.id(), "second")));
		assertThat(other.value.get()).isNotNull();
		assertThat(calls.get(5).done()).as("the first channel's bucket is empty").isFalse();
		assertThat(discord.clock.instant()).as("the second channel did not wait").isEqualTo(start);
		discord.runUntilDone(calls, Duration.ofMinutes(1));
		assertThat(Duration.between(start, discord.clock.instant())).isEqualTo(WINDOW);
		assertThat(statuses(discord)).hasSize(7).allMatch((status) -> status == 200);
		assertThat(discord.limiter().buckets()).extracting((bucket) -> bucket.key().replaceFirst(".*\\|", ""))
			.contains("channels/" + first.id(), "channels/" + second.id());
	}

	@Test
	void routesSharingABucketShareOneLimit() {
		VirtualDiscord discord = start(SimulatorConfig.builder()
			.sharedBucket("pins", "PUT /channels/{channel_id}/pins/{message_id}",
					"DELETE /channels/{channel_id}/pins/{message_id}"), (config) -> {
					});
		SimChannel channel = channel(discord, "Pin Guild");
		Message message = discord.run(discord.rest.exchange(send(channel.id(), "pin me"))).value.get();
		Route pin = Route.put("/channels/{channel.id}/pins/{message.id}", channel.id(), message.id());
		Route unpin = Route.delete("/channels/{channel.id}/pins/{message.id}", channel.id(), message.id());
		Instant start = discord.clock.instant();
		discord.run(discord.rest.exchange(RestRequest.of(pin)));
		discord.run(discord.rest.exchange(RestRequest.of(unpin)));
		List<Result<Void>> calls = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			calls.add(discord.call(discord.rest.exchange(RestRequest.of((i % 2 == 0) ? pin : unpin))));
		}
		discord.runUntilDone(calls, Duration.ofMinutes(1));
		List<RestRecord> pins = discord.records()
			.stream()
			.filter((record) -> record.route().contains("/pins/"))
			.toList();
		assertThat(pins).hasSize(10).allSatisfy((record) -> assertThat(record.status()).isEqualTo(204));
		assertThat(pins.stream().filter((record) -> record.at().isBefore(start.plus(WINDOW))))
			.as("one limit of 5 for both routes").hasSize(5);
		assertThat(discord.limiter().buckets()).extracting((bucket) -> bucket.discordBucket())
			.contains("pins");
	}

	@Test
	void forcedGlobal429HoldsEveryRouteForItsRetryAfter() {
		VirtualDiscord discord = start();
		SimChannel channel = channel(discord, "Global Guild");
		discord.simulator.control().forceRateLimit(dev.serenity.simulator.http.RateLimitScope.GLOBAL, null,
				Duration.ofSeconds(2));
		Instant start = discord.clock.instant();
		Result<User> me = discord.call(discord.rest.exchange(RestRequest.of(Route.get("/users/@me"), User.class)));
		await().atMost(Duration.ofSeconds(10)).until(() -> discord.records().size() == 1
				&& discord.limiter().inFlight() == 0);
		Result<Message> message = discord.call(discord.rest.exchange(send(channel.id(), "after the wait")));
		discord.runUntilDone(List.of(me, message), Duration.ofMinutes(1));
		assertThat(me.value.get()).isNotNull();
		assertThat(message.value.get()).isNotNull();
		List<RestRecord> records = discord.records();
		assertThat(records).filteredOn((record) -> record.status() == 429).singleElement()
			.satisfies((record) -> assertThat(record.limitedBy()).isEqualTo("global"));
		assertThat(records).filteredOn((record) -> record.status() == 200)
			.hasSize(2)
			.allSatisfy((record) -> assertThat(record.at()).isEqualTo(start.plusSeconds(2)));
		assertThat(discord.events).filteredOn(RestRateLimitedEvent::rateLimitResponse).singleElement()
			.satisfies((event) -> {
				assertThat(event.global()).isTrue();
				assertThat(event.waitTime()).isEqualTo(Duration.ofSeconds(2));
			});
		assertThat(discord.rest.invalidRequests().invalidRequests()).isOne();
	}

	@Test
	void sharedScope429IsWaitedOutAndNotCountedAsInvalid() {
		VirtualDiscord discord = start();
		SimChannel channel = channel(discord, "Shared Guild");
		discord.simulator.control().forceRateLimit(dev.serenity.simulator.http.RateLimitScope.SHARED, CREATE_MESSAGE,
				Duration.ofSeconds(3));
		Instant start = discord.clock.instant();
		Result<Message> message = discord.run(discord.rest.exchange(send(channel.id(), "shared")));
		assertThat(message.value.get()).isNotNull();
		assertThat(discord.records()).extracting(RestRecord::status).containsExactly(429, 200);
		assertThat(discord.records().get(0).limitedBy()).isEqualTo("shared");
		assertThat(discord.records().get(1).at()).isEqualTo(start.plusSeconds(3));
		assertThat(discord.rest.invalidRequests().invalidRequests()).isZero();
		assertThat(discord.rest.invalidRequests().sharedRateLimits()).isOne();
		assertThat(discord.simulator.control().invalidRequestCount()).isZero();
		assertThat(discord.events).singleElement().satisfies((event) -> {
			assertThat(event.scope()).isEqualTo(RateLimitScope.SHARED);
			assertThat(event.rateLimitResponse()).isTrue();
		});
	}

	@Test
	void invalidRequestGuardTripsOnTheSimulatorsClockBeforeABan() {
		VirtualDiscord discord = start(SimulatorConfig.builder().invalidRequestLimit(8, Duration.ofMinutes(10)),
				(config) -> config.invalidRequestThreshold(5).maxRateLimitRetries(20));
		discord.simulator.control().forceRateLimit(dev.serenity.simulator.http.RateLimitScope.USER,
				"GET /users/@me", Duration.ZERO, 50);
		Instant start = discord.clock.instant();
		Result<User> me = discord.run(discord.rest.exchange(RestRequest.of(Route.get("/users/@me"),
				User.class)));
		assertThat(me.error.get()).isInstanceOfSatisfying(RestRequestRefusedException.class, (ex) -> {
			assertThat(ex.reason()).isEqualTo(Reason.INVALID_REQUEST_LIMIT);
			assertThat(ex.retryAt()).contains(start.plus(Duration.ofMinutes(10)));
		});
		assertThat(discord.records()).hasSize(5).allSatisfy((record) -> assertThat(record.status()).isEqualTo(429));
		assertThat(discord.simulator.control().invalidRequestCount()).isEqualTo(5);
		discord.simulator.control().resetRateLimits();
		discord.virtual.advanceTimeBy(Duration.ofMinutes(10));
		Result<User> later = discord.run(discord.rest.exchange(RestRequest.of(Route.get("/users/@me"),
				User.class)));
		assertThat(later.value.get()).isNotNull();
		assertThat(discord.records()).noneMatch((record) -> "cloudflare".equals(record.limitedBy()));
	}

	private static SimChannel channel(VirtualDiscord discord, String guild) {
		return discord.simulator.control().defaultChannel(discord.simulator.control().createGuild(guild).id());
	}

	private static RestRequest<Message> send(long channelId, String content) {
		return RestRequest.of(Route.post("/channels/{channel.id}/messages", channelId), Message.class)
			.withBody(Map.of("content", content));
	}

	private static List<Integer> statuses(VirtualDiscord discord) {
		return discord.records()
			.stream()
			.filter((record) -> record.route() != null && record.route().equals(CREATE_MESSAGE))
			.map(RestRecord::status)
			.toList();
	}

}
