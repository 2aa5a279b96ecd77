package dev.serenity.benchmarks.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One client run of the end-to-end benchmark, as the client reported it through {@link FloodCounter}.
 *
 * @param contestant the contestant
 * @param shards the shards in the client process
 * @param round the round (1-based)
 * @param ok whether the run delivered every event
 * @param error why it failed, or {@code null}
 * @param events the events counted
 * @param seconds from the first flood event to the last one received
 * @param eventsPerSecond {@code (events - 1) / seconds}
 * @param cpuSecondsPer100k the client process's CPU time (all threads, GC included) over the same span, per
 * 100,000 events
 * @param peakRssMiB the client's VmHWM when it saw the last event
 * @param readyMs from launching the client JVM to its report that every shard is READY
 * @param gcCount collections during the flood
 * @param gcMs accumulated collection time during the flood
 */
public record RunResult(Contestant contestant, int shards, int round, boolean ok, String error, long events,
		double seconds, double eventsPerSecond, double cpuSecondsPer100k, double peakRssMiB, double readyMs,
		long gcCount, long gcMs) {

	static RunResult of(Contestant contestant, int shards, int round, double readyMs, Map<String, String> done) {
		long events = Long.parseLong(done.get("events"));
		double seconds = Long.parseLong(done.get("nanos")) / 1e9;
		double cpu = Long.parseLong(done.get("cpu_nanos")) / 1e9;
		return new RunResult(contestant, shards, round, true, null, events, seconds, (events - 1) / seconds,
				cpu / events * 100_000, Long.parseLong(done.get("hwm_kb")) / 1024.0, readyMs,
				Long.parseLong(done.get("gc_count")), Long.parseLong(done.get("gc_ms")));
	}

	static RunResult failed(Contestant contestant, int shards, int round, String error) {
		return new RunResult(contestant, shards, round, false, error, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	/**
	 * Return one line for the console.
	 * @return the summary
	 */
	public String summary() {
		if (!this.ok) {
			return String.format(Locale.ROOT, "%-20s %d shard(s) run %d  FAILED: %s", this.contestant.id(),
					this.shards, this.round, this.error);
		}
		return String.format(Locale.ROOT,
				"%-20s %d shard(s) run %d  %,9.0f events/s  %.3f CPU s/100k  peak RSS %,5.0f MiB  READY %,6.0f ms"
						+ "  gc %d in %d ms",
				this.contestant.id(), this.shards, this.round, this.eventsPerSecond, this.cpuSecondsPer100k,
				this.peakRssMiB, this.readyMs, this.gcCount, this.gcMs);
	}

	static String json(String date, long count, int runs, boolean quick, List<String> jvmOptions,
			List<RunResult> results) {
		StringBuilder json = new StringBuilder();
		json.append("{\n  \"date\": ").append(string(date));
		json.append(",\n  \"count\": ").append(count);
		json.append(",\n  \"runs\": ").append(runs);
		json.append(",\n  \"quick\": ").append(quick);
		json.append(",\n  \"jvm\": ").append(string(System.getProperty("java.vm.name") + " "
				+ System.getProperty("java.runtime.version")));
		json.append(",\n  \"jvm_options\": ").append(string(String.join(" ", jvmOptions)));
		json.append(",\n  \"cpu\": ").append(string(cpuModel()));
		json.append(",\n  \"cores\": ").append(Runtime.getRuntime().availableProcessors());
		json.append(",\n  \"memory_kib\": ").append(memTotal());
		json.append(",\n  \"results\": [");
		json.append(results.stream().map(RunResult::json).collect(Collectors.joining(",")));
		json.append("\n  ]\n}\n");
		return json.toString();
	}

	private String json() {
		return String.format(Locale.ROOT,
				"%n    {\"contestant\": %s, \"label\": %s, \"peer\": %s, \"compress\": %s, \"shards\": %d, \"round\": %d,"
						+ " \"ok\": %s, \"error\": %s, \"events\": %d, \"seconds\": %.4f, \"events_per_second\": %.1f,"
						+ " \"cpu_seconds_per_100k\": %.4f, \"peak_rss_mib\": %.1f, \"ready_ms\": %.1f,"
						+ " \"gc_count\": %d, \"gc_ms\": %d}",
				string(this.contestant.id()), string(this.contestant.label()), this.contestant.peer(),
				string(this.contestant.compress()), this.shards, this.round, this.ok,
				(this.error != null) ? string(this.error) : "null", this.events, this.seconds, this.eventsPerSecond,
				this.cpuSecondsPer100k, this.peakRssMiB, this.readyMs, this.gcCount, this.gcMs);
	}

	private static String string(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException | RuntimeException ex) {
			return System.getProperty("os.arch");
		}
	}

	private static long memTotal() {
		try {
			return Files.readAllLines(Path.of("/proc/meminfo"))
				.stream()
				.filter((line) -> line.startsWith("MemTotal:"))
				.map((line) -> Long.parseLong(line.trim().split("\\s+")[1]))
				.findFirst()
				.orElse(-1L);
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

}
