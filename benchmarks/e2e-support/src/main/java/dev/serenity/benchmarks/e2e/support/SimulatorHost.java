package dev.serenity.benchmarks.e2e.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.SimulatorControl;
import dev.serenity.simulator.Snowflakes;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimUser;

/**
 * The simulator process of the end-to-end benchmark, driven over standard input and output so that the driver needs
 * no HTTP client and the simulator's CPU is never accounted to a contestant.
 * <p>
 * {@code --shards=N}: it creates guilds until every shard of N has one ({@code (guild_id >> 22) % N}), adds one
 * author to each, recommends N shards with {@code max_concurrency} 16 (every shard identifies at once), and prints
 * {@code SIM READY gateway=... rest=... token=...}. Then, per line on standard input: {@code flood M} floods the
 * chosen guild of every shard with M / N MESSAGE_CREATE each, all at once, and prints {@code SIM FLOODED sent=...}
 * when the server has handed them all to the sessions; {@code quit} (or the end of input) stops.
 */
public final class SimulatorHost {

	private SimulatorHost() {
	}

	/**
	 * Run the simulator until told to quit.
	 * @param args {@code --shards=N}
	 * @throws Exception if the simulator fails
	 */
	public static void main(String[] args) throws Exception {
		int shards = 1;
		for (String arg : args) {
			if (arg.startsWith("--shards=")) {
				shards = Integer.parseInt(arg.substring("--shards=".length()));
			}
			else {
				throw new IllegalArgumentException("Unknown argument '" + arg + "'; options: --shards=N");
			}
		}
		// Discord4J reads its own id from the token's first part (base64 of the id); the simulator accepts any token.
		String token = Base64.getEncoder().withoutPadding()
			.encodeToString("1000000000000000000".getBytes(StandardCharsets.US_ASCII)) + ".e2e.benchmark";
		SimulatorConfig config = SimulatorConfig.builder()
			.token(token)
			.guilds(0)
			.recommendedShards(shards)
			.maxConcurrency(16)
			.build();
		try (DiscordSimulator simulator = DiscordSimulator.start(config)) {
			SimulatorControl control = simulator.control();
			SimUser author = control.createUser("flooder");
			long[] channels = new long[shards];
			int covered = 0;
			for (int i = 1; covered < shards && i <= 64 * shards; i++) {
				SimGuild guild = control.createGuild("Flood Guild " + i);
				int shard = Snowflakes.shardOf(guild.id(), shards);
				if (channels[shard] == 0) {
					control.addMember(guild.id(), author.id());
					channels[shard] = control.defaultChannel(guild.id()).id();
					covered++;
				}
				else {
					// Every guild takes the same number of ids; one more id moves the next guild to another shard.
					control.createUser("filler" + i);
				}
			}
			if (covered < shards) {
				throw new IllegalStateException("Could not place a guild on every one of " + shards + " shards");
			}
			serve(simulator, (count) -> flood(control, channels, author.id(), count));
		}
	}

	/**
	 * Print {@code SIM READY gateway=... rest=... token=...} for the driver, then run its commands from standard
	 * input until {@code quit} or its end: {@code flood N} calls the given flood with N.
	 * @param simulator the running simulator
	 * @param flood what {@code flood N} does
	 * @throws IOException if standard input fails
	 */
	static void serve(DiscordSimulator simulator, LongConsumer flood) throws IOException {
		System.out.printf(Locale.ROOT, "SIM READY gateway=%s rest=%s token=%s%n", simulator.gatewayUrl(),
				simulator.restUrl(), simulator.token());
		System.out.flush();
		BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		String line;
		while ((line = commands.readLine()) != null) {
			String command = line.trim();
			if (command.equals("quit")) {
				break;
			}
			if (command.startsWith("flood ")) {
				flood.accept(Long.parseLong(command.substring(6).trim()));
			}
		}
	}

	private static void flood(SimulatorControl control, long[] channels, long authorId, long total) {
		long each = total / channels.length;
		List<SimulatorControl.Flood> floods = new ArrayList<>();
		for (int shard = 0; shard < channels.length; shard++) {
			long count = (shard == channels.length - 1) ? total - each * (channels.length - 1) : each;
			floods.add(control.flood(channels[shard], authorId, count));
		}
		long sessions = floods.stream().mapToLong((flood) -> flood.floods().size()).sum();
		boolean done = floods.stream().allMatch((flood) -> flood.await(Duration.ofMinutes(30)));
		long sent = floods.stream().mapToLong(SimulatorControl.Flood::sent).sum();
		System.out.printf(Locale.ROOT, "SIM FLOODED sent=%d sessions=%d complete=%s%n", sent, sessions, done);
		System.out.flush();
	}

}
