package dev.serenity.benchmarks.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures what a cached member and a cached message cost on the heap, for serenity and JDA in the same setup. Per
 * contestant it runs two fresh client processes against a fresh {@code CacheMemoryHost}: one with a guild of
 * {@code --members} members, one with none. Each client caches every member (asking with op 8 like any large
 * guild), reports its retained heap ({@link HeapProbe}), receives {@code --messages} MESSAGE_CREATE spread over ten
 * channels, and reports again. Bytes per member is the difference of the two processes' retained heaps after the
 * members, divided by the member difference; bytes per message is the growth over the flood divided by the
 * messages the cache holds (JDA keeps no messages).
 * <p>
 * Options: {@code --members=N} (default 100,000), {@code --messages=M} (default 10,000),
 * {@code --jvm-opts="-Xmx2g -XX:+UseG1GC"}, {@code --benchmarks=DIR}, {@code --out=FILE} (default
 * {@code target/bench/cache-memory.json}).
 */
public final class CacheMemoryDriver {

	private static final int CHANNELS = 10;

	private static final String[][] CONTESTANTS = {
			{ "serenity", "e2e-serenity", "dev.serenity.benchmarks.e2e.serenity.CacheMemoryClient" },
			{ "jda", "e2e-jda", "dev.serenity.benchmarks.e2e.jda.JdaCacheMemoryClient" } };

	private CacheMemoryDriver() {
	}

	/**
	 * Run the benchmark.
	 * @param args the options above
	 * @throws Exception if the output cannot be written
	 */
	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>(Map.of("members", "100000", "messages", "10000", "jvm-opts",
				"-Xmx2g -XX:+UseG1GC", "benchmarks", "benchmarks", "out", "target/bench/cache-memory.json"));
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0 || !options.containsKey(arg.substring(2, equals))) {
				throw new IllegalArgumentException("Unknown argument '" + arg + "'; options: " + options.keySet());
			}
			options.put(arg.substring(2, equals), arg.substring(equals + 1));
		}
		int members = Integer.parseInt(options.get("members"));
		long messages = Long.parseLong(options.get("messages"));
		Path benchmarks = Path.of(options.get("benchmarks"));
		Path out = Path.of(options.get("out"));
		Path logs = out.toAbsolutePath().getParent().resolve("e2e-logs");
		Files.createDirectories(logs);
		List<String> jvm = List.of(options.get("jvm-opts").trim().split("\\s+"));
		StringBuilder json = new StringBuilder();
		json.append("{\"date\":\"").append(OffsetDateTime.now()).append("\",\"members\":").append(members)
			.append(",\"messages\":").append(messages).append(",\"jvm\":\"").append(String.join(" ", jvm))
			.append("\",\"contestants\":{");
		for (int i = 0; i < CONTESTANTS.length; i++) {
			String[] contestant = CONTESTANTS[i];
			Map<String, Long> none = run(benchmarks, logs, contestant, 0, messages, jvm);
			Map<String, Long> full = run(benchmarks, logs, contestant, members, messages, jvm);
			Map<String, Object> result = new LinkedHashMap<>();
			if (none == null || full == null) {
				result.put("error", "a run failed; see target/bench/e2e-logs/cache-memory-" + contestant[0] + "-*");
			}
			else {
				long memberDelta = full.get("members") - none.get("members");
				result.put("members_cached", full.get("members"));
				result.put("bytes_per_member",
						(memberDelta > 0) ? (full.get("heap") - none.get("heap")) / (double) memberDelta : null);
				result.put("messages_cached", full.get("messages"));
				result.put("bytes_per_message", (full.get("messages") > 0)
						? (full.get("messagesHeap") - full.get("heap")) / (double) full.get("messages") : null);
				result.put("heap_without_members", none.get("heap"));
				result.put("heap_with_members", full.get("heap"));
			}
			System.out.println(contestant[0] + ": " + result);
			json.append((i > 0) ? "," : "").append('"').append(contestant[0]).append("\":{");
			int field = 0;
			for (Map.Entry<String, Object> entry : result.entrySet()) {
				Object value = entry.getValue();
				json.append((field++ > 0) ? "," : "").append('"').append(entry.getKey()).append("\":")
					.append((value instanceof String) ? "\"" + value + "\""
							: (value instanceof Double d) ? String.format(Locale.ROOT, "%.1f", d) : String.valueOf(value));
			}
			json.append('}');
		}
		json.append("}}");
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, json + System.lineSeparator());
		System.out.println("Wrote " + out.toAbsolutePath());
	}

	private static Map<String, Long> run(Path benchmarks, Path logs, String[] contestant, int members, long messages,
			List<String> jvm) throws InterruptedException {
		String name = "cache-memory-" + contestant[0] + "-" + members;
		E2eDriver.Proc simulator = null;
		E2eDriver.Proc client = null;
		try {
			simulator = E2eDriver.Proc.start(List.of(E2eDriver.java(), "-Xmx3g", "-XX:+UseG1GC", "-cp",
					E2eDriver.classpath(benchmarks, "e2e-support"),
					"dev.serenity.benchmarks.e2e.support.CacheMemoryHost", "--members=" + members,
					"--channels=" + CHANNELS), logs.resolve(name + ".simulator.log"));
			Map<String, String> urls = E2eDriver.fields(simulator.await("SIM READY", 300).split("\\s+"));
			List<String> command = new ArrayList<>();
			command.add(E2eDriver.java());
			command.addAll(jvm);
			command.addAll(List.of("-cp", E2eDriver.classpath(benchmarks, contestant[1]), contestant[2],
					"--gateway=" + urls.get("gateway"), "--rest=" + urls.get("rest"), "--token=" + urls.get("token"),
					"--shards=1", "--count=" + (messages / CHANNELS) * CHANNELS));
			client = E2eDriver.Proc.start(command, logs.resolve(name + ".client.log"));
			Map<String, String> loaded = E2eDriver.fields(client.await("E2E MEM MEMBERS", 600).split("\\s+"));
			simulator.send("flood " + messages / CHANNELS);
			Map<String, String> flooded = E2eDriver.fields(client.await("E2E MEM MESSAGES", 600).split("\\s+"));
			return Map.of("heap", Long.parseLong(loaded.get("heap")), "members", Long.parseLong(loaded.get("members")),
					"messagesHeap", Long.parseLong(flooded.get("heap")), "messages",
					Long.parseLong(flooded.get("messages")));
		}
		catch (RuntimeException | java.io.IOException ex) {
			System.err.println(name + " failed: " + ex.getMessage());
			return null;
		}
		finally {
			if (client != null) {
				client.stop();
			}
			if (simulator != null) {
				simulator.send("quit");
				simulator.stop();
			}
		}
	}

}
