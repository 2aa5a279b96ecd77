package dev.serenity.boot.autoconfigure;

import dev.serenity.client.DiscordClientBuilder;

/**
 * Customizes the {@link DiscordClientBuilder} before the client is built; beans of this type are applied in
 * {@link org.springframework.core.annotation.Order order}, after the properties.
 */
@FunctionalInterface
public interface DiscordClientCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the client's builder
	 */
	void customize(DiscordClientBuilder builder);

}
