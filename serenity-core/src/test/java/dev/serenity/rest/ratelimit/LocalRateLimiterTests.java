package dev.serenity.rest.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.serenity.rest.Route;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LocalRateLimiter} on virtual time: bucket keying, windows, the global limit, 429s and events.
 */
class LocalRateLimiterTests {

	private static final String MESSAGES = "/channels/{channel.id}/messages";

	private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

	private final InstantSource clock = () -> Instant.ofEpochMilli(this.scheduler.now(TimeUnit.MILLISECONDS));

	private final List<RestRateLimitedEvent> events = new CopyOnWriteArrayList<>();

	private LocalRateLimiter limiter = new LocalRateLimiter(50, this.clock, this.scheduler, this.events::add);

	@Test
	void firstRequestOfANewBucketGoesAloneUntilItsAnswerArrives() {
		List<Ticket> tickets = tickets(Route.post(MESSAGES, 1), 3);
		assertThat(granted(tickets)).isEqualTo(1);
		tickets.get(0).complete(headers(200, 5, 4, 5.0, "messages"));
		assertThat(granted(tickets)).isEqualTo(3);
		assertThat(this.events).isEmpty();
	}

	@Test
	void noRequestGoesToAnExhaustedBucketBeforeItResets() {
		Route route = Route.post(MESSAGES, 1);
		Ticket probe = ticket(route);
		probe.complete(headers(200, 3, 2, 5.0, "messages"));
		List<Ticket> tickets = tickets(route, 4);
		assertThat(granted(tickets)).isEqualTo(2);
		tickets.get(0).complete(headers(200, 3, 1, 4.9, "messages"));
		tickets.get(1).complete(headers(200, 3, 0, 4.8, "messages"));
		advance(Duration.ofMillis(4_999));
		assertThat(granted(tickets)).isEqualTo(2);
		advance(Duration.ofMillis(1));
		assertThat(granted(tickets)).as("one probe of the new window").isEqualTo(3);
		tickets.get(2).complete(headers(200, 3, 2, 5.0, "messages"));
		assertThat(granted(tickets)).isEqualTo(4);
		assertThat(this.events).singleElement().satisfies((event) -> {
			assertThat(event.route()).isEqualTo(MESSAGES);
			assertThat(event.method()).isEqualTo("POST");
			assertThat(event.bucket()).isEqualTo("messages");
			assertThat(event.scope()).isEqualTo(RateLimitScope.USER);
			assertThat(event.rateLimitResponse()).isFalse();
			assertThat(event.waitTime()).isEqualTo(Duration.ofSeconds(5));
		});
	}

	@Test
	void twoChannelsNeverShareABucket() {
		Ticket first = ticket(Route.post(MESSAGES, 1));
		first.complete(headers(200, 5, 0, 5.0, "messages"));
		Ticket sameChannel = ticket(Route.post(MESSAGES, 1));
		Ticket otherChannel = ticket(Route.post(MESSAGES, 2));
		assertThat(sameChannel.granted()).isFalse();
		assertThat(otherChannel.granted()).isTrue();
		otherChannel.complete(headers(200, 5, 4, 5.0, "messages"));
		assertThat(this.limiter.buckets()).extracting(LocalRateLimiter.BucketState::key)
			.containsExactlyInAnyOrder("bucket:messages|channels/1", "bucket:messages|channels/2");
	}

	@Test
	void bucketIsKeyedByRouteAndMajorParameterUntilDiscordNamesIt() {
		ticket(Route.get("/guilds/{guild.id}/members/{user.id}", 7, 42));
		ticket(Route.get("/users/@me"));
		assertThat(this.limiter.buckets()).extracting(LocalRateLimiter.BucketState::key)
			.containsExactlyInAnyOrder("route:GET /guilds/{guild.id}/members/{user.id}|guilds/7",
					"route:GET /users/@me|");
	}

	@Test
	void routesThatShareABucketIdShareOneLimit() {
		Route list = Route.get("/channels/{channel.id}/pins", 1);
		Route pin = Route.put("/channels/{channel.id}/pins/{message.id}", 1, 99);
		Ticket listProbe = ticket(list);
		Ticket pinProbe = ticket(pin);
		assertThat(listProbe.granted()).isTrue();
		assertThat(pinProbe.granted()).as("another route, so another bucket until Discord names it").isTrue();
		Ticket listWaiting = ticket(list);
		Ticket pinWaiting = ticket(pin);
		listProbe.complete(headers(200, 5, 1, 3.0, "pins"));
		assertThat(listWaiting.granted()).isTrue();
		pinProbe.complete(headers(200, 5, 0, 3.0, "pins"));
		assertThat(pinWaiting.granted()).as("moved to the shared bucket, which has nothing left").isFalse();
		assertThat(ticket(list).granted()).isFalse();
		assertThat(this.limiter.buckets()).extracting(LocalRateLimiter.BucketState::key)
			.containsExactly("bucket:pins|channels/1");
		advance(Duration.ofSeconds(3));
		assertThat(pinWaiting.granted()).isTrue();
	}

	@Test
	void answersFromAnEndedWindowAreIgnored() {
		Route route = Route.post(MESSAGES, 1);
		ticket(route).complete(headers(200, 10, 9, 1.0, "messages"));
		Instant firstWindow = this.clock.instant().plusSeconds(1);
		Ticket late = ticket(route);
		advance(Duration.ofSeconds(1));
		Ticket probe = ticket(route);
		assertThat(probe.granted()).as("probe of the next window").isTrue();
		late.complete(headers(200, 10, 8, firstWindow, Duration.ZERO, "messages"));
		Ticket waiting = ticket(route);
		assertThat(waiting.granted()).as("the ended window's count says nothing about the new one").isFalse();
		probe.complete(headers(200, 10, 9, 1.0, "messages"));
		assertThat(waiting.granted()).isTrue();
	}

	@Test
	void requestsStillOutCountAgainstANewWindow() {
		Route route = Route.post(MESSAGES, 1);
		ticket(route).complete(headers(200, 3, 2, 1.0, "messages"));
		List<Ticket> tickets = tickets(route, 3);
		assertThat(granted(tickets)).isEqualTo(2);
		advance(Duration.ofSeconds(1));
		assertThat(tickets.get(2).granted()).as("probe of the next window").isTrue();
		tickets.get(2).complete(headers(200, 3, 2, 1.0, "messages"));
		assertThat(granted(tickets(route, 3))).as("two requests of the old window are still out").isZero();
		advance(Duration.ofSeconds(1));
		assertThat(this.limiter.queued()).isEqualTo(2);
	}

	@Test
	void answersWithoutHeadersLeaveOnlyTheGlobalLimit() {
		Route route = Route.get("/users/@me");
		ticket(route).complete(RateLimitHeaders.none(200));
		assertThat(granted(tickets(route, 10))).isEqualTo(10);
	}

	@Test
	void globalLimitLetsNRequestsGoPerSecond() {
		this.limiter = new LocalRateLimiter(5, this.clock, this.scheduler, this.events::add);
		List<Ticket> tickets = new ArrayList<>();
		for (int channel = 1; channel <= 12; channel++) {
			tickets.add(ticket(Route.post(MESSAGES, channel)));
		}
		assertThat(granted(tickets)).isEqualTo(5);
		// a window plus the margin that covers the time from sending to arriving at Discord
		Duration spacing = LocalRateLimiter.GLOBAL_WINDOW.plus(LocalRateLimiter.GLOBAL_MARGIN);
		advance(spacing.minusMillis(1));
		assertThat(granted(tickets)).isEqualTo(5);
		advance(Duration.ofMillis(1));
		assertThat(granted(tickets)).isEqualTo(10);
		advance(spacing);
		assertThat(granted(tickets)).isEqualTo(12);
		assertThat(tickets.subList(0, 10)).allMatch((ticket) -> ticket.grantedAt.get() != null);
		assertThat(this.events).isNotEmpty()
			.allSatisfy((event) -> assertThat(event.scope()).isEqualTo(RateLimitScope.GLOBAL))
			.allSatisfy((event) -> assertThat(event.global()).isTrue());
	}

	@Test
	void interactionRoutesAreExemptFromTheGlobalLimit() {
		this.limiter = new LocalRateLimiter(1, this.clock, this.scheduler, this.events::add);
		assertThat(ticket(Route.post(MESSAGES, 1)).granted()).isTrue();
		assertThat(ticket(Route.post(MESSAGES, 2)).granted()).isFalse();
		assertThat(ticket(Route.post("/interactions/{interaction.id}/{interaction.token}/callback", 5, "tok"))
			.granted()).isTrue();
		assertThat(ticket(Route.post("/webhooks/{application.id}/{interaction.token}", 6, "tok")).granted()).isTrue();
	}

	@Test
	void a429BlocksItsBucketForTheWaitDiscordAsksFor() {
		Route route = Route.post(MESSAGES, 1);
		Ticket probe = ticket(route);
		probe.complete(new RateLimitHeaders(429, 5, 0, null, Duration.ofMillis(2_500), "messages", false,
				RateLimitScope.USER, Duration.ofMillis(2_500)));
		Ticket retry = ticket(route);
		advance(Duration.ofMillis(2_499));
		assertThat(retry.granted()).isFalse();
		advance(Duration.ofMillis(1));
		assertThat(retry.granted()).isTrue();
		assertThat(this.events).singleElement().satisfies((event) -> {
			assertThat(event.rateLimitResponse()).isTrue();
			assertThat(event.scope()).isEqualTo(RateLimitScope.USER);
			assertThat(event.waitTime()).isEqualTo(Duration.ofMillis(2_500));
		});
	}

	@Test
	void a429IsRetriedAfterItsRetryAfterEvenBeforeTheKnownWindowEnds() {
		Route route = Route.post(MESSAGES, 1);
		ticket(route).complete(headers(200, 5, 4, 5.0, "messages"));
		Instant knownWindow = this.clock.instant().plusSeconds(5);
		Ticket limited = ticket(route);
		Instant shortWindow = this.clock.instant().plusMillis(10);
		limited.complete(new RateLimitHeaders(429, 5, 0, shortWindow, Duration.ofMillis(10), "messages", false,
				RateLimitScope.USER, Duration.ofMillis(10)));
		Ticket retry = ticket(route);
		advance(Duration.ofMillis(10));
		assertThat(retry.granted()).as("probe after retry_after").isTrue();
		retry.complete(headers(200, 5, 4, 5.0, "messages"));
		assertThat(ticket(route).granted()).as("the new window is learned").isTrue();
		assertThat(this.clock.instant()).isBefore(knownWindow);
	}

	@Test
	void aGlobal429HoldsEveryRouteButInteractionRoutes() {
		ticket(Route.get("/users/@me")).complete(new RateLimitHeaders(429, null, null, null, null, null, true,
				RateLimitScope.GLOBAL, Duration.ofSeconds(1)));
		Ticket other = ticket(Route.post(MESSAGES, 3));
		Ticket interaction = ticket(Route.post("/interactions/{interaction.id}/{interaction.token}/callback", 5, "t"));
		assertThat(other.granted()).isFalse();
		assertThat(interaction.granted()).isTrue();
		advance(Duration.ofSeconds(1));
		assertThat(other.granted()).isTrue();
		assertThat(this.events).hasSize(1).first().satisfies((event) -> {
			assertThat(event.global()).isTrue();
			assertThat(event.rateLimitResponse()).isTrue();
		});
	}

	@Test
	void aShared429IsPublishedAsSharedAndHoldsTheBucket() {
		Route route = Route.post(MESSAGES, 1);
		ticket(route).complete(new RateLimitHeaders(429, 10, 9, null, Duration.ofMillis(64_570), "messages", false,
				RateLimitScope.SHARED, Duration.ofMillis(1_336_570)));
		Ticket next = ticket(route);
		advance(Duration.ofSeconds(1_336));
		assertThat(next.granted()).isFalse();
		advance(Duration.ofMillis(570));
		assertThat(next.granted()).isTrue();
		assertThat(this.events).singleElement().satisfies((event) -> {
			assertThat(event.scope()).isEqualTo(RateLimitScope.SHARED);
			assertThat(event.global()).isFalse();
		});
	}

	@Test
	void withdrawnRequestLeavesTheQueue() {
		Route route = Route.post(MESSAGES, 1);
		Ticket probe = ticket(route);
		Ticket withdrawn = ticket(route);
		Ticket last = ticket(route);
		assertThat(this.limiter.queued()).isEqualTo(2);
		withdrawn.subscription.dispose();
		assertThat(this.limiter.queued()).isEqualTo(1);
		probe.complete(headers(200, 5, 4, 5.0, "messages"));
		assertThat(withdrawn.granted()).isFalse();
		assertThat(last.granted()).isTrue();
	}

	@Test
	void cancelledPermitLetsTheNextProbeGo() {
		Route route = Route.post(MESSAGES, 1);
		Ticket probe = ticket(route);
		Ticket next = ticket(route);
		probe.permit.get().cancel();
		assertThat(next.granted()).isTrue();
		probe.permit.get().complete(headers(200, 5, 0, 5.0, "messages"));
		assertThat(ticket(route).granted()).as("a settled permit is settled once").isFalse();
	}

	@Test
	void closeFailsWaitingRequests() {
		Route route = Route.post(MESSAGES, 1);
		ticket(route);
		Ticket waiting = ticket(route);
		this.limiter.close();
		assertThat(waiting.error.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
		assertThat(ticket(route).error.get()).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void requestsOfAnotherChannelWaitingWhileTheBucketIdIsLearnedAreNotOvertaken() {
		Ticket firstProbe = ticket(Route.post(MESSAGES, 1));
		Ticket secondProbe = ticket(Route.post(MESSAGES, 2));
		Ticket secondWaiting = ticket(Route.post(MESSAGES, 2));
		assertThat(secondWaiting.granted()).as("its channel's probe is out").isFalse();
		firstProbe.complete(headers(200, 5, 4, 5.0, "messages"));
		Ticket secondLater = ticket(Route.post(MESSAGES, 2));
		assertThat(secondLater.granted()).as("queued behind the earlier request of its channel").isFalse();
		assertThat(this.limiter.buckets()).extracting(LocalRateLimiter.BucketState::key)
			.containsExactlyInAnyOrder("bucket:messages|channels/1", "bucket:messages|channels/2");
		secondProbe.complete(headers(200, 5, 4, 5.0, "messages"));
		assertThat(secondWaiting.granted()).isTrue();
		assertThat(secondLater.granted()).isTrue();
	}

	@Test
	void aShutDownSchedulerFailsTheRequestsThatWaitForIt() {
		VirtualTimeScheduler own = VirtualTimeScheduler.create();
		this.limiter = new LocalRateLimiter(50, this.clock, own, this.events::add);
		Route route = Route.post(MESSAGES, 1);
		ticket(route).complete(headers(200, 5, 0, 5.0, "messages"));
		own.dispose();
		Ticket waiting = ticket(route);
		assertThat(waiting.error.get()).as("no wake-up can come, so it must not wait forever")
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("scheduler is shut down");
	}

	@Test
	void aWebhookThatAnswered404IsForgotten() {
		Route execute = Route.post("/webhooks/{webhook.id}/{webhook.token}", 5, "webhook-token");
		ticket(execute).complete(headers(404, 5, 4, 2.0, "hook"));
		assertThat(this.limiter.buckets()).isEmpty();
		Ticket message = ticket(Route.post(MESSAGES, 1));
		message.complete(headers(404, 5, 4, 2.0, "messages"));
		assertThat(this.limiter.buckets()).as("only webhooks are forgotten").hasSize(1);
	}

	@Test
	void idleBucketsAreForgotten() {
		this.limiter = new LocalRateLimiter(10_000, this.clock, this.scheduler, this.events::add);
		for (int channel = 1; channel <= 1_100; channel++) {
			ticket(Route.post(MESSAGES, channel)).complete(RateLimitHeaders.none(200));
		}
		assertThat(this.limiter.buckets()).hasSizeLessThan(1_100);
	}

	private RateLimitHeaders headers(int status, int limit, int remaining, double resetAfter, String bucket) {
		Duration after = Duration.ofMillis(Math.round(resetAfter * 1000));
		return headers(status, limit, remaining, this.clock.instant().plus(after), after, bucket);
	}

	private static RateLimitHeaders headers(int status, int limit, int remaining, Instant reset, Duration after,
			String bucket) {
		return new RateLimitHeaders(status, limit, remaining, reset, after, bucket, false, null, null);
	}

	private void advance(Duration duration) {
		this.scheduler.advanceTimeBy(duration);
	}

	private Ticket ticket(Route route) {
		return new Ticket(route);
	}

	private List<Ticket> tickets(Route route, int count) {
		List<Ticket> tickets = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			tickets.add(ticket(route));
		}
		return tickets;
	}

	private static long granted(List<Ticket> tickets) {
		return tickets.stream().filter(Ticket::granted).count();
	}

	/**
	 * One acquisition and what became of it.
	 */
	private final class Ticket {

		final AtomicReference<Permit> permit = new AtomicReference<>();

		final AtomicReference<Instant> grantedAt = new AtomicReference<>();

		final AtomicReference<Throwable> error = new AtomicReference<>();

		final Disposable subscription;

		Ticket(Route route) {
			this.subscription = LocalRateLimiterTests.this.limiter.acquire(route).subscribe((granted) -> {
				this.grantedAt.set(LocalRateLimiterTests.this.clock.instant());
				this.permit.set(granted);
			}, this.error::set);
		}

		boolean granted() {
			return this.permit.get() != null;
		}

		void complete(RateLimitHeaders headers) {
			assertThat(granted()).as("permit granted before completing").isTrue();
			this.permit.get().complete(headers);
		}

	}

}
