package dev.serenity.client;

import java.net.URI;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import org.springframework.web.reactive.socket.client.WebSocketClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import reactor.netty.resources.LoopResources;

/**
 * The default WebSocket client of the gateway: Reactor Netty on event loops of the client's own, created on the first
 * connection (a client that never starts has no threads) and stopped by {@link #close()}.
 */
final class GatewayEventLoops implements AutoCloseable {

	/** Prefix of the names of the event-loop threads. */
	static final String THREAD_PREFIX = "serenity-gateway";

	private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(5);

	private static final Logger logger = LoggerFactory.getLogger(GatewayEventLoops.class);

	private static final WebSocketClient CLOSED = new WebSocketClient() {

		@Override
		public Mono<Void> execute(URI url, WebSocketHandler handler) {
			return execute(url, HttpHeaders.EMPTY, handler);
		}

		@Override
		public Mono<Void> execute(URI url, HttpHeaders headers, WebSocketHandler handler) {
			return Mono.error(new IllegalStateException("The Discord client is closed; build a new one to connect"));
		}

	};

	private final int threads;

	private final int maxFrameSize;

	private LoopResources loops;

	private WebSocketClient client;

	private boolean closed;

	GatewayEventLoops(int threads, int maxFrameSize) {
		this.threads = threads;
		this.maxFrameSize = maxFrameSize;
	}

	/**
	 * Return the WebSocket client, starting the event loops on the first call; once closed, a client whose
	 * connections fail, so that a late reconnect neither starts threads again nor throws on a scheduler.
	 * @return the client
	 */
	synchronized WebSocketClient webSocketClient() {
		if (this.closed) {
			return CLOSED;
		}
		if (this.client == null) {
			this.loops = LoopResources.create(THREAD_PREFIX, this.threads, true);
			this.client = new ReactorNettyWebSocketClient(HttpClient.create().runOn(this.loops),
					() -> WebsocketClientSpec.builder().maxFramePayloadLength(this.maxFrameSize));
		}
		return this.client;
	}

	/**
	 * Stop the event loops without waiting for them: this may run on any thread, and the shards are already
	 * disconnected.
	 */
	@Override
	public synchronized void close() {
		this.closed = true;
		if (this.loops != null) {
			this.loops.disposeLater(Duration.ZERO, SHUTDOWN_TIMEOUT)
				.subscribe(null, (ex) -> logger.warn("Gateway event loops did not stop: {}", ex.toString()));
			this.loops = null;
		}
	}

}
