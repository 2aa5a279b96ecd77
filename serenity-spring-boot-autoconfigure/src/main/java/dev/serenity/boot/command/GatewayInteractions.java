package dev.serenity.boot.command;

import dev.serenity.client.DiscordClient;
import dev.serenity.event.InteractionCreateEvent;
import dev.serenity.interaction.InteractionResponders;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The gateway transport of interactions: once all beans exist, registers a listener for INTERACTION_CREATE on the
 * client that routes each interaction to its handler method, on the dispatch lane that delivered it, with a
 * responder whose initial response goes to the REST callback endpoint. Interactions without a handler method are
 * left to other listeners.
 */
public final class GatewayInteractions implements SmartInitializingSingleton {

	/** Name of the listener in the client's listener registry. */
	public static final String LISTENER_NAME = "interaction-handlers";

	private final DiscordClient client;

	private final InteractionResponders responders;

	private final InteractionRouter router;

	/**
	 * Create the transport.
	 * @param client the client
	 * @param responders opens the responder of each interaction
	 * @param router routes interactions to their handlers
	 */
	public GatewayInteractions(DiscordClient client, InteractionResponders responders, InteractionRouter router) {
		this.client = client;
		this.responders = responders;
		this.router = router;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.client.listeners()
			.add(InteractionCreateEvent.class,
					(event, context) -> this.router.route(event.interaction(), this.responders::open), LISTENER_NAME);
	}

	@Override
	public String toString() {
		return "GatewayInteractions[" + this.router + "]";
	}

}
