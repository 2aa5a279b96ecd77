package dev.serenity.boot.autoconfigure.metrics;

import dev.serenity.boot.autoconfigure.DiscordAutoConfiguration;
import dev.serenity.boot.autoconfigure.DiscordClientCustomizer;
import dev.serenity.boot.metrics.DiscordMetrics;
import dev.serenity.boot.metrics.DiscordRestMetrics;
import dev.serenity.client.DiscordClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer meters of the Discord client: gateway events, shard states, latency, sessions and reconnects
 * ({@link DiscordMetrics}, bound like any {@code MeterBinder}) and REST calls and rate-limit waits
 * ({@link DiscordRestMetrics}, added to the client's REST settings by a {@link DiscordClientCustomizer}). Listener
 * calls are observed by {@link DiscordAutoConfiguration} through the {@code ObservationRegistry}, so they are timed
 * (and traced) even without this configuration.
 *
 * <p>Ordered after {@code CompositeMeterRegistryAutoConfiguration} too, as Boot's own JVM metrics are: the export
 * auto-configurations that define the registries (simple, Prometheus, ...) run before it, so
 * {@code @ConditionalOnBean(MeterRegistry.class)} sees their registries.
 */
@AutoConfiguration(after = DiscordAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ MeterRegistry.class, DiscordClient.class })
@ConditionalOnBean({ MeterRegistry.class, DiscordClient.class })
public final class DiscordMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DiscordMetrics discordMetrics(DiscordClient client) {
		return new DiscordMetrics(client, null);
	}

	@Bean
	@ConditionalOnMissingBean
	DiscordRestMetrics discordRestMetrics(MeterRegistry registry) {
		return new DiscordRestMetrics(registry, null);
	}

	@Bean
	@ConditionalOnMissingBean(name = "discordRestMetricsClientCustomizer")
	DiscordClientCustomizer discordRestMetricsClientCustomizer(ObjectProvider<DiscordRestMetrics> restMetrics) {
		return (builder) -> restMetrics.ifAvailable((metrics) -> builder.rest(metrics::applyTo));
	}

}
