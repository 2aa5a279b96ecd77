package dev.serenity.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.serenity.gateway.compression.GatewayDecompressor;
import org.reactivestreams.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.WebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * One WebSocket connection of a shard. It decompresses and frames what arrives on the Netty event loop, hands
 * control payloads to the shard and dispatches to the {@link DispatchSink}, and stops reading while the sink has no
 * room (so memory stays bounded and no event is dropped). It sends what the shard queues.
 */
final class ShardConnection {

	private static final Logger logger = LoggerFactory.getLogger(ShardConnection.class);

	/** How long a closed connection may take to end before it is cut. */
	static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

	private final Shard shard;

	private final int generation;

	private final URI uri;

	private final boolean resumeUrl;

	private final GatewayDecompressor decompressor;

	private final Sinks.Many<String> outbound = Sinks.many().unicast().onBackpressureBuffer();

	private final CompletableFuture<Void> drained = new CompletableFuture<>();

	private final AtomicBoolean closeRequested = new AtomicBoolean();

	private final AtomicBoolean finished = new AtomicBoolean();

	private volatile WebSocketSession session;

	private volatile Disposable execution;

	private volatile int closeCode = -1;

	private volatile String closeReason = "";

	private final Inbound inbound = new Inbound();

	ShardConnection(Shard shard, int generation, URI uri, boolean resumeUrl, GatewayDecompressor decompressor) {
		this.shard = shard;
		this.generation = generation;
		this.uri = uri;
		this.resumeUrl = resumeUrl;
		this.decompressor = decompressor;
	}

	int generation() {
		return this.generation;
	}

	boolean resumeUrl() {
		return this.resumeUrl;
	}

	URI uri() {
		return this.uri;
	}

	/**
	 * Return whether reading is paused because the dispatcher has no room.
	 * @return whether a dispatch waits for room
	 */
	boolean inboundPaused() {
		return this.inbound.parked != null;
	}

	/**
	 * Return a future completed once the connection ended and every dispatch it received was handed over.
	 * @return the future
	 */
	CompletableFuture<Void> drained() {
		return this.drained;
	}

	void open(WebSocketClient client) {
		this.execution = client.execute(this.uri, this::handle)
			.subscribe(null, (error) -> this.inbound.terminate(error), () -> this.inbound.terminate(null));
	}

	private Mono<Void> handle(WebSocketSession session) {
		this.session = session;
		this.shard.connectionOpened(this);
		session.send(this.outbound.asFlux().map(session::textMessage))
			.subscribe(null, (error) -> logger.debug("Shard {} send ended: {}", this.shard.id(), error.toString()));
		Mono<CloseStatus> status = session.closeStatus().doOnNext((closeStatus) -> {
			this.closeCode = closeStatus.getCode();
			this.closeReason = (closeStatus.getReason() != null) ? closeStatus.getReason() : "";
		});
		session.receive().subscribe(this.inbound);
		return status.then(Mono.fromFuture(this.drained));
	}

	/**
	 * Queue a payload for sending.
	 * @param payload the JSON payload
	 * @return whether it was queued (false once the connection is closing)
	 */
	boolean send(String payload) {
		if (this.closeRequested.get()) {
			return false;
		}
		return this.outbound.tryEmitNext(payload).isSuccess();
	}

	/**
	 * Close with a code, then cut the connection if it has not ended within {@link #CLOSE_GRACE}.
	 * @param code the close code
	 * @param reason the reason
	 */
	void close(int code, String reason) {
		if (!this.closeRequested.compareAndSet(false, true)) {
			return;
		}
		WebSocketSession current = this.session;
		if (current == null) {
			Disposable running = this.execution;
			if (running != null) {
				running.dispose();
			}
			this.inbound.terminate(null);
			return;
		}
		// The grace is I/O clean-up on the wall clock: on virtual time it would cut before the close frame is out.
		current.close(new CloseStatus(code, reason))
			.timeout(CLOSE_GRACE)
			.onErrorResume((error) -> Mono.empty())
			.doFinally((signal) -> cut())
			.subscribe();
	}

	/**
	 * End the connection at once, without a close handshake.
	 */
	void cut() {
		this.inbound.dispose();
		Disposable running = this.execution;
		if (running != null) {
			running.dispose();
		}
		this.inbound.terminate(null);
	}

	private void finish(Throwable error) {
		if (!this.finished.compareAndSet(false, true)) {
			return;
		}
		try {
			this.outbound.tryEmitComplete();
			synchronized (this.decompressor) {
				this.decompressor.close();
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Shard {} could not release its connection cleanly: {}", this.shard.id(), ex.toString());
		}
		finally {
			this.drained.complete(null);
			this.shard.connectionClosed(this, this.closeCode, this.closeReason, error);
		}
	}

	/**
	 * Receives WebSocket messages with demand of one: the next is requested only once the current one was handled,
	 * which is how the socket stops being read while the dispatcher is full.
	 */
	private final class Inbound extends BaseSubscriber<WebSocketMessage> {

		private volatile GatewayFrame parked;

		private volatile boolean terminated;

		private volatile Throwable error;

		@Override
		protected void hookOnSubscribe(Subscription subscription) {
			request(1);
		}

		@Override
		protected void hookOnNext(WebSocketMessage message) {
			GatewayFrame frame = read(message);
			if (frame != null && !handle(frame)) {
				return;
			}
			request(1);
		}

		private GatewayFrame read(WebSocketMessage message) {
			byte[] payload;
			try {
				DataBuffer buffer = message.getPayload();
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				if (message.getType() == WebSocketMessage.Type.BINARY) {
					synchronized (ShardConnection.this.decompressor) {
						payload = ShardConnection.this.decompressor.decompress(bytes);
					}
				}
				else {
					payload = bytes;
				}
			}
			catch (RuntimeException ex) {
				logger.warn("Shard {} cannot decompress a payload ({}); reconnecting", ShardConnection.this.shard.id(),
						ex.getMessage());
				ShardConnection.this.shard.protocolError(ShardConnection.this, ex.getMessage());
				return null;
			}
			if (payload == null) {
				return null;
			}
			try {
				return FrameReader.read(payload);
			}
			catch (MalformedFrameException ex) {
				logger.warn("Shard {} skipped a malformed payload of {} bytes: {}", ShardConnection.this.shard.id(),
						payload.length, ex.getMessage());
				return null;
			}
		}

		/**
		 * Offer a dispatch; returns false when it was parked (no request until it is accepted). The sink calls
		 * {@link #retry()} from another thread, never from inside {@code offer}.
		 */
		private synchronized boolean handle(GatewayFrame frame) {
			if (!ShardConnection.this.shard.frameReceived(ShardConnection.this, frame)) {
				return true;
			}
			if (offer(frame)) {
				return true;
			}
			this.parked = frame;
			return false;
		}

		private boolean offer(GatewayFrame frame) {
			return ShardConnection.this.shard.sink().offer(ShardConnection.this.shard, frame, this::retry);
		}

		private void retry() {
			synchronized (this) {
				GatewayFrame frame = this.parked;
				if (frame == null || !offer(frame)) {
					return;
				}
				this.parked = null;
			}
			if (this.terminated) {
				finish(this.error);
			}
			else {
				request(1);
			}
		}

		@Override
		protected void hookOnComplete() {
			terminate(null);
		}

		@Override
		protected void hookOnError(Throwable throwable) {
			terminate(throwable);
		}

		void terminate(Throwable cause) {
			synchronized (this) {
				if (this.terminated) {
					return;
				}
				this.error = cause;
				this.terminated = true;
				if (this.parked != null) {
					return;
				}
			}
			finish(cause);
		}

	}

}
