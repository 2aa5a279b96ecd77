package dev.serenity.boot.autoconfigure.health;

import java.time.Duration;
import java.util.List;

import dev.serenity.boot.autoconfigure.DiscordAutoConfiguration;
import dev.serenity.boot.autoconfigure.DiscordClientCustomizer;
import dev.serenity.boot.autoconfigure.simulator.DiscordSimulatorAutoConfiguration;
import dev.serenity.boot.health.DiscordHealthIndicator;
import dev.serenity.boot.health.ShardDetails;
import dev.serenity.client.DiscordClient;
import dev.serenity.gateway.ShardState;
import dev.serenity.simulator.DiscordSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link DiscordHealthContributorAutoConfiguration}: its conditions, the statuses of {@link DiscordHealthIndicator}
 * against the embedded simulator, and the {@code readiness} group.
 */
class DiscordHealthContributorAutoConfigurationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DiscordAutoConfiguration.class,
				DiscordSimulatorAutoConfiguration.class, DiscordHealthContributorAutoConfiguration.class))
		.withPropertyValues("discord.simulator.enabled=true", "discord.intents=GUILDS")
		.withBean("fastReconnects", DiscordClientCustomizer.class,
				() -> (builder) -> builder.reconnectDelay((attempt) -> Duration.ofMillis(50)));

	private final ApplicationContextRunner withHealthEndpoint = this.contextRunner.withConfiguration(
			AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
					HealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class,
					HealthEndpointAutoConfiguration.class, AvailabilityHealthContributorAutoConfiguration.class,
					AvailabilityProbesAutoConfiguration.class));

	@Test
	void runWithAClientReportsEachShardUp() {
		this.contextRunner.withPropertyValues("discord.shards.total=2").run((context) -> {
			assertThat(context).hasSingleBean(DiscordHealthIndicator.class).hasBean("discordHealthContributor");
			Health health = context.getBean(DiscordHealthIndicator.class).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("startup", "complete");
			assertThat(shards(health)).extracting(ShardDetails::id).containsExactly(0, 1);
			assertThat(shards(health)).allSatisfy((shard) -> {
				assertThat(shard.state()).isEqualTo(ShardState.CONNECTED);
				assertThat(shard.total()).isEqualTo(2);
				assertThat(shard.session()).isTrue();
				assertThat(shard.reconnectAttempts()).isZero();
			});
		});
	}

	@Test
	void runWithoutAClientCreatesNoIndicator() {
		this.contextRunner.withPropertyValues("discord.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DiscordHealthIndicator.class));
	}

	@Test
	void runWhenDisabledCreatesNoIndicator() {
		this.contextRunner.withPropertyValues("management.health.discord.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(DiscordClient.class)
				.doesNotHaveBean(DiscordHealthIndicator.class));
	}

	@Test
	void runWhenDefaultIndicatorsAreDisabledCreatesNoIndicator() {
		this.contextRunner.withPropertyValues("management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DiscordHealthIndicator.class));
	}

	@Test
	void runWithoutHealthClassesCreatesNoIndicator() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).hasSingleBean(DiscordClient.class)
				.doesNotHaveBean(DiscordHealthIndicator.class)
				.doesNotHaveBean("discordHealthContributor"));
	}

	@Test
	void runWithAUserIndicatorBacksOff() {
		this.contextRunner
			.withBean("discordHealthIndicator", HealthIndicator.class, () -> () -> Health.up().build())
			.run((context) -> assertThat(context).doesNotHaveBean(DiscordHealthIndicator.class)
				.hasBean("discordHealthIndicator"));
	}

	@Test
	void shardHeldDownIsUpWithItsStateAndRecoversWhenReleased() {
		this.contextRunner.run((context) -> {
			DiscordHealthIndicator indicator = context.getBean(DiscordHealthIndicator.class);
			DiscordSimulator simulator = context.getBean(DiscordSimulator.class);
			simulator.control().shard(0).hold();
			await().atMost(TIMEOUT).untilAsserted(() -> {
				Health health = indicator.health(true);
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(shards(health)).singleElement().satisfies((shard) -> {
					assertThat(shard.state()).isNotEqualTo(ShardState.CONNECTED);
					assertThat(shard.reconnectAttempts()).isPositive();
				});
			});
			simulator.control().shard(0).release();
			await().atMost(TIMEOUT)
				.untilAsserted(() -> assertThat(shards(indicator.health(true))).singleElement()
					.satisfies((shard) -> assertThat(shard.state()).isEqualTo(ShardState.CONNECTED)));
		});
	}

	@Test
	void fatallyClosedShardIsDown() {
		this.contextRunner.run((context) -> {
			DiscordHealthIndicator indicator = context.getBean(DiscordHealthIndicator.class);
			context.getBean(DiscordSimulator.class).control().shard(0).close(4004);
			await().atMost(TIMEOUT).untilAsserted(() -> {
				Health health = indicator.health(true);
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(shards(health)).singleElement()
					.satisfies((shard) -> assertThat(shard.state()).isEqualTo(ShardState.FATALLY_CLOSED));
			});
		});
	}

	@Test
	void readinessGroupIncludesDiscordButLivenessDoesNot() {
		this.withHealthEndpoint.run((context) -> {
			HealthEndpointGroups groups = context.getBean(HealthEndpointGroups.class);
			assertThat(groups.get("readiness").isMember("discord")).isTrue();
			assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
			assertThat(groups.get("liveness").isMember("discord")).isFalse();
			assertThat(groups.getPrimary().isMember("discord")).isTrue();
		});
	}

	@Test
	void readinessGroupConfiguredByTheUserIsLeftAlone() {
		this.withHealthEndpoint.withPropertyValues("management.endpoint.health.group.readiness.include=readinessState")
			.run((context) -> assertThat(context.getBean(HealthEndpointGroups.class).get("readiness").isMember("discord"))
				.isFalse());
	}

	@Test
	void readinessRefusesTrafficUntilEveryShardWasReadyWhenStartupDoesNotWait() {
		this.withHealthEndpoint.withUserConfiguration(HoldShardZero.class)
			.withPropertyValues("discord.startup.wait-for-ready=false", "discord.shards.total=1")
			.run((context) -> {
				// As SpringApplication does once the application started, without waiting for Discord.
				AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
				AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
				HealthEndpoint endpoint = context.getBean(HealthEndpoint.class);
				assertThat(endpoint.healthForPath("readiness").getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
				Health discord = context.getBean(DiscordHealthIndicator.class).health(true);
				assertThat(discord.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
				assertThat(discord.getDetails()).containsEntry("startup", "connecting");
				assertThat(endpoint.healthForPath("liveness").getStatus()).isEqualTo(Status.UP);
				context.getBean(DiscordSimulator.class).control().shard(0).release();
				await().atMost(TIMEOUT)
					.untilAsserted(() -> assertThat(endpoint.healthForPath("readiness").getStatus())
						.isEqualTo(Status.UP));
			});
	}

	@SuppressWarnings("unchecked")
	private static List<ShardDetails> shards(Health health) {
		return (List<ShardDetails>) health.getDetails().get("shards");
	}

	@Configuration(proxyBeanMethods = false)
	static class HoldShardZero {

		@Bean
		Object shardZeroHeld(DiscordSimulator simulator) {
			simulator.control().shard(0).hold();
			return "held";
		}

	}

}
