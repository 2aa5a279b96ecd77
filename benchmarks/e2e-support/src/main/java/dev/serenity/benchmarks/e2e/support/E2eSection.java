package dev.serenity.benchmarks.e2e.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * The machine, end-to-end and targets sections of {@code docs/benchmarks.md}.
 */
final class E2eSection {

	private E2eSection() {
	}

	static void machine(BenchmarksReport report, JsonNode e2e, Map<String, String> versions) {
		report.line("## Machine and versions");
		report.line();
		if (e2e != null) {
			report.line("- Date: " + e2e.path("date").asString(""));
			report.line(String.format(Locale.ROOT, "- Machine: %s, %d cores, %.1f GiB RAM (shared with other work)",
					e2e.path("cpu").asString(""), e2e.path("cores").asInt(),
					e2e.path("memory_kib").asDouble() / (1024 * 1024)));
			report.line("- JVM: " + e2e.path("jvm").asString(""));
		}
		versions.forEach((name, version) -> report.line("- " + name + ": " + version));
		report.line();
	}

	static void render(BenchmarksReport report, JsonNode e2e) {
		report.line("## End-to-end: MESSAGE_CREATE throughput against JDA and Discord4J");
		report.line();
		if (e2e == null) {
			report.line("_Not run: the end-to-end results are missing._");
			report.line();
			return;
		}
		long count = e2e.path("count").asLong();
		report.line(String.format(Locale.ROOT, "%s%,d MESSAGE_CREATE (~1 KB of JSON each) per run, %d run(s) per "
				+ "contestant and shard count, rounds interleaved. Each client runs in its own JVM (`%s`), the "
				+ "simulator in another (`benchmarks/e2e-support`, `SimulatorHost`); a fresh pair per run. The "
				+ "simulator puts one guild on each shard and floods them all at once (M / shards each). Every listener "
				+ "reads `content` and `author.id` from its library's typed event and counts. Events/s is from the "
				+ "first flood event to the last one, as the client saw them; CPU is the client process's (all "
				+ "threads, GC and JIT included) over the same span; peak RSS is VmHWM; READY is from launching the "
				+ "client JVM to all shards READY.",
				e2e.path("quick").asBoolean() ? "**Quick run** (`--quick`: JIT warm-up weighs on these numbers): "
						: "", count, e2e.path("runs").asInt(), e2e.path("jvm_options").asString("")));
		report.line();
		Map<Integer, Map<String, Stats>> byShards = stats(e2e);
		for (Map.Entry<Integer, Map<String, Stats>> shards : byShards.entrySet()) {
			Stats bestPeer = shards.getValue().values().stream()
				.filter((stats) -> stats.peer && !stats.rates.isEmpty())
				.max((a, b) -> Double.compare(a.median(a.rates), b.median(b.rates)))
				.orElse(null);
			report.line("### " + shards.getKey() + " shard" + ((shards.getKey() == 1) ? "" : "s") + " in one process");
			report.line();
			report.line("| client | runs ok | events/s min | median | max | CPU s / 100k events | peak RSS MiB "
					+ "| start → READY ms | events/s vs best peer" + ((bestPeer != null) ? " (" + bestPeer.label + ")"
							: "") + " |");
			report.line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
			for (Stats stats : shards.getValue().values()) {
				String ratio = (bestPeer != null && !stats.rates.isEmpty())
						? String.format(Locale.ROOT, "%.2f×", stats.median(stats.rates) / bestPeer.median(bestPeer.rates))
						: "";
				report.line("| " + stats.label + " | " + stats.rates.size() + "/" + stats.runs + " | "
						+ BenchmarksReport.number(stats.min(stats.rates)) + " | "
						+ BenchmarksReport.number(stats.median(stats.rates)) + " | "
						+ BenchmarksReport.number(stats.max(stats.rates)) + " | "
						+ BenchmarksReport.number(stats.median(stats.cpu)) + " | "
						+ BenchmarksReport.number(stats.median(stats.rss)) + " | "
						+ BenchmarksReport.number(stats.median(stats.ready)) + " | " + ratio + " |");
			}
			report.line();
			for (Stats stats : shards.getValue().values()) {
				for (String error : stats.errors) {
					report.line("- Failed run of " + stats.label + ": " + error.replace('\n', ' '));
				}
			}
			if (shards.getValue().values().stream().anyMatch((stats) -> !stats.errors.isEmpty())) {
				report.line();
			}
		}
	}

	static void targets(BenchmarksReport report, JsonNode e2e, JsonNode startup, JsonNode rest) {
		report.line("## Targets");
		report.line();
		report.line("Issue #7: events/s at least 2× JDA in the same run with no more CPU per event and no more memory; "
				+ "start-up within 5% of the identify limit; REST at ≥ 95% of the configured limits with zero 429s.");
		report.line();
		if (e2e != null) {
			for (Map.Entry<Integer, Map<String, Stats>> shards : stats(e2e).entrySet()) {
				compare(report, shards.getKey(), shards.getValue().get("serenity-core"), shards.getValue().get("jda"));
				compare(report, shards.getKey(), shards.getValue().get("serenity-core-zlib"),
						shards.getValue().get("jda-zlib"));
				compare(report, shards.getKey(), shards.getValue().get("serenity-spring"), shards.getValue().get("jda"));
			}
		}
		else {
			report.line("- Events/s: not measured in this run.");
		}
		target(report, "Start-up", startup);
		target(report, "REST", rest);
		report.line();
	}

	private static void compare(BenchmarksReport report, int shards, Stats ours, Stats jda) {
		if (ours == null || jda == null || ours.rates.isEmpty() || jda.rates.isEmpty()) {
			return;
		}
		double rate = ours.median(ours.rates) / jda.median(jda.rates);
		double cpu = ours.median(ours.cpu) / jda.median(jda.cpu);
		double rss = ours.median(ours.rss) / jda.median(jda.rss);
		boolean met = rate >= 2 && cpu <= 1 && rss <= 1;
		report.line(String.format(Locale.ROOT, "- Events/s, %d shard%s, %s vs %s: **%s**: %.2f× the events/s "
				+ "(target ≥ 2), %.2f× the CPU per event (target ≤ 1), %.2f× the peak RSS (target ≤ 1).", shards,
				(shards == 1) ? "" : "s", ours.label, jda.label, met ? "met" : "not met", rate, cpu, rss));
	}

	private static void target(BenchmarksReport report, String name, JsonNode result) {
		Map<String, Boolean> targets = BenchmarksReport.targets(result);
		if (result == null) {
			report.line("- " + name + ": not measured in this run (its report is missing).");
		}
		else if (targets.isEmpty()) {
			report.line("- " + name + ": see its section; its report states no pass/fail metric.");
		}
		else {
			targets.forEach((key, value) -> report.line("- " + name + " `" + key + "`: **" + (value ? "met" : "not met")
					+ "** (from its metrics)."));
		}
	}

	private static Map<Integer, Map<String, Stats>> stats(JsonNode e2e) {
		TreeSet<Integer> shardCounts = new TreeSet<>();
		e2e.path("results").forEach((result) -> shardCounts.add(result.path("shards").asInt()));
		Map<Integer, Map<String, Stats>> byShards = new LinkedHashMap<>();
		for (int shards : shardCounts) {
			Map<String, Stats> byContestant = new LinkedHashMap<>();
			for (JsonNode result : e2e.path("results")) {
				if (result.path("shards").asInt() != shards) {
					continue;
				}
				Stats stats = byContestant.computeIfAbsent(result.path("contestant").asString(),
						(id) -> new Stats(result.path("label").asString(id), result.path("peer").asBoolean()));
				stats.runs++;
				if (result.path("ok").asBoolean()) {
					stats.rates.add(result.path("events_per_second").asDouble());
					stats.cpu.add(result.path("cpu_seconds_per_100k").asDouble());
					stats.rss.add(result.path("peak_rss_mib").asDouble());
					stats.ready.add(result.path("ready_ms").asDouble());
				}
				else {
					stats.errors.add(result.path("error").asString(""));
				}
			}
			byShards.put(shards, byContestant);
		}
		return byShards;
	}

	/**
	 * The runs of one contestant at one shard count.
	 */
	private static final class Stats {

		final String label;

		final boolean peer;

		int runs;

		final List<Double> rates = new ArrayList<>();

		final List<Double> cpu = new ArrayList<>();

		final List<Double> rss = new ArrayList<>();

		final List<Double> ready = new ArrayList<>();

		final List<String> errors = new ArrayList<>();

		Stats(String label, boolean peer) {
			this.label = label;
			this.peer = peer;
		}

		double median(List<Double> values) {
			return BenchmarksReport.median(values);
		}

		double min(List<Double> values) {
			return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
		}

		double max(List<Double> values) {
			return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
		}

	}

}
