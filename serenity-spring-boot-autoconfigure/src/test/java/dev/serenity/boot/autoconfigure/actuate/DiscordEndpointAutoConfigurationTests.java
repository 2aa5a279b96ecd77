package dev.serenity.boot.autoconfigure.actuate;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.serenity.boot.actuate.DiscordEndpoint;
import dev.serenity.boot.autoconfigure.DiscordAutoConfiguration;
import dev.serenity.boot.autoconfigure.simulator.DiscordSimulatorAutoConfiguration;
import dev.serenity.boot.health.ShardDetails;
import dev.serenity.client.DiscordClient;
import dev.serenity.gateway.ShardState;
import dev.serenity.gateway.lifecycle.ShardResumedEvent;
import dev.serenity.simulator.DiscordSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * {@link DiscordEndpointAutoConfiguration}: its conditions, and the {@link DiscordEndpoint}'s operations against the
 * embedded simulator.
 */
class DiscordEndpointAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DiscordAutoConfiguration.class,
				DiscordSimulatorAutoConfiguration.class, DiscordEndpointAutoConfiguration.class))
		.withPropertyValues("discord.simulator.enabled=true", "discord.intents=GUILDS");

	private final ApplicationContextRunner exposed = this.contextRunner
		.withPropertyValues("management.endpoints.web.exposure.include=discord");

	@Test
	void runWhenExposedListsTheShardsWithoutTheToken() {
		this.exposed.withPropertyValues("discord.shards.total=2").run((context) -> {
			assertThat(context).hasSingleBean(DiscordEndpoint.class);
			DiscordSimulator simulator = context.getBean(DiscordSimulator.class);
			context.getBean(DiscordClient.class).listeners().add(Object.class, (event, eventContext) -> {
			}, "test");
			DiscordEndpoint.DiscordDescriptor discord = context.getBean(DiscordEndpoint.class).discord();
			assertThat(discord.total()).isEqualTo(2);
			assertThat(discord.applicationId()).isEqualTo(String.valueOf(simulator.applicationId()));
			assertThat(discord.gatewayUrl()).startsWith("ws://127.0.0.1:" + simulator.port());
			assertThat(discord.listeners()).isOne();
			assertThat(discord.shards()).extracting(ShardDetails::id).containsExactly(0, 1);
			assertThat(discord.shards()).extracting(ShardDetails::state)
				.containsOnly(ShardState.CONNECTED);
			assertThat(discord.toString()).doesNotContain(simulator.token());
		});
	}

	@Test
	void shardThisInstanceDoesNotRunIsNotFoundAndCannotBeRestarted() {
		this.exposed.run((context) -> {
			DiscordEndpoint endpoint = context.getBean(DiscordEndpoint.class);
			assertThat(endpoint.shard(0)).satisfies((shard) -> assertThat(shard.state()).isEqualTo(ShardState.CONNECTED));
			assertThat(endpoint.shard(7)).isNull();
			assertThatExceptionOfType(InvalidEndpointRequestException.class).isThrownBy(() -> endpoint.restart(7))
				.withMessage("This instance runs no shard 7; it runs [0]");
		});
	}

	@Test
	void restartReconnectsTheShardResumingItsSession() {
		this.exposed.run((context) -> {
			CountDownLatch resumed = new CountDownLatch(1);
			context.getBean(DiscordClient.class)
				.listeners()
				.add(ShardResumedEvent.class, (event, eventContext) -> resumed.countDown(), "test");
			String session = context.getBean(DiscordClient.class).shards().get(0).sessionId();
			DiscordEndpoint.RestartDescriptor restart = context.getBean(DiscordEndpoint.class).restart(0);
			assertThat(restart.shard()).isZero();
			assertThat(restart.previousState()).isEqualTo(ShardState.CONNECTED);
			assertThat(resumed.await(20, TimeUnit.SECONDS)).isTrue();
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(context.getBean(DiscordClient.class).shards().get(0))
					.satisfies((shard) -> {
						assertThat(shard.state()).isEqualTo(ShardState.CONNECTED);
						assertThat(shard.sessionId()).isEqualTo(session);
					}));
		});
	}

	@Test
	void runWhenNotExposedCreatesNoEndpoint() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(DiscordClient.class)
			.doesNotHaveBean(DiscordEndpoint.class));
	}

	@Test
	void runWhenAccessIsNoneCreatesNoEndpoint() {
		this.exposed.withPropertyValues("management.endpoint.discord.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(DiscordEndpoint.class));
	}

	@Test
	void runWithoutAClientCreatesNoEndpoint() {
		this.exposed.withPropertyValues("discord.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DiscordEndpoint.class));
	}

	@Test
	void runWithoutActuatorClassesCreatesNoEndpoint() {
		this.exposed.withClassLoader(new FilteredClassLoader(Endpoint.class))
			.run((context) -> assertThat(context).hasSingleBean(DiscordClient.class)
				.doesNotHaveBean(DiscordEndpoint.class));
	}

	@Test
	void runWithAUserEndpointBacksOff() {
		this.exposed.withBean("myDiscordEndpoint", DiscordEndpoint.class,
				() -> new DiscordEndpoint(null, null, java.time.Clock.systemUTC()))
			.run((context) -> assertThat(context).hasSingleBean(DiscordEndpoint.class).hasBean("myDiscordEndpoint"));
	}

}
