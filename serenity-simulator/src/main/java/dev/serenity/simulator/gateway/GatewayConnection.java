package dev.serenity.simulator.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import dev.serenity.simulator.gateway.compression.PlainEncoder;
import dev.serenity.simulator.gateway.compression.TransportEncoder;
import dev.serenity.simulator.record.CloseRecord;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client WebSocket connection to the gateway. Incoming frames go to {@link GatewayProtocol}; outgoing payloads
 * are queued and written by the connection's event loop in queue order, through the connection's
 * {@link TransportEncoder}.
 */
public final class GatewayConnection extends SimpleChannelInboundHandler<WebSocketFrame> {

	private static final Logger logger = LoggerFactory.getLogger(GatewayConnection.class);

	private static final AtomicLong IDS = new AtomicLong();

	private final long id = IDS.incrementAndGet();

	private final Gateway gateway;

	private final Channel channel;

	private final String url;

	private final boolean resumeUrl;

	private TransportEncoder encoder;

	private final Queue<Object> outbound = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean drainScheduled = new AtomicBoolean();

	private final ArrayDeque<Instant> recentFrames = new ArrayDeque<>();

	private volatile GatewaySession session;

	private volatile Instant lastHeartbeat;

	private volatile boolean closing;

	private volatile boolean closeRecorded;

	private boolean authenticated;

	private boolean wireClosed;

	private MessageFlood flood;

	GatewayConnection(Gateway gateway, Channel channel, String url, boolean resumeUrl, TransportEncoder encoder) {
		this.gateway = gateway;
		this.channel = channel;
		this.url = url;
		this.resumeUrl = resumeUrl;
		this.encoder = encoder;
		this.lastHeartbeat = gateway.now();
	}

	public long id() {
		return this.id;
	}

	public String url() {
		return this.url;
	}

	public boolean resumeUrl() {
		return this.resumeUrl;
	}

	/**
	 * Return the shard of this connection's session.
	 * @return the shard id, or -1 before IDENTIFY or RESUME succeeded
	 */
	public int shardId() {
		GatewaySession current = this.session;
		return (current != null) ? current.shardId() : -1;
	}

	public GatewaySession session() {
		return this.session;
	}

	Channel channel() {
		return this.channel;
	}

	boolean authenticated() {
		return this.authenticated;
	}

	void authenticated(GatewaySession session) {
		this.authenticated = true;
		this.session = session;
	}

	boolean encoderIsPlain() {
		return this.encoder instanceof PlainEncoder;
	}

	void encoder(TransportEncoder encoder) {
		this.encoder = encoder;
	}

	Instant lastHeartbeat() {
		return this.lastHeartbeat;
	}

	void heartbeatReceived(Instant at) {
		this.lastHeartbeat = at;
	}

	boolean closing() {
		return this.closing;
	}

	/**
	 * Count a frame against the send limit.
	 * @param now the current time
	 * @param limit frames allowed per window
	 * @param window the window
	 * @return whether the frame is within the limit
	 */
	boolean admitFrame(Instant now, int limit, Duration window) {
		Instant start = now.minus(window);
		while (!this.recentFrames.isEmpty() && !this.recentFrames.peekFirst().isAfter(start)) {
			this.recentFrames.pollFirst();
		}
		this.recentFrames.addLast(now);
		return this.recentFrames.size() <= limit;
	}

	/**
	 * Queue a non-dispatch payload (HELLO, ACK, op 7, op 9, ...).
	 * @param json the payload
	 */
	public void send(String json) {
		enqueue(json.getBytes(StandardCharsets.UTF_8), null);
	}

	/**
	 * Queue a payload; the event loop writes queued payloads in order.
	 * @param json the payload
	 * @param type the dispatch name, or {@code null}
	 */
	void enqueue(byte[] json, String type) {
		this.outbound.add(new Outgoing(json, type));
		scheduleDrain();
	}

	/**
	 * Close the connection with a close frame, after everything queued before.
	 * @param code the close code
	 * @param reason the reason
	 */
	public void close(int code, String reason) {
		if (this.closing) {
			return;
		}
		this.closing = true;
		logger.info("Gateway connection {} (shard {}) closed by the simulator with {}: {}", this.id, shardId(), code,
				reason);
		recordClose(CloseRecord.Initiator.SERVER, code, reason);
		GatewaySession current = this.session;
		if (current != null && !CloseCodes.keepsSessionAfterServerClose(code)) {
			this.gateway.invalidate(current);
		}
		this.outbound.add(new Closing(code, reason));
		scheduleDrain();
	}

	/**
	 * Drop the connection without a close frame, as a network failure would.
	 * @param reason why, for the log
	 */
	public void drop(String reason) {
		if (this.closing) {
			return;
		}
		this.closing = true;
		logger.info("Gateway connection {} (shard {}) dropped by the simulator: {}", this.id, shardId(), reason);
		recordClose(CloseRecord.Initiator.SERVER, -1, reason);
		this.outbound.add(Dropping.INSTANCE);
		scheduleDrain();
	}

	private void scheduleDrain() {
		if (this.drainScheduled.compareAndSet(false, true)) {
			this.channel.eventLoop().execute(this::drain);
		}
	}

	/**
	 * Write everything queued; runs on the event loop.
	 */
	void drain() {
		this.drainScheduled.set(false);
		Duration delay = this.gateway.faults(shardId()).frameDelay();
		Object item;
		boolean wrote = false;
		while ((item = this.outbound.poll()) != null) {
			if (!this.channel.isActive()) {
				continue;
			}
			if (!delay.isZero()) {
				Object delayed = item;
				this.channel.eventLoop().schedule(() -> {
					write(delayed);
					this.channel.flush();
				}, delay.toNanos(), TimeUnit.NANOSECONDS);
			}
			else {
				write(item);
				wrote = true;
			}
		}
		if (wrote) {
			this.channel.flush();
		}
	}

	private void write(Object item) {
		if (!this.channel.isActive() || this.wireClosed) {
			return;
		}
		if (item instanceof Outgoing frame) {
			this.channel.write(this.encoder.encode(this.channel.alloc(), frame.json(), frame.type()),
					this.channel.voidPromise());
			FaultPlan plan = (frame.type() != null) ? this.gateway.faults(shardId()).plan() : null;
			if (plan != null) {
				plan.afterDispatch(this.gateway, this);
			}
		}
		else if (item instanceof Closing closing) {
			this.wireClosed = true;
			this.channel.writeAndFlush(new CloseWebSocketFrame(closing.code(), closing.reason()))
				.addListener(ChannelFutureListener.CLOSE);
		}
		else {
			this.wireClosed = true;
			this.channel.close();
		}
	}

	@Override
	protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
		if (frame instanceof CloseWebSocketFrame close) {
			int code = close.statusCode();
			String reason = close.reasonText();
			if (!this.closeRecorded) {
				recordClose(CloseRecord.Initiator.CLIENT, code, (reason != null) ? reason : "");
				this.gateway.clientClosed(this, code);
			}
			this.closing = true;
			ctx.writeAndFlush(new CloseWebSocketFrame(code, reason)).addListener(ChannelFutureListener.CLOSE);
			return;
		}
		if (frame instanceof PingWebSocketFrame) {
			ctx.writeAndFlush(new PongWebSocketFrame(frame.content().retain()));
			return;
		}
		if (this.closing || frame instanceof PongWebSocketFrame) {
			return;
		}
		if (frame instanceof TextWebSocketFrame) {
			this.gateway.protocol().receive(this, frame.content());
		}
		else if (frame instanceof BinaryWebSocketFrame) {
			this.gateway.protocol().rejectBinary(this, frame.content());
		}
	}

	@Override
	public void channelWritabilityChanged(ChannelHandlerContext ctx) {
		if (ctx.channel().isWritable() && this.flood != null) {
			this.flood.pump(this);
		}
		ctx.fireChannelWritabilityChanged();
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) {
		if (!this.closeRecorded) {
			recordClose(CloseRecord.Initiator.CLIENT, -1, "connection dropped");
		}
		this.closing = true;
		this.flood = null;
		this.gateway.connectionClosed(this);
		this.encoder.close();
		ctx.fireChannelInactive();
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		if (cause instanceof java.nio.channels.ClosedChannelException) {
			return;
		}
		logger.info("Gateway connection {} (shard {}) failed: {}", this.id, shardId(), cause.toString());
		ctx.close();
	}

	/**
	 * Run a flood on this connection's event loop.
	 * @param flood the flood
	 */
	void startFlood(MessageFlood flood) {
		this.channel.eventLoop().execute(() -> {
			if (this.channel.isActive() && !this.closing) {
				this.flood = flood;
				flood.pump(this);
			}
		});
	}

	/**
	 * Forget the flood once it finished; called on the event loop.
	 * @param flood the flood
	 */
	void floodFinished(MessageFlood flood) {
		if (this.flood == flood) {
			this.flood = null;
		}
	}

	boolean writable() {
		return this.channel.isActive() && !this.closing && this.channel.isWritable();
	}

	private void recordClose(CloseRecord.Initiator initiator, int code, String reason) {
		this.closeRecorded = true;
		this.gateway.recorder()
			.close(new CloseRecord(this.id, shardId(), initiator, code, reason, this.gateway.now()));
	}

	@Override
	public String toString() {
		return "GatewayConnection[id=" + this.id + ", shard=" + shardId() + ", url=" + this.url + "]";
	}

	private record Outgoing(byte[] json, String type) {
	}

	private record Closing(int code, String reason) {
	}

	private enum Dropping {

		INSTANCE

	}

}
