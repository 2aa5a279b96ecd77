package dev.serenity.boot.test;

import dev.serenity.boot.autoconfigure.simulator.DiscordSimulatorAutoConfiguration;
import dev.serenity.simulator.DiscordSimulator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@link SimulatedDiscord} test handle over the context's {@link DiscordSimulator};
 * imported by {@link AutoConfigureDiscordSimulator @AutoConfigureDiscordSimulator}.
 */
@AutoConfiguration(after = DiscordSimulatorAutoConfiguration.class)
@ConditionalOnBean(DiscordSimulator.class)
public final class SimulatedDiscordAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SimulatedDiscord simulatedDiscord(DiscordSimulator simulator) {
		return new SimulatedDiscord(simulator);
	}

}
