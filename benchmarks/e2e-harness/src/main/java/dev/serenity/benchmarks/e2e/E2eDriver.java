package dev.serenity.benchmarks.e2e;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs the end-to-end benchmark: for each round, shard count and contestant, a fresh simulator process
 * ({@code SimulatorHost}) and a fresh client process with the same JVM flags; the client reports READY, the driver
 * tells the simulator to flood M MESSAGE_CREATE over the shards, and the client reports its rate, CPU and memory
 * through {@link FloodCounter}. Results go to a JSON file (see {@link RunResult}) and a summary to standard output.
 * <p>
 * Options: {@code --count=M} (default 1,000,000), {@code --runs=N} (default 2), {@code --quick} (M = 100,000, one
 * run), {@code --shards=1,4}, {@code --contestants=all|id,id}, {@code --jvm-opts="-Xmx512m -XX:+UseG1GC"},
 * {@code --benchmarks=DIR} (default {@code benchmarks}), {@code --out=FILE} (default {@code target/bench/e2e.json}).
 */
public final class E2eDriver {

	private static final long READY_TIMEOUT_S = 180;

	private E2eDriver() {
	}

	/**
	 * Run the benchmark.
	 * @param args the options above
	 * @throws Exception if the output cannot be written
	 */
	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>(Map.of("count", "1000000", "runs", "2", "shards", "1,4",
				"contestants", "all", "jvm-opts", "-Xmx512m -XX:+UseG1GC", "benchmarks", "benchmarks", "out",
				"target/bench/e2e.json"));
		boolean quick = false;
		for (String arg : args) {
			if (arg.equals("--quick")) {
				quick = true;
				options.put("count", "100000");
				options.put("runs", "1");
				continue;
			}
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0 || !options.containsKey(arg.substring(2, equals))) {
				throw new IllegalArgumentException("Unknown argument '" + arg + "'; options: " + options.keySet()
						+ " and --quick");
			}
			options.put(arg.substring(2, equals), arg.substring(equals + 1));
		}
		long count = Long.parseLong(options.get("count").replace("_", "").replace(",", ""));
		int runs = Integer.parseInt(options.get("runs"));
		List<Integer> shardCounts = Arrays.stream(options.get("shards").split(",")).map(Integer::parseInt).toList();
		List<Contestant> contestants = Contestant.select(options.get("contestants"));
		List<String> jvmOptions = Arrays.stream(options.get("jvm-opts").trim().split("\\s+"))
			.filter((option) -> !option.isEmpty())
			.toList();
		Path benchmarks = Path.of(options.get("benchmarks"));
		Path out = Path.of(options.get("out"));
		Path logs = out.resolveSibling("e2e-logs");
		Files.createDirectories(logs);
		String started = OffsetDateTime.now().withNano(0).toString();
		System.out.printf(Locale.ROOT, "E2E benchmark: %,d MESSAGE_CREATE, %d run(s) each, shards %s, client JVM %s%n",
				count, runs, shardCounts, jvmOptions);

		List<RunResult> results = new ArrayList<>();
		// Rounds outside, contestants inside: a disturbance of the machine hits every contestant, not one.
		for (int round = 1; round <= runs; round++) {
			for (int shards : shardCounts) {
				for (Contestant contestant : contestants) {
					RunResult result = run(benchmarks, logs, contestant, shards, round, count, jvmOptions);
					results.add(result);
					System.out.println(result.summary());
				}
			}
		}
		Files.writeString(out, RunResult.json(started, count, runs, quick, jvmOptions, results));
		System.out.println("Wrote " + out.toAbsolutePath());
	}

	private static RunResult run(Path benchmarks, Path logs, Contestant contestant, int shards, int round,
			long count, List<String> jvmOptions) throws IOException, InterruptedException {
		String name = contestant.id() + "-" + shards + "shard-run" + round;
		Proc simulator = Proc.start(List.of(java(), "-Xmx2g", "-XX:+UseG1GC", "-cp",
				classpath(benchmarks, "e2e-support"), "dev.serenity.benchmarks.e2e.support.SimulatorHost",
				"--shards=" + shards), logs.resolve(name + ".simulator.log"));
		Proc client = null;
		try {
			String[] sim = simulator.await("SIM READY", 60).split("\\s+");
			Map<String, String> urls = fields(sim);
			List<String> command = new ArrayList<>();
			command.add(java());
			command.addAll(jvmOptions);
			command.addAll(List.of("-cp", classpath(benchmarks, contestant.module()), contestant.mainClass(),
					"--gateway=" + urls.get("gateway"), "--rest=" + urls.get("rest"), "--token=" + urls.get("token"),
					"--shards=" + shards, "--count=" + count, "--compress=" + contestant.compress()));
			long launched = System.nanoTime();
			client = Proc.start(command, logs.resolve(name + ".client.log"));
			client.await("E2E READY", READY_TIMEOUT_S);
			double readyMs = (System.nanoTime() - launched) / 1e6;
			simulator.send("flood " + count);
			// The slowest peer measured here did about 33,000 events/s; allow ten times longer.
			long timeout = Math.max(120, count / 3_300);
			Map<String, String> done = fields(client.await("E2E DONE", timeout).split("\\s+"));
			return RunResult.of(contestant, shards, round, readyMs, done);
		}
		catch (RuntimeException | IOException ex) {
			String message = ex.getMessage() + ((client != null) ? " (client log: " + client.log + ")" : "");
			return RunResult.failed(contestant, shards, round, message);
		}
		finally {
			if (client != null) {
				client.stop();
			}
			simulator.send("quit");
			simulator.stop();
		}
	}

	static Map<String, String> fields(String[] words) {
		Map<String, String> fields = new HashMap<>();
		for (String word : words) {
			int equals = word.indexOf('=');
			if (equals > 0) {
				fields.put(word.substring(0, equals), word.substring(equals + 1));
			}
		}
		return fields;
	}

	static String classpath(Path benchmarks, String module) {
		Path target = benchmarks.resolve(module).resolve("target");
		if (!Files.isDirectory(target.resolve("classes"))) {
			throw new IllegalStateException(target.resolve("classes") + " is missing: build with "
					+ "./mvnw -q -P bench -DskipTests package");
		}
		return target.resolve("classes") + File.pathSeparator + target.resolve("lib") + File.separator + "*";
	}

	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * A child process whose standard output is read line by line and copied to a log with its standard error.
	 */
	static final class Proc {

		private final Process process;

		final Path log;

		private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

		private Proc(Process process, Path log) {
			this.process = process;
			this.log = log;
		}

		static Proc start(List<String> command, Path log) throws IOException {
			Files.writeString(log, String.join(" ", command) + System.lineSeparator());
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			Proc proc = new Proc(process, log);
			Thread reader = new Thread(proc::read, "e2e-read-" + process.pid());
			reader.setDaemon(true);
			reader.start();
			return proc;
		}

		private void read() {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
					OutputStream out = Files.newOutputStream(this.log, java.nio.file.StandardOpenOption.APPEND)) {
				String line;
				while ((line = reader.readLine()) != null) {
					if (line.startsWith("E2E ") || line.startsWith("SIM ")) {
						this.lines.add(line);
					}
					out.write((line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
				}
			}
			catch (IOException ex) {
				// the process ended
			}
		}

		/**
		 * Wait for a line starting with a prefix.
		 */
		String await(String prefix, long timeoutSeconds) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
			while (true) {
				long left = deadline - System.nanoTime();
				String line = (left > 0) ? this.lines.poll(Math.min(left, 500_000_000L), TimeUnit.NANOSECONDS) : null;
				if (line != null && line.startsWith(prefix)) {
					return line;
				}
				if (line == null && (left <= 0 || (!this.process.isAlive() && this.lines.isEmpty()))) {
					throw new IllegalStateException(((left <= 0) ? "No '" + prefix + "' within " + timeoutSeconds
							+ " s" : "Exited with " + this.process.exitValue() + " before '" + prefix + "'"));
				}
			}
		}

		void send(String command) {
			try {
				OutputStream in = this.process.getOutputStream();
				in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
				in.flush();
			}
			catch (IOException ex) {
				// the process ended
			}
		}

		void stop() throws InterruptedException {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroy();
				if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
					this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
		}

	}

}
