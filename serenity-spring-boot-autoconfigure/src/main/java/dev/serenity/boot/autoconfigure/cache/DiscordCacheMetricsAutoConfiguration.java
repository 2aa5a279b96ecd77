package dev.serenity.boot.autoconfigure.cache;

import dev.serenity.boot.metrics.DiscordCacheMetrics;
import dev.serenity.cache.DiscordCache;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer meters of the Discord cache ({@link DiscordCacheMetrics}), when a {@code MeterRegistry} exists;
 * ordered after the registries' auto-configurations as {@code DiscordMetricsAutoConfiguration} is.
 */
@AutoConfiguration(after = DiscordCacheAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ MeterRegistry.class, DiscordCache.class })
@ConditionalOnBean({ MeterRegistry.class, DiscordCache.class })
public final class DiscordCacheMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DiscordCacheMetrics discordCacheMetrics(DiscordCache cache) {
		return new DiscordCacheMetrics(cache, null);
	}

}
