package dev.serenity.boot.autoconfigure.actuate;

import dev.serenity.boot.actuate.DiscordTokenSanitizingFunction;
import dev.serenity.boot.autoconfigure.DiscordAutoConfiguration;
import dev.serenity.boot.autoconfigure.simulator.DiscordSimulatorAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DiscordSanitizingAutoConfiguration}: the token stays masked in the real {@code env} and
 * {@code configprops} endpoints even when they show values.
 */
class DiscordSanitizingAutoConfigurationTests {

	private static final String TOKEN = "MTIzNDU2.fake-bot-token.s3cr3t";

	private final JsonMapper json = JsonMapper.builder().build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DiscordAutoConfiguration.class,
				DiscordSimulatorAutoConfiguration.class, DiscordSanitizingAutoConfiguration.class,
				EnvironmentEndpointAutoConfiguration.class, ConfigurationPropertiesReportEndpointAutoConfiguration.class))
		.withPropertyValues("discord.simulator.enabled=true", "discord.intents=GUILDS",
				"management.endpoints.web.exposure.include=env,configprops",
				"management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always",
				"discord.token=" + TOKEN, "bot.secret=" + TOKEN + "-suffix", "DISCORD_TOKEN=" + TOKEN);

	@Test
	void envShowsValuesButNotTheToken() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(DiscordTokenSanitizingFunction.class);
			EnvironmentEndpoint env = context.getBean(EnvironmentEndpoint.class);
			String all = this.json.writeValueAsString(env.environment(null));
			assertThat(all).doesNotContain("s3cr3t").contains("\"GUILDS\"");
			assertThat(this.json.writeValueAsString(env.environmentEntry("discord.token"))).doesNotContain("s3cr3t")
				.contains("******");
		});
	}

	@Test
	void configpropsShowsValuesButNotTheToken() {
		this.contextRunner.run((context) -> {
			String report = this.json.writeValueAsString(
					context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties());
			assertThat(report).contains("https://discord.com/api/v10").contains("\"GUILDS\"").doesNotContain("s3cr3t");
		});
	}

	@Test
	void runWithDiscordDisabledStillMasksTheToken() {
		this.contextRunner.withPropertyValues("discord.enabled=false").run((context) -> {
			assertThat(context).hasSingleBean(DiscordTokenSanitizingFunction.class);
			String all = this.json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
			assertThat(all).doesNotContain("s3cr3t");
		});
	}

	@Test
	void runWithoutActuatorCreatesNoSanitizingFunction() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
			.run((context) -> assertThat(context).doesNotHaveBean(DiscordTokenSanitizingFunction.class));
	}

	@Test
	void runWithAUserFunctionOfTheSameNameBacksOff() {
		this.contextRunner.withBean("discordTokenSanitizingFunction", SanitizingFunction.class,
				() -> (data) -> data.withSanitizedValue())
			.run((context) -> assertThat(context).doesNotHaveBean(DiscordTokenSanitizingFunction.class));
	}

}
