package dev.serenity.simulator;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator standalone and prints how to connect a bot to it.
 *
 * <pre>
 * ./mvnw -pl serenity-simulator compile exec:java -Dexec.args="--port=8090 --guilds=3"
 * </pre>
 *
 * Options: {@code --port}, {@code --guilds}, {@code --token}, {@code --heartbeat-interval} (ms),
 * {@code --max-concurrency}, {@code --shards} (recommended shard count), {@code --help}.
 */
public final class SimulatorMain {

	/** Guilds the standalone simulator creates unless told otherwise. */
	public static final int DEFAULT_STANDALONE_GUILDS = 2;

	private SimulatorMain() {
	}

	/**
	 * Start the simulator and wait until the process is stopped.
	 * @param args options, as {@code --name=value}
	 * @throws InterruptedException if interrupted while waiting
	 */
	public static void main(String[] args) throws InterruptedException {
		SimulatorConfig config;
		try {
			config = parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(usage());
			System.exit(2);
			return;
		}
		if (config == null) {
			System.out.println(usage());
			return;
		}
		DiscordSimulator simulator = DiscordSimulator.start(config);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			simulator.close();
			stopped.countDown();
		}, "simulator-shutdown"));
		System.out.println(banner(simulator));
		stopped.await();
	}

	static SimulatorConfig parse(String[] args) {
		SimulatorConfig.Builder builder = SimulatorConfig.builder().guilds(DEFAULT_STANDALONE_GUILDS);
		for (String arg : args) {
			if (arg.equals("--help") || arg.equals("-h")) {
				return null;
			}
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("Unknown argument '" + arg + "'");
			}
			String name = arg.substring(2, equals);
			String value = arg.substring(equals + 1);
			try {
				switch (name) {
					case "port" -> builder.port(Integer.parseInt(value));
					case "guilds" -> builder.guilds(Integer.parseInt(value));
					case "token" -> builder.token(value);
					case "heartbeat-interval" -> builder.heartbeatInterval(Duration.ofMillis(Long.parseLong(value)));
					case "max-concurrency" -> builder.maxConcurrency(Integer.parseInt(value));
					case "shards" -> builder.recommendedShards(Integer.parseInt(value));
					default -> throw new IllegalArgumentException("Unknown option '--" + name + "'");
				}
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("Option '--" + name + "' needs a number but was '" + value + "'");
			}
		}
		return builder.build();
	}

	static String usage() {
		return """
				Usage: serenity-simulator [--port=N] [--guilds=N] [--token=TOKEN] [--heartbeat-interval=MS]
				                          [--max-concurrency=N] [--shards=N]
				  --port                port for gateway, REST and control API (default: a free port)
				  --guilds              guilds to create at start (default: %d)
				  --token               bot token to accept (default: %s)
				  --heartbeat-interval  heartbeat interval announced in HELLO, in ms (default: %d)
				  --max-concurrency     identify buckets of session_start_limit (default: %d)
				  --shards              shard count GET /gateway/bot recommends (default: 1 per 1000 guilds)"""
			.formatted(DEFAULT_STANDALONE_GUILDS, SimulatorConfig.DEFAULT_TOKEN,
					SimulatorConfig.DEFAULT_HEARTBEAT_INTERVAL.toMillis(), SimulatorConfig.DEFAULT_MAX_CONCURRENCY);
	}

	/**
	 * Return what to tell a user about a running simulator: its URLs, the token and the guilds with their channels.
	 * @param simulator the simulator
	 * @return the text, several lines
	 */
	public static String banner(DiscordSimulator simulator) {
		StringBuilder guilds = new StringBuilder();
		simulator.control().world().guilds().forEach((guild) -> guilds.append("\n    ").append(guild.name())
			.append(" (").append(Long.toUnsignedString(guild.id())).append("), #general ")
			.append(Long.toUnsignedString(simulator.control().defaultChannel(guild.id()).id())));
		return """

				Discord simulator running. Point your bot at:
				  Gateway URL    %s
				  REST base URL  %s
				  Bot token      %s
				  Control API    %s  (e.g. POST %s/channels/{id}/messages {"author_id":..., "content":"!ping"})
				  Guilds%s
				Stop with Ctrl-C.
				""".formatted(simulator.gatewayUrl(), simulator.restUrl(), simulator.token(), simulator.controlUrl(),
				simulator.controlUrl(), guilds);
	}

}
