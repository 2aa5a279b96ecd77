package dev.serenity.boot.autoconfigure.actuate;

import java.util.ArrayList;
import java.util.List;

import dev.serenity.boot.actuate.DiscordTokenSanitizingFunction;
import dev.serenity.client.DiscordClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of the {@link DiscordTokenSanitizingFunction} that masks the bot token in
 * {@code /actuator/env} and {@code /actuator/configprops}, whatever their {@code show-values}, when Actuator is on
 * the classpath. It applies even with {@code discord.enabled=false}.
 */
@AutoConfiguration
@ConditionalOnClass({ DiscordClient.class, SanitizingFunction.class })
public final class DiscordSanitizingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "discordTokenSanitizingFunction")
	DiscordTokenSanitizingFunction discordTokenSanitizingFunction(Environment environment,
			ObjectProvider<DiscordClient> client) {
		return new DiscordTokenSanitizingFunction(() -> {
			List<String> tokens = new ArrayList<>();
			try {
				tokens.add(environment.getProperty("discord.token"));
			}
			catch (IllegalArgumentException ex) {
				// An unresolvable placeholder: there is no token value to hide, and masking must never fail.
			}
			DiscordClient current = client.getIfUnique();
			if (current != null) {
				tokens.add(current.token().raw());
			}
			return tokens;
		});
	}

}
