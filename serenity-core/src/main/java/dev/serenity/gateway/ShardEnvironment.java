package dev.serenity.gateway;

import dev.serenity.gateway.identify.IdentifyQueue;
import dev.serenity.gateway.session.SessionStore;
import org.springframework.web.reactive.socket.client.WebSocketClient;

/**
 * What the shards of a client share: where to connect, whom to ask before IDENTIFY, where sessions are kept, where
 * events go, and the WebSocket client.
 */
public interface ShardEnvironment {

	/**
	 * Return the gateway URL to IDENTIFY at (from {@code GET /gateway/bot} or an override), without query.
	 * @return e.g. {@code wss://gateway.discord.gg}
	 */
	String gatewayUrl();

	IdentifyQueue identifyQueue();

	SessionStore sessionStore();

	DispatchSink sink();

	WebSocketClient webSocketClient();

}
