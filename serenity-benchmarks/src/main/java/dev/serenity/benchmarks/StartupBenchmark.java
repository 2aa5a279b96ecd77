package dev.serenity.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import dev.serenity.client.DiscordClient;
import dev.serenity.client.DiscordClientBuilder;
import dev.serenity.gateway.GatewayIntent;
import dev.serenity.gateway.identify.LocalIdentifyQueue;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.record.SessionAttempt;
import reactor.core.scheduler.Schedulers;

/**
 * Start-up of {@value #SHARDS} shards with {@code max_concurrency} {@value #MAX_CONCURRENCY} against the simulator,
 * measured against Discord's identify limit: (⌈N / max_concurrency⌉ − 1) × window + one READY.
 * <p>
 * Two variants in one run. <em>Virtual</em>: the simulator and the client share one virtual clock (5 s windows as
 * Discord's); the benchmark waits in real time until nothing moves, then moves virtual time to the next task either
 * side scheduled, so the result is the simulated time the client needed. <em>Wall</em>: the real clock with Discord's 5 s
 * identify window on both sides (shorter with {@code --window-ms}); it includes the real cost of 64 connections on this machine.
 * <p>
 * Arguments: {@code --out=<file.json>}, optionally {@code --shards=N}, {@code --window-ms=W} (wall variant, default
 * 5000).
 */
public final class StartupBenchmark {

	/** Shards started. */
	public static final int SHARDS = 64;

	/** {@code max_concurrency} of the simulator and the client. */
	public static final int MAX_CONCURRENCY = 16;

	private static final Duration QUIET = Duration.ofMillis(250);

	private static final Duration WALL_LIMIT = Duration.ofMinutes(3);

	private StartupBenchmark() {
	}

	/**
	 * Run both variants and write the report.
	 * @param args {@code --out=<file.json>} and the options above
	 * @throws Exception if start-up fails
	 */
	public static void main(String[] args) throws Exception {
		int shards = Integer.parseInt(BenchmarkReport.option(args, "shards", String.valueOf(SHARDS)));
		Duration wallWindow = Duration.ofMillis(Long.parseLong(BenchmarkReport.option(args, "window-ms", "5000")));
		Result virtual = runVirtual(shards, LocalIdentifyQueue.DEFAULT_WINDOW);
		Result wall = runWall(shards, wallWindow);
		BenchmarkReport report = new BenchmarkReport("startup");
		report.metric("shards", shards).metric("max_concurrency", MAX_CONCURRENCY);
		virtual.addTo(report, "virtual");
		wall.addTo(report, "wall");
		report.note("limit = (ceil(N / max_concurrency) - 1) x window + one READY (the first shard's time to READY in"
				+ " the same run); ratio = measured / limit, target <= 1.05.")
			.note("virtual: simulator and client on one virtual clock (reactor-test VirtualTimeScheduler), " + "window "
					+ virtual.window.toMillis() + " ms; time moves to the next scheduled task only after "
					+ QUIET.toMillis() + " ms of real time without progress, so the result is simulated time.")
			.note("wall: real clock, window " + wall.window.toMillis() + " ms on both sides; includes connecting "
					+ shards + " WebSockets on this machine.");
		report.write(args);
		System.out.println(virtual.summary("virtual") + "; " + wall.summary("wall"));
	}

	private static Result runVirtual(int shards, Duration window) throws InterruptedException {
		VirtualClock clock = new VirtualClock();
		try (DiscordSimulator simulator = DiscordSimulator.start(config(shards, window).clock(clock.instantSource())
			.build())) {
			DiscordClient client = client(simulator).scheduler(clock)
				.clock(clock.instantSource())
				.startupTimeout(Duration.ZERO)
				.build();
			try {
				Instant start = clock.instant();
				CompletableFuture<Void> started = client.startShardRangeAsync(0, shards - 1, shards);
				long deadline = System.nanoTime() + WALL_LIMIT.toNanos();
				int steps = 0;
				while (!started.isDone()) {
					awaitQuiet(simulator, started, deadline);
					if (started.isDone()) {
						break;
					}
					if (clock.advanceToNext(start.plus(Duration.ofMinutes(10))) == null) {
						throw new IllegalStateException("Start-up stalled with nothing scheduled: " + progress(simulator));
					}
					steps++;
				}
				started.join();
				return Result.of(simulator, start, window, shards, steps);
			}
			finally {
				client.close();
			}
		}
	}

	private static Result runWall(int shards, Duration window) {
		try (DiscordSimulator simulator = DiscordSimulator.start(config(shards, window).build())) {
			DiscordClient client = client(simulator)
				.identifyQueue(new LocalIdentifyQueue(MAX_CONCURRENCY, window, Schedulers.parallel(),
						InstantSource.system()))
				.build();
			try {
				Instant start = Instant.now();
				client.startShardRangeAsync(0, shards - 1, shards).get(WALL_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
				return Result.of(simulator, start, window, shards, 0);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Wall-clock start-up failed: " + progress(simulator), ex);
			}
			finally {
				client.close();
			}
		}
	}

	private static SimulatorConfig.Builder config(int shards, Duration window) {
		return SimulatorConfig.builder()
			.guilds(2 * shards)
			.maxConcurrency(MAX_CONCURRENCY)
			.identifyWindow(window)
			.recommendedShards(shards);
	}

	private static DiscordClientBuilder client(DiscordSimulator simulator) {
		return DiscordClient.builder(simulator.token(), GatewayIntent.GUILDS.bit()).restUrl(simulator.restUrl());
	}

	/**
	 * Wait in real time until the simulator has recorded nothing new for {@link #QUIET}.
	 */
	private static void awaitQuiet(DiscordSimulator simulator, CompletableFuture<Void> started, long deadline)
			throws InterruptedException {
		String last = progress(simulator);
		long quietSince = System.nanoTime();
		while (!started.isDone() && System.nanoTime() - quietSince < QUIET.toNanos()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Start-up did not finish in " + WALL_LIMIT + ": " + last);
			}
			Thread.sleep(10);
			String now = progress(simulator);
			if (!now.equals(last)) {
				last = now;
				quietSince = System.nanoTime();
			}
		}
	}

	private static String progress(DiscordSimulator simulator) {
		return simulator.recorder().connections().size() + " connections, "
				+ simulator.recorder().sessionAttempts().size() + " session attempts, "
				+ simulator.recorder().frames().size() + " client frames";
	}

	private record Result(Duration window, int shards, int identifies, int ready, String rejected,
			Duration firstReady, Duration lastReady, int virtualSteps) {

		static Result of(DiscordSimulator simulator, Instant start, Duration window, int shards,
				int steps) {
			List<SessionAttempt> identifies = simulator.recorder()
				.sessionAttempts()
				.stream()
				.filter((attempt) -> attempt.kind() == SessionAttempt.Kind.IDENTIFY)
				.toList();
			List<Instant> ready = identifies.stream()
				.filter((attempt) -> attempt.result() == SessionAttempt.Result.READY)
				.map(SessionAttempt::at)
				.sorted(Comparator.naturalOrder())
				.toList();
			if (ready.size() != shards) {
				throw new IllegalStateException(ready.size() + " of " + shards + " shards READY");
			}
			String rejected = identifies.stream()
				.filter((attempt) -> attempt.result() != SessionAttempt.Result.READY)
				.collect(Collectors.groupingBy((attempt) -> attempt.result() + ((attempt.closeCode() != 0)
						? " " + attempt.closeCode() : ""), TreeMap::new, Collectors.counting()))
				.toString();
			return new Result(window, shards, identifies.size(), ready.size(), rejected,
					Duration.between(start, ready.get(0)), Duration.between(start, ready.get(ready.size() - 1)), steps);
		}

		Duration limit() {
			long windows = (this.shards + MAX_CONCURRENCY - 1) / MAX_CONCURRENCY - 1;
			return this.window.multipliedBy(windows).plus(this.firstReady);
		}

		double ratio() {
			return (double) this.lastReady.toNanos() / limit().toNanos();
		}

		void addTo(BenchmarkReport report, String prefix) {
			report.metric(prefix + ".window_ms", this.window.toMillis())
				.metric(prefix + ".identifies", this.identifies)
				.metric(prefix + ".ready", this.ready)
				.metric(prefix + ".rejected_identifies", this.identifies - this.ready)
				.metric(prefix + ".rejected_how", this.rejected)
				.metric(prefix + ".first_ready_ms", millis(this.firstReady))
				.metric(prefix + ".all_ready_ms", millis(this.lastReady))
				.metric(prefix + ".limit_ms", millis(limit()))
				.metric(prefix + ".ratio_to_limit", Math.round(ratio() * 10_000) / 10_000.0)
				.metric(prefix + ".within_5_percent", ratio() <= 1.05);
			if (this.virtualSteps > 0) {
				report.metric(prefix + ".time_steps", this.virtualSteps);
			}
		}

		String summary(String name) {
			return String.format(Locale.ROOT, "startup %s: %d/%d shards READY in %.1f ms, limit %.1f ms (ratio %.3f), %d identifies rejected",
					name, this.ready, this.shards, millis(this.lastReady), millis(limit()), ratio(),
					this.identifies - this.ready);
		}

		private static double millis(Duration duration) {
			return duration.toNanos() / 1_000_000.0;
		}

	}

}
