package dev.serenity.boot.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import dev.serenity.boot.autoconfigure.simulator.DiscordSimulatorAutoConfiguration;
import dev.serenity.client.DiscordClient;
import dev.serenity.gateway.ShardState;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.api.MessageApi;
import dev.serenity.simulator.DiscordSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DiscordAutoConfiguration} and {@link DiscordSimulatorAutoConfiguration}: conditions, properties, connection
 * details, customizers and the lifecycle, against the embedded simulator.
 */
class DiscordAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DiscordAutoConfiguration.class, DiscordSimulatorAutoConfiguration.class));

	private final ApplicationContextRunner simulated = this.contextRunner
		.withPropertyValues("discord.simulator.enabled=true", "discord.intents=GUILDS,GUILD_MESSAGES");

	@Test
	void runOnTheSimulatorConnectsEveryShardBeforeTheContextIsReady() {
		this.simulated.run((context) -> {
			assertThat(context).hasSingleBean(DiscordClient.class)
				.hasSingleBean(DiscordRest.class)
				.hasSingleBean(MessageApi.class)
				.hasSingleBean(DiscordSimulator.class);
			DiscordClient client = context.getBean(DiscordClient.class);
			assertThat(client.shards()).singleElement()
				.satisfies((shard) -> assertThat(shard.state()).isEqualTo(ShardState.CONNECTED));
			assertThat(client.restUrl()).isEqualTo(context.getBean(DiscordSimulator.class).restUrl());
			assertThat(context.getBean(dev.serenity.gateway.ShardManager.class).shards())
				.as("the lazy ShardManager bean, available once the shards started")
				.containsExactlyElementsOf(client.shards());
		});
	}

	@Test
	void aStoppedContextResumesItsSessionsWhenStartedAgain() {
		this.simulated.run((context) -> {
			DiscordClient client = context.getBean(DiscordClient.class);
			String session = client.shards().get(0).sessionId();
			context.stop();
			assertThat(client.shards()).singleElement()
				.satisfies((shard) -> assertThat(shard.state()).isEqualTo(ShardState.DISCONNECTED));
			context.start();
			assertThat(client.shards()).singleElement().satisfies((shard) -> {
				assertThat(shard.state()).isEqualTo(ShardState.CONNECTED);
				assertThat(shard.sessionId()).as("resumed, not identified again").isEqualTo(session);
			});
		});
	}

	@Test
	void runWhenDisabledCreatesNoClient() {
		this.simulated.withPropertyValues("discord.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DiscordClient.class)
				.doesNotHaveBean(DiscordClientLifecycle.class)
				.doesNotHaveBean(DiscordSimulator.class));
	}

	@Test
	void runWithoutTheSimulatorOnTheClasspathIgnoresSimulatorMode() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(DiscordSimulator.class))
			.withPropertyValues("discord.simulator.enabled=true", "discord.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DiscordSimulator.class));
	}

	@Test
	void runWithoutATokenFailsNamingTheProperty() {
		this.contextRunner.run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.isInstanceOf(MissingDiscordTokenException.class)
			.hasMessageContaining("'discord.token'")
			.hasMessageContaining("discord.simulator.enabled=true"));
	}

	@Test
	void runWithAnUnresolvedTokenPlaceholderFailsInsteadOfSendingIt() {
		this.contextRunner.withPropertyValues("discord.token=${SERENITY_TEST_UNSET_VARIABLE}")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(MissingDiscordTokenException.class)
				.hasMessageContaining("'discord.token' is ${SERENITY_TEST_UNSET_VARIABLE}")
				.hasMessageContaining("did not resolve"));
	}

	@Test
	void userDefinedBeansReplaceTheAutoConfiguredOnes() {
		DiscordClient own = DiscordClient.builder("own-token", 0).restUrl("http://127.0.0.1:9/api/v10").build();
		this.contextRunner.withPropertyValues("discord.token=unused")
			.withBean("ownClient", DiscordClient.class, () -> own)
			.withBean("ownRest", DiscordRest.class, own::rest)
			.withBean("ownMessages", MessageApi.class, own::messages)
			.withBean("ownApis", dev.serenity.rest.api.RestApis.class, own::api)
			.withBean("ownLifecycle", DiscordClientLifecycle.class,
					() -> new DiscordClientLifecycle(own, ShardRange.AUTO, false, null) {

						@Override
						public boolean isAutoStartup() {
							return false;
						}

					})
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(DiscordClient.class)
					.hasSingleBean(DiscordRest.class)
					.hasSingleBean(MessageApi.class)
					.hasSingleBean(dev.serenity.rest.api.RestApis.class)
					.hasSingleBean(DiscordClientLifecycle.class);
				assertThat(context.getBean(DiscordClient.class)).isSameAs(own);
				assertThat(context.getBean(DiscordClientLifecycle.class)).isSameAs(context.getBean("ownLifecycle"));
			});
	}

	@Test
	void runWithAnInvalidShardRangeFailsNamingTheProperty() {
		this.simulated.withPropertyValues("discord.shards.range=0..8", "discord.shards.total=8")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidDiscordPropertyException.class)
				.hasMessageContaining("'discord.shards.range' = '0..8'")
				.hasMessageContaining("0 to 'discord.shards.total' - 1 = 7"));
	}

	@Test
	void runWithAShardRangeStartsOnlyThoseShards() {
		this.simulated.withPropertyValues("discord.shards.range=1..2", "discord.shards.total=4")
			.run((context) -> assertThat(context.getBean(DiscordClient.class).shards())
				.extracting((shard) -> shard.id())
				.containsExactly(1, 2));
	}

	@Test
	void connectionDetailsBeanRedirectsTheClient() {
		this.contextRunner.withPropertyValues("discord.simulator.enabled=true", "discord.startup.wait-for-ready=false",
				"discord.token=ignored")
			.withBean("customDetails", DiscordConnectionDetails.class, () -> new DiscordConnectionDetails() {

				@Override
				public String token() {
					return "custom-token";
				}

				@Override
				public String restUrl() {
					return "http://127.0.0.1:9/api/v10";
				}

				@Override
				public String gatewayUrl() {
					return "ws://127.0.0.1:9/gateway";
				}

			})
			.run((context) -> assertThat(context.getBean(DiscordClient.class).restUrl())
				.isEqualTo("http://127.0.0.1:9/api/v10"));
	}

	@Test
	void customizersRunInOrderAfterTheProperties() {
		List<String> calls = new ArrayList<>();
		this.simulated.withBean("second", DiscordClientCustomizer.class, () -> new Second(calls))
			.withBean("first", DiscordClientCustomizer.class, () -> new First(calls))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(calls).containsExactly("first", "second");
			});
	}

	@Test
	void propertiesNeverPrintTheToken() {
		this.simulated.withPropertyValues("discord.token=MTIz.secret-token.XyZ")
			.run((context) -> assertThat(context.getBean(DiscordProperties.class).toString())
				.doesNotContain("secret-token")
				.contains("<redacted>"));
	}

	@Order(1)
	record First(List<String> calls) implements DiscordClientCustomizer {

		@Override
		public void customize(dev.serenity.client.DiscordClientBuilder builder) {
			this.calls.add("first");
		}

	}

	@Order(2)
	record Second(List<String> calls) implements DiscordClientCustomizer {

		@Override
		public void customize(dev.serenity.client.DiscordClientBuilder builder) {
			this.calls.add("second");
		}

	}

}
