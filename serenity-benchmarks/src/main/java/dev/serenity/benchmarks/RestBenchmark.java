package dev.serenity.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import dev.serenity.client.DiscordClient;
import dev.serenity.client.DiscordClientBuilder;
import dev.serenity.model.Message;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.ratelimit.LocalRateLimiter;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.record.RestRecord;
import dev.serenity.simulator.world.SimChannel;

/**
 * REST throughput at the simulator's rate limits: {@value #MESSAGES} messages over {@value #CHANNELS} channels with
 * {@code client.messages().say(channel, text)}, all started at once, against the simulator's defaults (5 per 5 s per
 * route and channel, 50 per second globally). Reports the time the client needed against the least time the limits
 * allow, and the 429s the simulator answered.
 * <p>
 * Two variants in one run. <em>Virtual</em>: the simulator and the client share one virtual clock; time moves to the
 * next task either side scheduled once no request is in flight and every unfinished call waits in the rate limiter.
 * <em>Wall</em>: the real clock (about 20 s). Arguments: {@code --out=<file.json>}, optionally {@code --wall=false}.
 */
public final class RestBenchmark {

	/** Messages sent. */
	public static final int MESSAGES = 1000;

	/** Channels they go to, round robin. */
	public static final int CHANNELS = 50;

	private static final Duration WALL_LIMIT = Duration.ofMinutes(3);

	private RestBenchmark() {
	}

	/**
	 * Run the variants and write the report.
	 * @param args {@code --out=<file.json>} and the options above
	 * @throws Exception if a call fails
	 */
	public static void main(String[] args) throws Exception {
		boolean wall = Boolean.parseBoolean(BenchmarkReport.option(args, "wall", "true"));
		BenchmarkReport report = new BenchmarkReport("rest");
		report.metric("messages", MESSAGES)
			.metric("channels", CHANNELS)
			.metric("route_limit", SimulatorConfig.DEFAULT_ROUTE_LIMIT + " per "
					+ SimulatorConfig.DEFAULT_ROUTE_WINDOW.toSeconds() + " s")
			.metric("global_limit", SimulatorConfig.DEFAULT_GLOBAL_LIMIT + " per "
					+ SimulatorConfig.DEFAULT_GLOBAL_WINDOW.toSeconds() + " s")
			.metric("ideal_ms", idealDuration().toMillis());
		Result virtual = run(true);
		virtual.addTo(report, "virtual");
		String summary = virtual.summary("virtual");
		if (wall) {
			Result real = run(false);
			real.addTo(report, "wall");
			summary += "; " + real.summary("wall");
		}
		report.note("ideal = the least time the limits allow from the first request to the last: max((ceil(n / 50) - 1)"
				+ " x 1 s, (ceil(n per channel / 5) - 1) x 5 s); share_of_limit = ideal / measured (1.0 = at the limit);"
				+ " requests_per_s = n / measured.")
			.note("virtual: simulator and client on one virtual clock (reactor-test VirtualTimeScheduler); time moves"
					+ " only when no request is in flight, so it measures the client's pacing, not this machine.")
			.note("wall: the real clock; includes HTTP latency on loopback.");
		report.write(args);
		System.out.println(summary);
	}

	/**
	 * The least time from the first request to the last that the limits allow.
	 * @return the duration
	 */
	static Duration idealDuration() {
		long global = (MESSAGES + SimulatorConfig.DEFAULT_GLOBAL_LIMIT - 1) / SimulatorConfig.DEFAULT_GLOBAL_LIMIT - 1;
		long perChannel = (MESSAGES + CHANNELS - 1) / CHANNELS;
		long route = (perChannel + SimulatorConfig.DEFAULT_ROUTE_LIMIT - 1) / SimulatorConfig.DEFAULT_ROUTE_LIMIT - 1;
		Duration byGlobal = SimulatorConfig.DEFAULT_GLOBAL_WINDOW.multipliedBy(global);
		Duration byRoute = SimulatorConfig.DEFAULT_ROUTE_WINDOW.multipliedBy(route);
		return (byGlobal.compareTo(byRoute) >= 0) ? byGlobal : byRoute;
	}

	private static Result run(boolean virtualTime) throws Exception {
		VirtualClock clock = virtualTime ? new VirtualClock() : null;
		SimulatorConfig.Builder config = SimulatorConfig.builder();
		if (clock != null) {
			config.clock(clock.instantSource());
		}
		try (DiscordSimulator simulator = DiscordSimulator.start(config.build())) {
			long guild = simulator.control().createGuild("REST Benchmark").id();
			List<Long> channels = new ArrayList<>();
			for (int i = 0; i < CHANNELS; i++) {
				channels.add(simulator.control().createChannel(guild, "bench-" + i, SimChannel.GUILD_TEXT).id());
			}
			DiscordClientBuilder builder = DiscordClient.builder(simulator.token(), 0).restUrl(simulator.restUrl());
			if (clock != null) {
				builder.scheduler(clock).clock(clock.instantSource());
			}
			try (DiscordClient client = builder.build()) {
				LocalRateLimiter limiter = (LocalRateLimiter) client.rest().rateLimiter();
				long wallStart = System.nanoTime();
				List<CompletableFuture<Message>> calls = new ArrayList<>(MESSAGES);
				for (int i = 0; i < MESSAGES; i++) {
					calls.add(client.messages()
						.say(Snowflake.of(channels.get(i % CHANNELS)), "benchmark message " + i)
						.toFuture());
				}
				CompletableFuture<Void> all = CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new));
				if (clock != null) {
					runOnVirtualTime(clock, limiter, calls, all, wallStart);
				}
				all.get(WALL_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
				Duration wall = Duration.ofNanos(System.nanoTime() - wallStart);
				return Result.of(simulator.recorder().rest(), wall);
			}
		}
	}

	private static void runOnVirtualTime(VirtualClock clock, LocalRateLimiter limiter,
			List<CompletableFuture<Message>> calls, CompletableFuture<Void> all, long wallStart) {
		Instant end = clock.instant().plus(Duration.ofHours(1));
		while (!all.isDone()) {
			while (!settled(limiter, calls) && !all.isDone()) {
				if (System.nanoTime() - wallStart > WALL_LIMIT.toNanos()) {
					throw new IllegalStateException("REST calls did not settle; limiter " + limiter.buckets());
				}
				LockSupport.parkNanos(200_000);
			}
			if (all.isDone()) {
				return;
			}
			if (clock.advanceToNext(end) == null) {
				throw new IllegalStateException("Calls left with nothing scheduled; limiter " + limiter.buckets());
			}
		}
	}

	/**
	 * Whether the client is settled: no request in flight, and every unfinished call waits in the rate limiter.
	 */
	private static boolean settled(LocalRateLimiter limiter, List<CompletableFuture<Message>> calls) {
		long running = calls.stream().filter((call) -> !call.isDone()).count();
		return limiter.inFlight() == 0 && running == limiter.queued();
	}

	private record Result(int requests, int ok, int tooMany, String limitedBy, Duration duration, Duration wall) {

		static Result of(List<RestRecord> records, Duration wall) {
			List<RestRecord> sends = records.stream()
				.filter((record) -> "POST".equals(record.method()) && record.route().endsWith("/messages"))
				.sorted(Comparator.comparing(RestRecord::at))
				.toList();
			int ok = (int) sends.stream().filter((record) -> record.status() == 200).count();
			int tooMany = (int) records.stream().filter((record) -> record.status() == 429).count();
			if (ok != MESSAGES) {
				throw new IllegalStateException(ok + " of " + MESSAGES + " messages were created");
			}
			Duration duration = Duration.between(sends.get(0).at(), sends.get(sends.size() - 1).at());
			String limitedBy = records.stream()
				.filter((record) -> record.status() == 429)
				.collect(Collectors.groupingBy((record) -> String.valueOf(record.limitedBy()), TreeMap::new,
						Collectors.counting()))
				.toString();
			return new Result(records.size(), ok, tooMany, limitedBy, duration, wall);
		}

		double share() {
			return (double) idealDuration().toNanos() / Math.max(1, this.duration.toNanos());
		}

		double perSecond() {
			return MESSAGES / (this.duration.toNanos() / 1e9);
		}

		void addTo(BenchmarkReport report, String prefix) {
			report.metric(prefix + ".requests", this.requests)
				.metric(prefix + ".status_200", this.ok)
				.metric(prefix + ".status_429", this.tooMany)
				.metric(prefix + ".status_429_by_scope", this.limitedBy)
				.metric(prefix + ".duration_ms", this.duration.toMillis())
				.metric(prefix + ".share_of_limit", Math.round(share() * 10_000) / 10_000.0)
				.metric(prefix + ".requests_per_s", Math.round(perSecond() * 100) / 100.0)
				.metric(prefix + ".wall_ms", this.wall.toMillis());
		}

		String summary(String name) {
			return String.format(Locale.ROOT,
					"rest %s: %d messages in %.3f s (ideal %.3f s): %.1f%% of the limits, %.2f req/s, %d x 429 %s",
					name, this.ok, this.duration.toNanos() / 1e9, idealDuration().toNanos() / 1e9, share() * 100,
					perSecond(), this.tooMany, this.limitedBy);
		}

	}

}
