package dev.serenity.boot.command;

import java.time.Duration;

import dev.serenity.boot.autoconfigure.DiscordAutoConfiguration;
import dev.serenity.boot.autoconfigure.DiscordConnectionDetails;
import dev.serenity.boot.autoconfigure.command.DiscordCommandsAutoConfiguration;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.world.SimApplicationCommands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Command sync across real restarts: application contexts started one after the other against one simulator, as
 * a bot deployed again against Discord. Unchanged commands write nothing; a changed command exactly one bulk
 * overwrite; a dry run nothing; guild ids register in the guild instead of globally.
 */
class CommandSyncRestartTests {

	private static DiscordSimulator simulator;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DiscordAutoConfiguration.class, DiscordCommandsAutoConfiguration.class))
		.withBean(DiscordConnectionDetails.class, SimulatorDetails::new)
		.withPropertyValues("discord.intents=GUILDS");

	@BeforeAll
	static void start() {
		simulator = DiscordSimulator.start(SimulatorConfig.builder().guilds(1).identifyWindow(Duration.ofMillis(10)).build());
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	private static long bulkOverwrites() {
		return simulator.recorder()
			.rest()
			.stream()
			.filter((record) -> record.method().equals("PUT") && record.path().endsWith("/commands"))
			.count();
	}

	private void restart(Class<?> commands, String... properties) {
		this.contextRunner.withBean(commands)
			.withPropertyValues(properties)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void restartsWriteOnlyWhenTheCommandsChanged() {
		long before = bulkOverwrites();
		restart(Roll.class);
		assertThat(bulkOverwrites()).as("first start registers").isEqualTo(before + 1);
		restart(Roll.class);
		assertThat(bulkOverwrites()).as("restart with unchanged commands").isEqualTo(before + 1);
		restart(RollChanged.class, "discord.commands.dry-run=true");
		assertThat(bulkOverwrites()).as("dry run of a change").isEqualTo(before + 1);
		restart(RollChanged.class);
		assertThat(bulkOverwrites()).as("restart with a changed command").isEqualTo(before + 2);
		assertThat(simulator.control().world().applicationCommands().list(SimApplicationCommands.GLOBAL))
			.singleElement()
			.satisfies((command) -> assertThat(command.path("description").asString()).isEqualTo("Roll, changed"));
		restart(RollChanged.class);
		assertThat(bulkOverwrites()).isEqualTo(before + 2);
	}

	@Test
	void guildIdsRegisterInTheGuild() {
		long guildId = simulator.control().world().guilds().get(0).id();
		restart(Roll.class, "discord.commands.guild-ids=" + Long.toUnsignedString(guildId));
		assertThat(simulator.control().world().applicationCommands().list(guildId))
			.extracting((command) -> command.path("name").asString())
			.containsExactly("roll");
	}

	static class Roll {

		@SlashCommand(name = "roll", description = "Roll")
		String roll(@Option(description = "Sides", min = 2, max = 100) long sides) {
			return "rolled";
		}

	}

	static class RollChanged {

		@SlashCommand(name = "roll", description = "Roll, changed")
		String roll(@Option(description = "Sides", min = 2, max = 100) long sides) {
			return "rolled";
		}

	}

	static final class SimulatorDetails implements DiscordConnectionDetails {

		@Override
		public String token() {
			return simulator.token();
		}

		@Override
		public String restUrl() {
			return simulator.restUrl();
		}

		@Override
		public String gatewayUrl() {
			return simulator.gatewayUrl();
		}

	}

}
