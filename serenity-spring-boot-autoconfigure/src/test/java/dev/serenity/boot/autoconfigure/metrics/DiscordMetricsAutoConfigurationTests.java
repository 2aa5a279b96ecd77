package dev.serenity.boot.autoconfigure.metrics;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.serenity.boot.autoconfigure.DiscordAutoConfiguration;
import dev.serenity.boot.autoconfigure.simulator.DiscordSimulatorAutoConfiguration;
import dev.serenity.boot.listener.DiscordListener;
import dev.serenity.boot.metrics.DiscordMetrics;
import dev.serenity.boot.metrics.DiscordRestMetrics;
import dev.serenity.client.DiscordClient;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.gateway.ShardState;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.api.MessageApi;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorControl;
import dev.serenity.simulator.http.RateLimitScope;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link DiscordMetricsAutoConfiguration} on the embedded simulator: meters count what the simulator sent and what the
 * bot did, and the configuration backs off without a {@link MeterRegistry}, without Micrometer or without a client.
 */
class DiscordMetricsAutoConfigurationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class, DiscordAutoConfiguration.class,
				DiscordSimulatorAutoConfiguration.class, DiscordMetricsAutoConfiguration.class))
		.withPropertyValues("discord.simulator.enabled=true",
				"discord.intents=GUILDS,GUILD_MESSAGES,MESSAGE_CONTENT");

	private final ApplicationContextRunner withRegistry = this.contextRunner.withBean(SimpleMeterRegistry.class,
			SimpleMeterRegistry::new);

	@Test
	void countsEachDispatchByTypeAndShard() {
		this.withRegistry.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			SimulatorControl control = control(context);
			SimulatorControl.GuildWithMember scene = control.createGuildWithMember("Metrics", "alice");
			for (int i = 0; i < 5; i++) {
				control.say(scene.member().id(), scene.channel().id(), "message " + i);
			}
			await().atMost(TIMEOUT).until(() -> count(registry, "MESSAGE_CREATE") == 5.0);
			assertThat(registry.get(DiscordMetrics.EVENTS).tags("type", "MESSAGE_CREATE", "shard", "0").counter()
				.count()).isEqualTo(5.0);
			assertThat(count(registry, "READY")).isEqualTo(1.0);
		});
	}

	@Test
	void countsDispatchesThisLibraryDoesNotKnowAsUnknown() {
		this.withRegistry.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			SimulatorControl control = control(context);
			control.dispatch("SOMETHING_NEW", 0, JsonNodeFactory.instance.objectNode().put("x", 1));
			control.dispatch("SOMETHING_ELSE", 0, JsonNodeFactory.instance.objectNode());
			await().atMost(TIMEOUT).until(() -> count(registry, DiscordMetrics.UNKNOWN_TYPE) == 2.0);
			assertThat(registry.find(DiscordMetrics.EVENTS).tag("type", "SOMETHING_NEW").counter()).isNull();
		});
	}

	@Test
	void measuresShardStatesLatencyAndSessions() {
		this.withRegistry.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(shards(registry, ShardState.CONNECTED)).isEqualTo(1.0);
			assertThat(shards(registry, ShardState.FATALLY_CLOSED)).isZero();
			await().atMost(TIMEOUT)
				.until(() -> Search.in(registry).name(DiscordMetrics.SESSIONS).tag("shard", "0").counter() != null
						&& registry.get(DiscordMetrics.SESSIONS).counter().count() == 1.0);
			assertThat(registry.get(DiscordMetrics.LATENCY).tag("shard", "0").timeGauge()).isNotNull();
		});
	}

	@Test
	void countsReconnectAttemptsAndResumes() {
		this.withRegistry.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(control(context).shard(0).reconnect()).isOne();
			await().atMost(TIMEOUT)
				.until(() -> registry.find(DiscordMetrics.RESUMES).tag("shard", "0").counter() != null
						&& registry.get(DiscordMetrics.RESUMES).counter().count() == 1.0);
			assertThat(registry.get(DiscordMetrics.RECONNECTS).tags("shard", "0", "resume", "true").counter().count())
				.isEqualTo(1.0);
			assertThat(registry.get(DiscordMetrics.SESSIONS).tag("shard", "0").counter().count()).isEqualTo(1.0);
			await().atMost(TIMEOUT).until(() -> shards(registry, ShardState.CONNECTED) == 1.0);
		});
	}

	@Test
	void timesRestCallsByRouteTemplate() {
		this.withRegistry.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			SimulatorControl.GuildWithMember scene = control(context).createGuildWithMember("Rest", "bob");
			context.getBean(MessageApi.class).say(Snowflake.of(scene.channel().id()), "hello").block(TIMEOUT);
			Timer timer = registry.get(DiscordRestMetrics.REQUESTS)
				.tags("route", "/channels/{channel.id}/messages", "method", "POST", "status", "200", "outcome",
						"SUCCESS")
				.timer();
			assertThat(timer.count()).isOne();
			assertThat(registry.find(DiscordRestMetrics.REQUESTS).meters())
				.allSatisfy((meter) -> assertThat(meter.getId().getTag("route")).doesNotContain(
						Long.toString(scene.channel().id())));
		});
	}

	@Test
	void timesRateLimitWaitsByRouteAndScope() {
		this.withRegistry.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			SimulatorControl control = control(context);
			SimulatorControl.GuildWithMember scene = control.createGuildWithMember("Limits", "carol");
			control.forceRateLimit(RateLimitScope.SHARED, "POST /channels/{channel_id}/messages",
					Duration.ofMillis(50));
			context.getBean(MessageApi.class).say(Snowflake.of(scene.channel().id()), "limited").block(TIMEOUT);
			Timer waits = registry.get(DiscordRestMetrics.RATE_LIMIT)
				.tags("route", "/channels/{channel.id}/messages", "scope", "SHARED")
				.timer();
			assertThat(waits.count()).isOne();
			assertThat(registry.get(DiscordRestMetrics.REQUESTS)
				.tags("route", "/channels/{channel.id}/messages", "status", "200")
				.timer()
				.count()).isOne();
		});
	}

	@Test
	void observesListenerCallsWithTheirOutcome() {
		this.withRegistry.withBean(ObservationRegistry.class, ObservationRegistry::create)
			.withBean(Listeners.class)
			.run((context) -> {
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				context.getBean(ObservationRegistry.class)
					.observationConfig()
					.observationHandler(new DefaultMeterObservationHandler(registry));
				SimulatorControl control = control(context);
				SimulatorControl.GuildWithMember scene = control.createGuildWithMember("Observed", "dave");
				control.say(scene.member().id(), scene.channel().id(), "fine");
				control.say(scene.member().id(), scene.channel().id(), "boom");
				control.say(scene.member().id(), scene.channel().id(), "fine again");
				Listeners listeners = context.getBean(Listeners.class);
				await().atMost(TIMEOUT).until(() -> listeners.seen.size() == 3);
				await().atMost(TIMEOUT)
					.until(() -> listenerCalls(registry, "SUCCESS") == 2 && listenerCalls(registry, "ERROR") == 1);
			});
	}

	@Test
	void bindsToTheRegistryThatBootsExportAutoConfigurationDefines() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(SimpleMetricsExportAutoConfiguration.class,
					CompositeMeterRegistryAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasSingleBean(DiscordMetrics.class).hasSingleBean(DiscordRestMetrics.class);
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				await().atMost(TIMEOUT).until(() -> count(registry, "READY") == 1.0);
			});
	}

	@Test
	void bootsMeterFilterPropertyTurnsTheMetersOff() {
		this.withRegistry.withPropertyValues("management.metrics.enable.discord=false").run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			SimulatorControl control = control(context);
			SimulatorControl.GuildWithMember scene = control.createGuildWithMember("Quiet", "frank");
			context.getBean(MessageApi.class).say(Snowflake.of(scene.channel().id()), "hello").block(TIMEOUT);
			assertThat(context).hasSingleBean(DiscordMetrics.class);
			assertThat(registry.find(DiscordRestMetrics.REQUESTS).meters()).isEmpty();
			assertThat(registry.find(DiscordMetrics.SHARDS).meters()).isEmpty();
		});
	}

	@Test
	void noMeterRegistryMeansNoMetricsBeans() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(DiscordClient.class)
				.doesNotHaveBean(DiscordMetrics.class)
				.doesNotHaveBean(DiscordRestMetrics.class)
				.doesNotHaveBean("discordRestMetricsClientCustomizer");
		});
	}

	@Test
	void withoutMicrometerNothingIsConfiguredAndTheClientStillWorks() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("io.micrometer.core"))
			.withBean(Listeners.class)
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.doesNotHaveBean(DiscordMetrics.class)
					.doesNotHaveBean(DiscordRestMetrics.class);
				SimulatorControl control = control(context);
				SimulatorControl.GuildWithMember scene = control.createGuildWithMember("Plain", "erin");
				control.say(scene.member().id(), scene.channel().id(), "hello");
				await().atMost(TIMEOUT).until(() -> context.getBean(Listeners.class).seen.contains("hello"));
			});
	}

	@Test
	void aDisabledClientMeansNoMetricsBeans() {
		this.withRegistry.withPropertyValues("discord.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DiscordClient.class)
				.doesNotHaveBean(DiscordMetrics.class)
				.doesNotHaveBean(DiscordRestMetrics.class));
	}

	@Test
	void userDefinedMetricsBeansReplaceTheDefaults() {
		this.withRegistry.withUserConfiguration(CustomMetricsConfiguration.class).run((context) -> {
			assertThat(context).getBeans(DiscordMetrics.class).containsOnlyKeys("customMetrics");
			assertThat(context).getBeans(DiscordRestMetrics.class).containsOnlyKeys("customRestMetrics");
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get(DiscordMetrics.SHARDS).tags("bot", "custom", "state", "CONNECTED").gauge().value())
				.isEqualTo(1.0);
		});
	}

	private static SimulatorControl control(AssertableApplicationContext context) {
		return context.getBean(DiscordSimulator.class).control();
	}

	private static double count(MeterRegistry registry, String type) {
		return registry.find(DiscordMetrics.EVENTS).tag("type", type).counters().stream()
			.mapToDouble((counter) -> counter.count())
			.sum();
	}

	private static double shards(MeterRegistry registry, ShardState state) {
		return registry.get(DiscordMetrics.SHARDS).tag("state", state.name()).gauge().value();
	}

	private static long listenerCalls(MeterRegistry registry, String outcome) {
		Timer timer = registry.find("discord.listener")
			.tags("listener", "Listeners.onMessage", "event", "MESSAGE_CREATE", "outcome", outcome)
			.timer();
		return (timer != null) ? timer.count() : 0;
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomMetricsConfiguration {

		@Bean
		DiscordMetrics customMetrics(DiscordClient client) {
			return new DiscordMetrics(client, Tags.of("bot", "custom"));
		}

		@Bean
		DiscordRestMetrics customRestMetrics(MeterRegistry registry) {
			return new DiscordRestMetrics(registry, Tags.of("bot", "custom"));
		}

	}

	static class Listeners {

		final List<String> seen = new CopyOnWriteArrayList<>();

		@DiscordListener
		void onMessage(MessageCreateEvent event) {
			this.seen.add(event.message().content());
			if ("boom".equals(event.message().content())) {
				throw new IllegalStateException("boom");
			}
		}

	}

}
