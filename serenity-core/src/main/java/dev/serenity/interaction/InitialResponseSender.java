package dev.serenity.interaction;

import dev.serenity.model.Interaction;
import dev.serenity.rest.api.InteractionApi;
import dev.serenity.rest.api.InteractionResponse;
import reactor.core.publisher.Mono;

/**
 * Sends the initial response of an interaction: over REST ({@code POST .../callback}) for interactions received
 * through the gateway, or as the body of the HTTP answer for interactions Discord posted to the application's
 * interactions endpoint.
 */
@FunctionalInterface
public interface InitialResponseSender {

	/**
	 * Send the initial response.
	 * @param interaction the interaction
	 * @param response the response
	 * @return completes when Discord accepted it
	 */
	Mono<Void> send(Interaction interaction, InteractionResponse response);

	/**
	 * The gateway transport: the callback endpoint of the REST API.
	 * @param api the interaction endpoints
	 * @return the sender
	 */
	static InitialResponseSender rest(InteractionApi api) {
		return api::respond;
	}

}
