package dev.serenity.boot.autoconfigure.actuate;

import java.time.Clock;

import dev.serenity.boot.actuate.DiscordEndpoint;
import dev.serenity.boot.autoconfigure.DiscordAutoConfiguration;
import dev.serenity.boot.autoconfigure.DiscordConnectionDetails;
import dev.serenity.client.DiscordClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code discord} actuator endpoint ({@link DiscordEndpoint}), when it is available
 * (enabled and exposed) and a {@link DiscordClient} exists.
 */
@AutoConfiguration(after = DiscordAutoConfiguration.class)
@ConditionalOnClass({ DiscordClient.class, Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnBean(DiscordClient.class)
@ConditionalOnAvailableEndpoint(DiscordEndpoint.class)
public final class DiscordEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DiscordEndpoint discordEndpoint(DiscordClient client, ObjectProvider<DiscordConnectionDetails> connection) {
		DiscordConnectionDetails details = connection.getIfUnique();
		return new DiscordEndpoint(client, (details != null) ? details.gatewayUrl() : null, Clock.systemUTC());
	}

}
