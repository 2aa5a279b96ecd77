package dev.serenity.boot.autoconfigure.simulator;

import dev.serenity.boot.autoconfigure.DiscordAutoConfiguration;
import dev.serenity.boot.autoconfigure.DiscordConnectionDetails;
import dev.serenity.boot.autoconfigure.DiscordProperties;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.SimulatorMain;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Embedded simulator mode ({@code discord.simulator.enabled=true}): starts a {@link DiscordSimulator} in this
 * process and points the client at it, so a bot runs without a token or a network.
 */
@AutoConfiguration(before = DiscordAutoConfiguration.class)
@ConditionalOnClass(DiscordSimulator.class)
@ConditionalOnBooleanProperty("discord.simulator.enabled")
@ConditionalOnProperty(name = "discord.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(DiscordProperties.class)
public final class DiscordSimulatorAutoConfiguration {

	private static final Log logger = LogFactory.getLog(DiscordSimulatorAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	DiscordSimulator discordSimulator(DiscordProperties properties) {
		DiscordProperties.Simulator settings = properties.getSimulator();
		DiscordSimulator simulator = DiscordSimulator
			.start(SimulatorConfig.builder().port(settings.getPort()).guilds(settings.getGuilds()).build());
		if (properties.getToken() != null && !properties.getToken().isBlank()) {
			logger.warn("discord.simulator.enabled=true: the bot connects to the embedded simulator, not to Discord; "
					+ "'discord.token' is not used");
		}
		logger.info(SimulatorMain.banner(simulator).replace("Stop with Ctrl-C.", "").stripTrailing());
		return simulator;
	}

	@Bean
	@ConditionalOnMissingBean(DiscordConnectionDetails.class)
	SimulatorDiscordConnectionDetails simulatorDiscordConnectionDetails(DiscordSimulator simulator) {
		return new SimulatorDiscordConnectionDetails(simulator);
	}

	/**
	 * Connection details of an embedded simulator.
	 */
	static final class SimulatorDiscordConnectionDetails implements DiscordConnectionDetails {

		private final DiscordSimulator simulator;

		SimulatorDiscordConnectionDetails(DiscordSimulator simulator) {
			this.simulator = simulator;
		}

		@Override
		public String token() {
			return this.simulator.token();
		}

		@Override
		public String restUrl() {
			return this.simulator.restUrl();
		}

		@Override
		public String gatewayUrl() {
			return this.simulator.gatewayUrl();
		}

		@Override
		public String toString() {
			return "SimulatorDiscordConnectionDetails[" + this.simulator.restUrl() + "]";
		}

	}

}
