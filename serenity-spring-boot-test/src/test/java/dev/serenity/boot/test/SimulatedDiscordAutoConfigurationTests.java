package dev.serenity.boot.test;

import dev.serenity.boot.autoconfigure.simulator.DiscordSimulatorAutoConfiguration;
import dev.serenity.simulator.DiscordSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conditions of {@link SimulatedDiscordAutoConfiguration}: the handle exists only over a simulator, and backs off
 * for the user's own.
 */
class SimulatedDiscordAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(DiscordSimulatorAutoConfiguration.class, SimulatedDiscordAutoConfiguration.class));

	@Test
	void runWithoutSimulatorShouldNotCreateHandle() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(DiscordSimulator.class)
			.doesNotHaveBean(SimulatedDiscord.class));
	}

	@Test
	void runWhenSimulatorDisabledShouldNotCreateHandle() {
		this.contextRunner.withPropertyValues("discord.simulator.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SimulatedDiscord.class));
	}

	@Test
	void runWhenSimulatorEnabledShouldCreateHandleOverIt() {
		this.contextRunner.withPropertyValues("discord.simulator.enabled=true").run((context) -> {
			assertThat(context).hasSingleBean(SimulatedDiscord.class);
			assertThat(context.getBean(SimulatedDiscord.class).simulator())
				.isSameAs(context.getBean(DiscordSimulator.class));
		});
	}

	@Test
	void runWithUserHandleShouldBackOff() {
		this.contextRunner.withPropertyValues("discord.simulator.enabled=true")
			.withUserConfiguration(UserHandleConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(SimulatedDiscord.class).hasBean("myDiscord"));
	}

	@Test
	void runWithoutSimulatorOnClasspathShouldNotCreateHandle() {
		this.contextRunner.withPropertyValues("discord.simulator.enabled=true")
			.withClassLoader(new FilteredClassLoader(DiscordSimulator.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SimulatedDiscord.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserHandleConfiguration {

		@Bean
		SimulatedDiscord myDiscord(DiscordSimulator simulator) {
			return new SimulatedDiscord(simulator);
		}

	}

}
