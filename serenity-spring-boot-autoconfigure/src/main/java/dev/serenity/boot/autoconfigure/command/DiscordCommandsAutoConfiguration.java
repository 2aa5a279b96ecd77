package dev.serenity.boot.autoconfigure.command;

import dev.serenity.boot.autoconfigure.DiscordAutoConfiguration;
import dev.serenity.boot.autoconfigure.InvalidDiscordPropertyException;
import dev.serenity.boot.command.CommandSynchronizer;
import dev.serenity.boot.command.GatewayInteractions;
import dev.serenity.boot.command.InteractionHandlerAnnotationBeanPostProcessor;
import dev.serenity.boot.command.InteractionHandlerRegistry;
import dev.serenity.boot.command.InteractionRouter;
import dev.serenity.client.DiscordClient;
import dev.serenity.interaction.InteractionResponders;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Role;

/**
 * Application commands and interactions: finds the {@code @SlashCommand}, {@code @UserCommand},
 * {@code @MessageCommand}, {@code @Autocomplete}, {@code @ComponentHandler} and {@code @ModalHandler} methods, routes
 * INTERACTION_CREATE to them with a responder that defers automatically, synchronizes the declared commands at
 * start-up ({@code discord.commands.*}) and, with {@code discord.interactions.http.enabled}, serves the HTTP
 * interactions endpoint.
 */
@AutoConfiguration(after = DiscordAutoConfiguration.class)
@ConditionalOnBean(DiscordClient.class)
@EnableConfigurationProperties({ DiscordCommandsProperties.class, DiscordInteractionsProperties.class })
@Import(HttpInteractionsConfiguration.class)
public final class DiscordCommandsAutoConfiguration {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static InteractionHandlerAnnotationBeanPostProcessor interactionHandlerAnnotationBeanPostProcessor() {
		return new InteractionHandlerAnnotationBeanPostProcessor();
	}

	@Bean
	@ConditionalOnMissingBean
	InteractionHandlerRegistry interactionHandlerRegistry() {
		return new InteractionHandlerRegistry();
	}

	@Bean
	@ConditionalOnMissingBean
	InteractionResponders interactionResponders(DiscordClient client, DiscordInteractionsProperties properties) {
		DiscordInteractionsProperties.AutoDefer autoDefer = properties.getAutoDefer();
		InteractionResponders.Builder builder = InteractionResponders.builder(client.rest())
			.autoDefer(autoDefer.isEnabled())
			.deferEphemeral(autoDefer.isEphemeral());
		try {
			builder.autoDeferAfter(autoDefer.getAfter());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDiscordPropertyException("discord.interactions.auto-defer.after", autoDefer.getAfter(),
					"a duration more than 0 and less than 3s (Discord's deadline), e.g. 2s");
		}
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	InteractionRouter interactionRouter(InteractionHandlerRegistry registry, DiscordInteractionsProperties properties) {
		return new InteractionRouter(registry, properties.getErrorReply());
	}

	@Bean
	@ConditionalOnMissingBean
	GatewayInteractions gatewayInteractions(DiscordClient client, InteractionResponders responders,
			InteractionRouter router) {
		return new GatewayInteractions(client, responders, router);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "discord.commands.sync", matchIfMissing = true)
	CommandSynchronizer commandSynchronizer(DiscordClient client, InteractionHandlerRegistry registry,
			DiscordCommandsProperties properties) {
		return new CommandSynchronizer(client, registry, properties.getGuildIds(), properties.isDryRun(),
				DiscordClient.DEFAULT_REST_TIMEOUT);
	}

}
