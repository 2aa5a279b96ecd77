package dev.serenity.benchmarks.e2e.support;

import java.time.Duration;
import java.util.Locale;

import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.SimulatorControl;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimUser;

/**
 * The simulator process of the cache memory benchmark: one guild with {@code --members=N} members beside the bot
 * and its owner (a large guild, so clients ask for its members with op 8) and {@code --channels=C} text channels.
 * It prints {@code SIM READY gateway=... rest=... token=...}; then {@code flood M} sends M MESSAGE_CREATE to each
 * channel, one channel after another, and prints {@code SIM FLOODED sent=...}; {@code quit} stops.
 */
public final class CacheMemoryHost {

	private CacheMemoryHost() {
	}

	/**
	 * Run the simulator until told to quit.
	 * @param args {@code --members=N --channels=C}
	 * @throws Exception if the simulator fails
	 */
	public static void main(String[] args) throws Exception {
		int members = 0;
		int channelCount = 10;
		for (String arg : args) {
			if (arg.startsWith("--members=")) {
				members = Integer.parseInt(arg.substring("--members=".length()));
			}
			else if (arg.startsWith("--channels=")) {
				channelCount = Integer.parseInt(arg.substring("--channels=".length()));
			}
			else {
				throw new IllegalArgumentException("Unknown argument '" + arg + "'; options: --members=N --channels=C");
			}
		}
		SimulatorConfig config = SimulatorConfig.builder().guilds(0).recommendedShards(1).build();
		try (DiscordSimulator simulator = DiscordSimulator.start(config)) {
			SimulatorControl control = simulator.control();
			SimGuild guild = control.createGuild("Memory Guild");
			SimUser author = control.createUser("author");
			control.world().addMember(guild.id(), author.id());
			for (int i = 0; i < members; i++) {
				SimUser user = control.world().createUser("member" + i, false);
				control.world().addMember(guild.id(), user.id());
			}
			long[] channels = new long[channelCount];
			for (int i = 0; i < channelCount; i++) {
				channels[i] = control.world().createChannel(guild.id(), "text-" + i, SimChannel.GUILD_TEXT).id();
			}
			SimulatorHost.serve(simulator, (each) -> {
				// A session runs one flood at a time: the channels get theirs one after another.
				boolean done = true;
				long sent = 0;
				for (long channel : channels) {
					SimulatorControl.Flood flood = control.flood(channel, author.id(), each);
					done &= flood.await(Duration.ofMinutes(10));
					sent += flood.sent();
				}
				System.out.printf(Locale.ROOT, "SIM FLOODED sent=%d complete=%s%n", sent, done);
				System.out.flush();
			});
		}
	}

}
