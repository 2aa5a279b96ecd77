package dev.serenity.boot.test.commands;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import dev.serenity.boot.test.DiscordTest;
import dev.serenity.boot.test.SimulatedDiscord;
import dev.serenity.boot.test.SimulatedGuild;
import dev.serenity.boot.test.SimulatedInteraction;
import dev.serenity.client.DiscordClient;
import dev.serenity.interaction.InteractionResponders;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.ManualClock;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.world.SimInteractions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slow handler on the simulator's clock: the simulator and the responders share a manual clock and the automatic
 * defer runs on virtual time, so the 3-second deadline is played without waiting.
 */
@DiscordTest
class SlowCommandSliceTests {

	private static final ManualClock clock = new ManualClock(Instant.now());

	@Autowired
	private SimulatedDiscord discord;

	@Autowired
	private DiceCommands commands;

	@Autowired
	private VirtualTimeScheduler scheduler;

	@Test
	void slowHandlerIsDeferredBeforeTheDeadlineThenItsAnswerEditsTheDeferredMessage() throws InterruptedException {
		SimulatedGuild guild = this.discord.guild("Slow");
		SimulatedInteraction slow = guild.member("alice").runs(guild.channel(), "/slow");
		assertThat(this.commands.slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
		clock.advance(InteractionResponders.DEFAULT_AUTO_DEFER_AFTER);
		this.scheduler.advanceTimeBy(InteractionResponders.DEFAULT_AUTO_DEFER_AFTER);
		assertThat(this.discord).interaction(slow).awaitCallback(5);
		SimInteractions.Callback deferred = this.discord.callbacks(slow).get(0);
		Instant created = this.discord.control().interactions().find(slow.id()).orElseThrow().createdAt();
		assertThat(Duration.between(created, deferred.at())).isLessThan(InteractionResponders.RESPONSE_DEADLINE);
		clock.advance(Duration.ofSeconds(30));
		this.commands.slowMayAnswer.countDown();
		assertThat(this.discord).interaction(slow).awaitResponse("Finally");
		assertThat(this.discord.callbacks(slow)).hasSize(1);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class VirtualTime {

		@Bean(destroyMethod = "close")
		DiscordSimulator discordSimulator() {
			return DiscordSimulator.start(SimulatorConfig.builder()
				.guilds(0)
				.clock(clock)
				.defaultRouteLimit(1000, Duration.ofSeconds(1))
				.globalLimit(1000, Duration.ofSeconds(1))
				.build());
		}

		@Bean
		VirtualTimeScheduler virtualTimeScheduler() {
			return VirtualTimeScheduler.create();
		}

		@Bean
		InteractionResponders interactionResponders(DiscordClient client, VirtualTimeScheduler scheduler) {
			return InteractionResponders.builder(client.rest()).scheduler(scheduler).clock(clock).build();
		}

	}

}
