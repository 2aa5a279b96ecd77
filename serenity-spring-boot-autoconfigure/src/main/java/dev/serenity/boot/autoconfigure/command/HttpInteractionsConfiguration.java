package dev.serenity.boot.autoconfigure.command;

import java.time.InstantSource;

import dev.serenity.boot.autoconfigure.InvalidDiscordPropertyException;
import dev.serenity.boot.command.HttpInteractionsHandler;
import dev.serenity.boot.command.InteractionRouter;
import dev.serenity.interaction.InteractionResponders;
import dev.serenity.interaction.InteractionSignatureVerifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.scheduler.Schedulers;

/**
 * The HTTP interactions endpoint ({@code discord.interactions.http.enabled=true}) on a reactive web application:
 * {@code POST} to {@code discord.interactions.http.path}, verified with {@code discord.interactions.http.public-key}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnBooleanProperty("discord.interactions.http.enabled")
class HttpInteractionsConfiguration {

	@Bean
	@ConditionalOnMissingBean
	InteractionSignatureVerifier interactionSignatureVerifier(DiscordInteractionsProperties properties) {
		DiscordInteractionsProperties.Http http = properties.getHttp();
		if (http.getPublicKey() == null || http.getPublicKey().isBlank()) {
			throw new InvalidDiscordPropertyException("discord.interactions.http.public-key", null,
					"the HTTP interactions endpoint needs the application's public key (64 hexadecimal digits, "
							+ "Developer Portal > General Information)");
		}
		try {
			return new InteractionSignatureVerifier(http.getPublicKey(), InstantSource.system(),
					http.getMaxTimestampAge());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDiscordPropertyException("discord.interactions.http.public-key", null, ex.getMessage());
		}
	}

	@Bean
	@ConditionalOnMissingBean
	HttpInteractionsHandler httpInteractionsHandler(InteractionSignatureVerifier verifier,
			InteractionResponders responders, InteractionRouter router) {
		return new HttpInteractionsHandler(verifier, responders, router, Schedulers.boundedElastic());
	}

	@Bean
	RouterFunction<ServerResponse> discordInteractionsRoute(HttpInteractionsHandler handler,
			DiscordInteractionsProperties properties) {
		return RouterFunctions.route(RequestPredicates.POST(properties.getHttp().getPath()), handler::handle);
	}

}
