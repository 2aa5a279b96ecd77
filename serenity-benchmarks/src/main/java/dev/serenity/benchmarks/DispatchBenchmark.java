package dev.serenity.benchmarks;

import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import dev.serenity.client.DiscordClient;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.gateway.DispatchSink;
import dev.serenity.gateway.FrameReader;
import dev.serenity.gateway.GatewayConfig;
import dev.serenity.gateway.GatewayFrame;
import dev.serenity.gateway.GatewayIntent;
import dev.serenity.gateway.Shard;
import dev.serenity.gateway.ShardEnvironment;
import dev.serenity.gateway.identify.IdentifyQueue;
import dev.serenity.gateway.session.SessionStore;
import dev.serenity.model.Message;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.web.reactive.socket.client.WebSocketClient;

/**
 * Frame to listener: a received MESSAGE_CREATE payload goes through {@link FrameReader} (as on the shard's event
 * loop), is offered to the client's own dispatcher (the {@link DispatchSink} a started client gives its shards), is
 * decoded on the guild's listener lane and reaches one typed listener that reads {@code content} and
 * {@code author.id}. One operation is one message; an invocation hands over {@value #BATCH} messages and waits until
 * the listener has seen them all, so the time includes the hand-off to the lane's thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DispatchBenchmark {

	/** Messages handed over per invocation. */
	public static final int BATCH = 1000;

	private final AtomicLong delivered = new AtomicLong();

	private long checksum;

	private volatile Thread waiter;

	private long target;

	private byte[][] payloads;

	private DiscordClient client;

	private DispatchSink sink;

	private Shard shard;

	/**
	 * Build a client (not started) with one listener, and a shard that hands its frames to the client's dispatcher.
	 * @throws ReflectiveOperationException if the client's dispatcher cannot be reached
	 */
	@Setup(Level.Trial)
	public void setUp() throws ReflectiveOperationException {
		this.payloads = new byte[BATCH][];
		for (int i = 0; i < BATCH; i++) {
			this.payloads[i] = GatewayPayloads.messageCreate(i + 1);
		}
		long intents = GatewayIntent.GUILD_MESSAGES.bit() | GatewayIntent.MESSAGE_CONTENT.bit();
		this.client = DiscordClient.builder("MTA.benchmark.token", intents)
			.laneCapacity(BATCH)
			.listener(MessageCreateEvent.class, (event, context) -> onMessage(event.message()))
			.build();
		Field field = DiscordClient.class.getDeclaredField("dispatcher");
		field.setAccessible(true);
		this.sink = (DispatchSink) field.get(this.client);
		this.shard = new Shard(0, 1, GatewayConfig.builder(this.client.token(), intents).build(),
				new SinkOnlyEnvironment(this.sink));
	}

	private void onMessage(Message message) {
		this.checksum += message.content().length() + message.author().id().value();
		if (this.delivered.incrementAndGet() == this.target) {
			LockSupport.unpark(this.waiter);
		}
	}

	/**
	 * Close the client, which stops its lanes.
	 */
	@TearDown(Level.Trial)
	public void tearDown() {
		this.client.close();
	}

	/**
	 * Hand over {@value #BATCH} MESSAGE_CREATE frames and wait until the listener has read them all.
	 * @return the listener's checksum
	 */
	@Benchmark
	@OperationsPerInvocation(BATCH)
	public long frameToListener() {
		this.waiter = Thread.currentThread();
		this.target = this.delivered.get() + BATCH;
		for (byte[] payload : this.payloads) {
			GatewayFrame frame = FrameReader.read(payload);
			if (!this.sink.offer(this.shard, frame, () -> {
			})) {
				throw new IllegalStateException("The lane is full although it holds " + BATCH);
			}
		}
		while (this.delivered.get() < this.target) {
			LockSupport.parkNanos(this, 50_000);
		}
		return this.checksum;
	}

	/**
	 * A shard environment that only has the dispatcher; nothing connects.
	 */
	private record SinkOnlyEnvironment(DispatchSink sink) implements ShardEnvironment {

		@Override
		public String gatewayUrl() {
			return "ws://127.0.0.1:1";
		}

		@Override
		public IdentifyQueue identifyQueue() {
			return null;
		}

		@Override
		public SessionStore sessionStore() {
			return null;
		}

		@Override
		public WebSocketClient webSocketClient() {
			return null;
		}

	}

}
