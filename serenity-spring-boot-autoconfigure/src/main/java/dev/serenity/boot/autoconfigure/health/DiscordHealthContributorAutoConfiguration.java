package dev.serenity.boot.autoconfigure.health;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import dev.serenity.boot.autoconfigure.DiscordAutoConfiguration;
import dev.serenity.boot.autoconfigure.DiscordClientLifecycle;
import dev.serenity.boot.health.DiscordHealthIndicator;
import dev.serenity.client.DiscordClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of the {@code discord} health contributor ({@link DiscordHealthIndicator},
 * {@code management.health.discord.enabled}), and of its membership in the {@code readiness} probe group.
 */
@AutoConfiguration(after = DiscordAutoConfiguration.class,
		afterName = "org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration")
@ConditionalOnClass({ DiscordClient.class, HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(DiscordClient.class)
@ConditionalOnEnabledHealthIndicator("discord")
public final class DiscordHealthContributorAutoConfiguration {

	/** The contributor's name: its bean name without the {@code HealthContributor} suffix. */
	static final String NAME = "discord";

	private static final String READINESS_INCLUDE = "management.endpoint.health.group.readiness.include";

	@Bean
	@ConditionalOnMissingBean(name = { "discordHealthIndicator", "discordHealthContributor" })
	DiscordHealthIndicator discordHealthContributor(DiscordClient client,
			ObjectProvider<DiscordClientLifecycle> lifecycle) {
		CompletableFuture<Void> none = CompletableFuture.completedFuture(null);
		return new DiscordHealthIndicator(client, () -> {
			DiscordClientLifecycle current = lifecycle.getIfUnique();
			return (current != null) ? current.ready() : none;
		}, Clock.systemUTC());
	}

	/**
	 * Readiness: the {@code discord} contributor joins the {@code readiness} group that Boot's availability probes
	 * create, unless the user lists that group's members.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
	@ConditionalOnBooleanProperty(name = "management.endpoint.health.probes.enabled", matchIfMissing = true)
	static class ReadinessConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "discordReadinessHealthEndpointGroupsPostProcessor")
		DiscordReadinessHealthEndpointGroupsPostProcessor discordReadinessHealthEndpointGroupsPostProcessor(
				Environment environment) {
			boolean userDefined = Binder.get(environment)
				.bind(READINESS_INCLUDE, Bindable.setOf(String.class))
				.isBound();
			return new DiscordReadinessHealthEndpointGroupsPostProcessor(userDefined ? null : NAME);
		}

	}

}
