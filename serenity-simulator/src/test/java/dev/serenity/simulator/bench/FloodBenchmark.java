package dev.serenity.simulator.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.SimulatorControl;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimUser;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakerFactory;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.ScheduledFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One-connection MESSAGE_CREATE throughput of the simulator's gateway on loopback. Not a test: run it with
 *
 * <pre>
 * ./mvnw -q -pl serenity-simulator test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.serenity.simulator.bench.FloodBenchmark [-Dexec.args="--compress=zlib-stream"]
 * </pre>
 *
 * It starts a simulator with one guild, connects one gateway client written with plain Netty, IDENTIFYs with
 * GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT, waits for READY, heartbeats as HELLO asks, then floods the guild's
 * text channel: a warm-up flood, then the measured ones. Per flood frame the client only checks that the frame is a
 * text frame (with {@code compress=zlib-stream}: a binary frame it inflates with the connection's one
 * {@link Inflater}) whose payload starts with {@code {"t":"MESSAGE_CREATE"}, counts it and its size, and reads
 * {@code s} from the first and the last one to prove that no dispatch is missing. A run's time is from the
 * {@code flood} call to the arrival of its last frame.
 *
 * <p>
 * Options: {@code --count=N} (messages per measured flood, default 1,000,000), {@code --warmup=N} (default
 * 1,000,000: 200,000 leaves the first measured run visibly slower; 0 to skip), {@code --runs=N} (default 3),
 * {@code --compress=zlib-stream}.
 */
public final class FloodBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final byte[] PREFIX = "{\"t\":\"MESSAGE_CREATE\"".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SEQ_PREFIX = "{\"t\":\"MESSAGE_CREATE\",\"s\":".getBytes(StandardCharsets.US_ASCII);

	/** GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT. */
	private static final long INTENTS = 513 | 32768;

	private static final Duration FLOOD_TIMEOUT = Duration.ofMinutes(5);

	private FloodBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		long count = 1_000_000;
		long warmup = 1_000_000;
		int runs = 3;
		String compress = null;
		for (String arg : args) {
			for (String option : arg.trim().split("\\s+")) {
				if (option.isEmpty()) {
					continue;
				}
				String[] pair = option.split("=", 2);
				String value = (pair.length > 1) ? pair[1].replace("_", "").replace(",", "") : "";
				switch (pair[0]) {
					case "--count" -> count = Long.parseLong(value);
					case "--warmup" -> warmup = Long.parseLong(value);
					case "--runs" -> runs = Integer.parseInt(value);
					case "--compress" -> compress = value.isEmpty() || value.equals("none") ? null : pair[1];
					default -> throw new IllegalArgumentException("Unknown option '" + option
							+ "'; options: --count=N --warmup=N --runs=N --compress=zlib-stream");
				}
			}
		}
		if (compress != null && !compress.equals("zlib-stream")) {
			throw new IllegalArgumentException("Only --compress=zlib-stream is supported by this client");
		}
		printEnvironment(count, warmup, runs, compress);

		EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("bench-client", true),
				NioIoHandler.newFactory());
		try (DiscordSimulator discord = DiscordSimulator.start(SimulatorConfig.builder().guilds(1).build())) {
			SimulatorControl control = discord.control();
			SimGuild guild = control.world().guilds().get(0);
			long channelId = control.defaultChannel(guild.id()).id();
			SimUser author = control.createUser("flooder");
			control.addMember(guild.id(), author.id());

			Client client = Client.connect(group, discord.gatewayUrl(), compress, discord.token());
			try {
				flood(control, client, channelId, author.id(), 1);
				System.out.printf(Locale.ROOT, "sample payload    %s%n%n", client.sample);
				if (warmup > 0) {
					Result result = flood(control, client, channelId, author.id(), warmup);
					System.out.printf(Locale.ROOT, "warm-up  %,10d events in %7.3f s = %,11.0f events/s%n", warmup,
							result.seconds(), result.perSecond());
				}
				List<Double> rates = new ArrayList<>();
				long payloadBytes = 0;
				long wireBytes = 0;
				long events = 0;
				for (int run = 1; run <= runs; run++) {
					Result result = flood(control, client, channelId, author.id(), count);
					rates.add(result.perSecond());
					payloadBytes += result.payloadBytes();
					wireBytes += result.wireBytes();
					events += count;
					System.out.printf(Locale.ROOT,
							"run %d    %,10d events in %7.3f s = %,11.0f events/s (s %d..%d)%n"
									+ "         cpu: server loop %.0f%% (%.0f ns/event), client loop %.0f%% (%.0f ns/event),"
									+ " machine busy %.0f%% of %d cpus, steal %.0f%%;"
									+ " gc: %d collections, %d ms%n",
							run, count, result.seconds(), result.perSecond(), result.firstSeq(), result.lastSeq(),
							100 * result.serverLoad(), result.serverLoad() * result.seconds() * 1e9 / count,
							100 * result.clientLoad(), result.clientLoad() * result.seconds() * 1e9 / count,
							100 * result.busy(), Runtime.getRuntime().availableProcessors(), 100 * result.stolen(),
							result.gcCount(), result.gcMillis());
				}
				List<Double> sorted = new ArrayList<>(rates);
				Collections.sort(sorted);
				double median = (sorted.size() % 2 == 1) ? sorted.get(sorted.size() / 2)
						: (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
				System.out.println();
				System.out.printf(Locale.ROOT, "compress          %s%n", (compress != null) ? compress : "none");
				System.out.printf(Locale.ROOT, "events/s          min %,.0f  median %,.0f  max %,.0f  (%d runs of %,d)%n",
						sorted.get(0), median, sorted.get(sorted.size() - 1), runs, count);
				System.out.printf(Locale.ROOT, "payload size      %.1f bytes per MESSAGE_CREATE (JSON)%n",
						(double) payloadBytes / events);
				System.out.printf(Locale.ROOT, "frame size        %.1f bytes per WebSocket frame payload on the wire%n",
						(double) wireBytes / events);
				System.out.printf(Locale.ROOT, "payload rate      %.1f MiB/s of JSON at the median%n",
						median * payloadBytes / events / (1024 * 1024));
			}
			finally {
				client.close();
			}
		}
		finally {
			group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
		}
	}

	private static Result flood(SimulatorControl control, Client client, long channelId, long userId, long count)
			throws Exception {
		Measurement measurement = client.expect(count);
		long serverCpu = cpuNanos("discord-simulator");
		long clientCpu = cpuNanos("bench-client");
		long[] gc = gc();
		long[] cpu = procStat();
		long start = System.nanoTime();
		SimulatorControl.Flood flood = control.flood(channelId, userId, count);
		if (flood.floods().size() != 1) {
			throw new IllegalStateException("Expected one receiving session but got " + flood.floods().size());
		}
		long end;
		try {
			end = measurement.done.get(FLOOD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (java.util.concurrent.TimeoutException ex) {
			throw new IllegalStateException("Flood of " + count + " did not arrive in " + FLOOD_TIMEOUT + ": received "
					+ measurement.count + ", server handed " + flood.sent() + " to the session", ex);
		}
		if (!flood.await(Duration.ofSeconds(10))) {
			throw new IllegalStateException("The flood did not report completion");
		}
		long span = measurement.lastSeq - measurement.firstSeq + 1;
		if (span != count) {
			throw new IllegalStateException("Gap: received " + measurement.count + " MESSAGE_CREATE with s "
					+ measurement.firstSeq + ".." + measurement.lastSeq + " (" + span + " sequence numbers) for "
					+ count);
		}
		double seconds = (end - start) / 1e9;
		double serverLoad = (cpuNanos("discord-simulator") - serverCpu) / 1e9 / seconds;
		double clientLoad = (cpuNanos("bench-client") - clientCpu) / 1e9 / seconds;
		long[] gcAfter = gc();
		long[] cpuAfter = procStat();
		long ticks = cpuAfter[0] - cpu[0];
		double stolen = (ticks > 0) ? (double) (cpuAfter[1] - cpu[1]) / ticks : 0;
		double otherBusy = (ticks > 0) ? (double) (cpuAfter[2] - cpu[2]) / ticks : 0;
		return new Result(seconds, count / seconds, measurement.firstSeq, measurement.lastSeq,
				measurement.payloadBytes, measurement.wireBytes, serverLoad, clientLoad, gcAfter[0] - gc[0],
				gcAfter[1] - gc[1], stolen, otherBusy);
	}

	/**
	 * Return the collections so far and their accumulated time in milliseconds.
	 */
	private static long[] gc() {
		long count = 0;
		long millis = 0;
		for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
			count += Math.max(0, bean.getCollectionCount());
			millis += Math.max(0, bean.getCollectionTime());
		}
		return new long[] { count, millis };
	}

	/**
	 * Return the machine's total, steal and busy CPU ticks from /proc/stat (zeros elsewhere).
	 */
	private static long[] procStat() {
		try {
			String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long total = 0;
			for (int i = 1; i < fields.length && i <= 8; i++) {
				total += Long.parseLong(fields[i]);
			}
			long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
			long steal = (fields.length > 8) ? Long.parseLong(fields[8]) : 0;
			return new long[] { total, steal, total - idle - steal };
		}
		catch (IOException | RuntimeException ex) {
			return new long[] { 0, 0, 0 };
		}
	}

	/**
	 * Return the CPU time so far of the threads whose names start with a prefix (the event loop threads).
	 */
	private static long cpuNanos(String threadNamePrefix) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long total = 0;
		for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null && info.getThreadName().startsWith(threadNamePrefix)) {
				total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
			}
		}
		return total;
	}

	private static void printEnvironment(long count, long warmup, int runs, String compress) {
		Runtime runtime = Runtime.getRuntime();
		System.out.println("FloodBenchmark: one gateway connection, MESSAGE_CREATE flood on loopback");
		System.out.printf(Locale.ROOT, "date              %s%n", OffsetDateTime.now().withNano(0));
		System.out.printf(Locale.ROOT, "jvm               %s %s (%s), %s %s%n", System.getProperty("java.vm.name"),
				System.getProperty("java.runtime.version"), System.getProperty("java.vm.vendor"),
				System.getProperty("os.name"), System.getProperty("os.arch"));
		System.out.printf(Locale.ROOT, "jvm options       %s%n",
				String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
		System.out.printf(Locale.ROOT, "heap max          %d MiB, gc %s%n", runtime.maxMemory() / (1024 * 1024),
				ManagementFactory.getGarbageCollectorMXBeans()
					.stream()
					.map(GarbageCollectorMXBean::getName)
					.collect(Collectors.joining(", ")));
		System.out.printf(Locale.ROOT, "cpu               %s, %d available processors%n", cpuModel(),
				runtime.availableProcessors());
		System.out.printf(Locale.ROOT, "flood             %,d warm-up, %d runs of %,d, compress=%s%n%n", warmup, runs,
				count, (compress != null) ? compress : "none");
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("unknown CPU");
		}
		catch (IOException | RuntimeException ex) {
			return System.getProperty("os.arch") + " (no /proc/cpuinfo)";
		}
	}

	private record Result(double seconds, double perSecond, long firstSeq, long lastSeq, long payloadBytes,
			long wireBytes, double serverLoad, double clientLoad, long gcCount, long gcMillis, double stolen,
			double busy) {
	}

	/**
	 * What one flood is expected to deliver; written by the client's event loop only.
	 */
	private static final class Measurement {

		final long expected;

		final CompletableFuture<Long> done = new CompletableFuture<>();

		long count;

		long firstSeq = -1;

		long lastSeq = -1;

		long payloadBytes;

		long wireBytes;

		Measurement(long expected) {
			this.expected = expected;
		}

	}

	/**
	 * The gateway client: one Netty channel, one event loop thread.
	 */
	private static final class Client extends SimpleChannelInboundHandler<Object> {

		private final WebSocketClientHandshaker handshaker;

		private final String token;

		private final Inflater inflater;

		private final CompletableFuture<Void> ready = new CompletableFuture<>();

		private byte[] inflated = new byte[64 * 1024];

		private ByteBuf inflatedView = Unpooled.wrappedBuffer(this.inflated);

		private int inflatedLength;

		private long inflatedWire;

		private volatile Measurement measurement;

		private volatile String sample;

		private long lastSeq = -1;

		private Channel channel;

		private ScheduledFuture<?> heartbeat;

		private Client(URI uri, String compress, String token) {
			this.handshaker = WebSocketClientHandshakerFactory.newHandshaker(uri, WebSocketVersion.V13, null, false,
					new DefaultHttpHeaders(), 16 * 1024 * 1024);
			this.token = token;
			this.inflater = (compress != null) ? new Inflater() : null;
		}

		static Client connect(EventLoopGroup group, String gatewayUrl, String compress, String token)
				throws Exception {
			URI uri = URI.create(gatewayUrl + "?v=10&encoding=json" + ((compress != null) ? "&compress=" + compress
					: ""));
			Client client = new Client(uri, compress, token);
			Bootstrap bootstrap = new Bootstrap().group(group)
				.channel(NioSocketChannel.class)
				.option(ChannelOption.TCP_NODELAY, true)
				.handler(new ChannelInitializer<SocketChannel>() {
					@Override
					protected void initChannel(SocketChannel channel) {
						channel.pipeline()
							.addLast(new HttpClientCodec())
							.addLast(new HttpObjectAggregator(64 * 1024))
							.addLast(client);
					}
				});
			client.channel = bootstrap.connect(uri.getHost(), uri.getPort()).sync().channel();
			client.handshaker.handshake(client.channel).sync();
			client.ready.get(30, TimeUnit.SECONDS);
			return client;
		}

		/**
		 * Expect a flood of a given size; frames before this call are not counted.
		 */
		Measurement expect(long count) {
			Measurement next = new Measurement(count);
			this.measurement = next;
			return next;
		}

		void close() {
			this.channel.eventLoop().submit(() -> {
				if (this.heartbeat != null) {
					this.heartbeat.cancel(false);
				}
			}).syncUninterruptibly();
			if (this.channel.isActive()) {
				this.channel.writeAndFlush(new CloseWebSocketFrame(1000, "benchmark done"));
				this.channel.closeFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
			}
			this.channel.close().syncUninterruptibly();
			if (this.inflater != null) {
				this.inflater.end();
			}
		}

		@Override
		protected void channelRead0(ChannelHandlerContext ctx, Object message) throws Exception {
			if (!this.handshaker.isHandshakeComplete()) {
				this.handshaker.finishHandshake(ctx.channel(), (FullHttpResponse) message);
				return;
			}
			if (message instanceof TextWebSocketFrame frame && this.inflater == null) {
				ByteBuf content = frame.content();
				payload(ctx, content, content.readableBytes());
			}
			else if (message instanceof BinaryWebSocketFrame frame && this.inflater != null) {
				inflate(ctx, frame.content());
			}
			else if (message instanceof PingWebSocketFrame ping) {
				ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retain()));
			}
			else if (message instanceof CloseWebSocketFrame close) {
				fail(new IllegalStateException("The gateway closed the connection: " + close.statusCode() + " "
						+ close.reasonText()));
				ctx.close();
			}
			else if (!(message instanceof PongWebSocketFrame)) {
				fail(new IllegalStateException("Unexpected frame " + message));
			}
		}

		/**
		 * zlib-stream: feed the frame to the connection's inflater; a payload is complete when the input so far ends
		 * with the sync flush marker {@code 00 00 FF FF}.
		 */
		private void inflate(ChannelHandlerContext ctx, ByteBuf compressed) throws DataFormatException {
			int size = compressed.readableBytes();
			this.inflatedWire += size;
			this.inflater.setInput(compressed.nioBuffer());
			while (true) {
				int room = this.inflated.length - this.inflatedLength;
				int produced = this.inflater.inflate(this.inflated, this.inflatedLength, room);
				this.inflatedLength += produced;
				if (produced < room && this.inflater.needsInput()) {
					break;
				}
				if (this.inflatedLength == this.inflated.length) {
					this.inflated = java.util.Arrays.copyOf(this.inflated, this.inflated.length * 2);
					this.inflatedView = Unpooled.wrappedBuffer(this.inflated);
				}
			}
			int end = compressed.writerIndex();
			boolean flushed = size >= 4 && compressed.getInt(end - 4) == 0x0000FFFF;
			if (flushed) {
				this.inflatedView.setIndex(0, this.inflatedLength);
				int wire = (int) this.inflatedWire;
				this.inflatedLength = 0;
				this.inflatedWire = 0;
				payload(ctx, this.inflatedView, wire);
			}
		}

		private void payload(ChannelHandlerContext ctx, ByteBuf json, int wireSize) {
			Measurement current = this.measurement;
			if (current != null && startsWith(json, PREFIX)) {
				long n = ++current.count;
				current.payloadBytes += json.readableBytes();
				current.wireBytes += wireSize;
				if (n == 1) {
					current.firstSeq = seq(json);
					if (this.sample == null) {
						this.sample = json.toString(StandardCharsets.UTF_8);
					}
				}
				if (n == current.expected) {
					long end = System.nanoTime();
					current.lastSeq = seq(json);
					this.lastSeq = current.lastSeq;
					this.measurement = null;
					current.done.complete(end);
				}
				return;
			}
			control(ctx, JSON.readTree(json.toString(StandardCharsets.UTF_8)));
		}

		/**
		 * Anything but a counted MESSAGE_CREATE: HELLO, READY, GUILD_CREATE, heartbeat ACK...
		 */
		private void control(ChannelHandlerContext ctx, JsonNode payload) {
			int op = payload.path("op").asInt(-1);
			JsonNode s = payload.get("s");
			if (s != null && s.isIntegralNumber()) {
				this.lastSeq = s.longValue();
			}
			if (op == 10) {
				long interval = payload.path("d").path("heartbeat_interval").asLong();
				long first = (long) (interval * ThreadLocalRandom.current().nextDouble());
				this.heartbeat = ctx.executor().scheduleAtFixedRate(() -> {
					ctx.writeAndFlush(new TextWebSocketFrame("{\"op\":1,\"d\":"
							+ ((this.lastSeq >= 0) ? Long.toString(this.lastSeq) : "null") + "}"));
				}, first, interval, TimeUnit.MILLISECONDS);
				ctx.writeAndFlush(new TextWebSocketFrame("{\"op\":2,\"d\":{\"token\":\"" + this.token
						+ "\",\"intents\":" + INTENTS
						+ ",\"properties\":{\"os\":\"linux\",\"browser\":\"flood-benchmark\",\"device\":\"flood-benchmark\"}}}"));
			}
			else if (op == 0 && "READY".equals(payload.path("t").asString(null))) {
				this.ready.complete(null);
			}
			else if (op == 9 || op == 7) {
				fail(new IllegalStateException("The gateway sent " + payload));
			}
		}

		private static boolean startsWith(ByteBuf buffer, byte[] prefix) {
			if (buffer.readableBytes() < prefix.length) {
				return false;
			}
			int start = buffer.readerIndex();
			for (int i = 0; i < prefix.length; i++) {
				if (buffer.getByte(start + i) != prefix[i]) {
					return false;
				}
			}
			return true;
		}

		private static long seq(ByteBuf json) {
			if (!startsWith(json, SEQ_PREFIX)) {
				throw new IllegalStateException("MESSAGE_CREATE without a leading \"s\": "
						+ json.toString(StandardCharsets.UTF_8));
			}
			long value = 0;
			int index = json.readerIndex() + SEQ_PREFIX.length;
			int end = json.writerIndex();
			while (index < end) {
				byte b = json.getByte(index++);
				if (b < '0' || b > '9') {
					break;
				}
				value = value * 10 + (b - '0');
			}
			return value;
		}

		private void fail(Throwable cause) {
			this.ready.completeExceptionally(cause);
			Measurement current = this.measurement;
			if (current != null) {
				current.done.completeExceptionally(cause);
			}
		}

		@Override
		public void channelInactive(ChannelHandlerContext ctx) throws Exception {
			fail(new IllegalStateException("The connection closed"));
			super.channelInactive(ctx);
		}

		@Override
		public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
			fail(cause);
			ctx.close();
		}

	}

}
