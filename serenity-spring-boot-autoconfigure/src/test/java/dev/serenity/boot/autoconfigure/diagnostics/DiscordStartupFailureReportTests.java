package dev.serenity.boot.autoconfigure.diagnostics;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.serenity.boot.autoconfigure.DiscordAutoConfiguration;
import dev.serenity.boot.autoconfigure.simulator.DiscordSimulatorAutoConfiguration;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.gateway.Intent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Real failed startups, on the embedded simulator where Discord is needed: the "APPLICATION FAILED TO START" report
 * names the property to change, and never prints the token.
 */
@ExtendWith(OutputCaptureExtension.class)
class DiscordStartupFailureReportTests {

	private static final String REPORT = "APPLICATION FAILED TO START";

	private static final String WRONG_TOKEN = "MTAx.not-the-simulators-token.Zq9";

	@Test
	void startupWithoutATokenReportsTheTokenPropertyAndTheSimulator(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(Map.of()));
		assertThat(output).contains(REPORT)
			.contains("'discord.token' is not set")
			.contains("Set 'discord.token'")
			.contains("'discord.simulator.enabled=true'");
	}

	@Test
	void startupWithARejectedTokenReportsTheTokenPropertyWithoutPrintingTheToken(CapturedOutput output) {
		try (DiscordSimulator simulator = DiscordSimulator.start(SimulatorConfig.builder().build())) {
			assertThatException().isThrownBy(() -> run(connectedTo(simulator, WRONG_TOKEN)));
		}
		assertThat(output).contains(REPORT)
			.contains("Discord rejected the bot token set in 'discord.token'")
			.contains("Bot > Reset Token")
			.doesNotContain(WRONG_TOKEN);
	}

	@Test
	void startupWithATokenTheGatewayRejectsReports4004WithoutPrintingTheToken(CapturedOutput output) {
		SimulatorConfig otherBot = SimulatorConfig.builder().token("MTAy.another-bots-token.Q1").build();
		try (DiscordSimulator rest = DiscordSimulator.start(SimulatorConfig.builder().build());
				DiscordSimulator gateway = DiscordSimulator.start(otherBot)) {
			Map<String, Object> properties = connectedTo(rest, rest.token());
			properties.put("discord.gateway.url", gateway.gatewayUrl());
			properties.put("discord.shards.total", "1");
			assertThatException().isThrownBy(() -> run(properties));
			assertThat(output).doesNotContain(rest.token());
		}
		assertThat(output).contains(REPORT)
			.contains("Discord rejected the bot token set in 'discord.token'")
			.contains("4004 Authentication failed")
			.contains("Bot > Reset Token");
	}

	@Test
	void startupWithAPrivilegedIntentNotEnabledReportsThePortalSettingAndTheIntents(CapturedOutput output) {
		SimulatorConfig config = SimulatorConfig.builder()
			.privilegedIntents(EnumSet.of(Intent.GUILD_PRESENCES))
			.build();
		try (DiscordSimulator simulator = DiscordSimulator.start(config)) {
			Map<String, Object> properties = connectedTo(simulator, simulator.token());
			properties.put("discord.intents", "GUILDS,GUILD_MESSAGES,GUILD_MEMBERS,MESSAGE_CONTENT");
			assertThatException().isThrownBy(() -> run(properties));
		}
		assertThat(output).contains(REPORT)
			.contains("4014")
			.contains("'discord.intents' requests GUILD_MEMBERS, MESSAGE_CONTENT")
			.contains("Bot > Privileged Gateway Intents")
			.contains("enable Server Members Intent, Message Content Intent");
	}

	@Test
	void startupWithTooFewShardsForTheGuildsReportsTheShardCount(CapturedOutput output) {
		SimulatorConfig config = SimulatorConfig.builder().guilds(2).maxGuildsPerShard(1).build();
		try (DiscordSimulator simulator = DiscordSimulator.start(config)) {
			Map<String, Object> properties = connectedTo(simulator, simulator.token());
			properties.put("discord.shards.total", "1");
			assertThatException().isThrownBy(() -> run(properties));
		}
		assertThat(output).contains(REPORT)
			.contains("4011")
			.contains("discord.shards.total=1")
			.contains("Raise 'discord.shards.total'");
	}

	@Test
	void startupWithoutSessionStartsLeftReportsTheShardProperties(CapturedOutput output) {
		try (DiscordSimulator simulator = DiscordSimulator.start(SimulatorConfig.builder().sessionStartLimit(0)
			.build())) {
			assertThatException().isThrownBy(() -> run(connectedTo(simulator, simulator.token())));
		}
		assertThat(output).contains(REPORT)
			.contains("Too few session starts are left")
			.contains("'discord.shards.range'")
			.contains("'discord.session.store=FILE'");
	}

	@Test
	void startupWithAnInvalidShardRangeReportsThePropertyAndItsOrigin(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(Map.of("discord.simulator.enabled", "true",
				"discord.shards.range", "0..8", "discord.shards.total", "8")));
		assertThat(output).contains(REPORT)
			.contains("Property: discord.shards.range")
			.contains("Origin: \"discord.shards.range\" from property source \"defaultProperties\"")
			.contains("Update 'discord.shards.range'")
			.contains("0 to 'discord.shards.total' - 1 = 7");
	}

	@Test
	void startupWithAnOutOfRangeNumberReportsThePropertyTheAllowedRangeAndTheOrigin(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(Map.of("discord.simulator.enabled", "true",
				"discord.gateway.large-threshold", "500")));
		assertThat(output).contains(REPORT)
			.contains("Property: discord.gateway.large-threshold")
			.contains("Value: \"500\"")
			.contains("Origin: ")
			.contains("must be between 50 and 250");
	}

	@Test
	void startupWithAnUnknownIntentReportsEveryIntentName(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(Map.of("discord.simulator.enabled", "true",
				"discord.intents", "GUILDS,GUILD_MEMBRS")));
		assertThat(output).contains(REPORT)
			.contains("Property: discord.intents")
			.contains("\"GUILD_MEMBRS\" is not a valid GatewayIntent")
			.contains("Update 'discord.intents' in your application's configuration to a comma-separated list of "
					+ "GUILDS, GUILD_MEMBERS, GUILD_MODERATION,");
	}

	@Test
	void startupWithAnUnknownActivityTypeReportsTheTypesLeavingOutUnknown(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(Map.of("discord.simulator.enabled", "true",
				"discord.presence.activity-type", "DANCING")));
		assertThat(output).contains(REPORT)
			.contains("Property: discord.presence.activity-type")
			.contains("to one of PLAYING, STREAMING, LISTENING, WATCHING, CUSTOM, COMPETING (case does not matter)");
	}

	@Test
	void startupWithAnUnreadableDurationReportsThePropertyAndTheFormat(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(Map.of("discord.simulator.enabled", "true",
				"discord.startup.timeout", "abc")));
		assertThat(output).contains(REPORT)
			.contains("Property: discord.startup.timeout")
			.contains("\"abc\" is not a valid Duration")
			.contains("Update 'discord.startup.timeout' in your application's configuration to a duration such as "
					+ "500ms, 30s or 2m");
	}

	private static Map<String, Object> connectedTo(DiscordSimulator simulator, String token) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("discord.token", token);
		properties.put("discord.rest.base-url", simulator.restUrl());
		properties.put("discord.gateway.url", simulator.gatewayUrl());
		return properties;
	}

	private static void run(Map<String, Object> properties) {
		SpringApplication application = new SpringApplication(BotConfiguration.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setRegisterShutdownHook(false);
		Map<String, Object> defaults = new LinkedHashMap<>(properties);
		defaults.putIfAbsent("discord.startup.timeout", "30s");
		application.setDefaultProperties(defaults);
		application.run().close();
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DiscordAutoConfiguration.class, DiscordSimulatorAutoConfiguration.class })
	static class BotConfiguration {

	}

}
