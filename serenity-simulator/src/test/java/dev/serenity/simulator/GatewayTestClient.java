package dev.serenity.simulator;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import com.github.luben.zstd.ZstdDecompressCtx;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A deliberately simple gateway client for tests (the JDK's WebSocket): it records every payload it receives,
 * decoding zlib-stream and zstd-stream with one context per connection, and lets a test send raw frames.
 */
final class GatewayTestClient implements AutoCloseable {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final Duration PROBE_INTERVAL = Duration.ofMillis(500);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();

	private final List<byte[]> rawBinary = new ArrayList<>();

	private final CompletableFuture<Integer> closed = new CompletableFuture<>();

	private final String compression;

	private final Inflater inflater = new Inflater();

	private final ByteArrayOutputStream zlibBuffer = new ByteArrayOutputStream();

	private final ZstdDecompressCtx zstd = new ZstdDecompressCtx();

	private final WebSocket socket;

	private volatile String closeReason = "";

	private GatewayTestClient(String url, String compression) {
		this.compression = compression;
		this.socket = HTTP.newWebSocketBuilder()
			.buildAsync(URI.create(url), new Listener())
			.orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
			.join();
	}

	static GatewayTestClient connect(String baseUrl) {
		return connect(baseUrl, null);
	}

	static GatewayTestClient connect(String baseUrl, String compression) {
		String url = baseUrl + "?v=10&encoding=json" + ((compression != null) ? "&compress=" + compression : "");
		return new GatewayTestClient(url, compression);
	}

	/**
	 * Connect as shard [0, 1] with the given intents, IDENTIFY and wait for the first GUILD_CREATE.
	 */
	static GatewayTestClient identified(DiscordSimulator discord, long intents) {
		GatewayTestClient client = connect(discord.gatewayUrl());
		client.awaitOp(10);
		client.identify(discord.token(), intents, 0, 1);
		client.awaitDispatch("GUILD_CREATE");
		return client;
	}

	static GatewayTestClient connectRaw(String url) {
		return new GatewayTestClient(url, null);
	}

	void send(String json) {
		this.socket.sendText(json, true).orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join();
	}

	void identify(String token, long intents, int shardId, int numShards) {
		send("{\"op\":2,\"d\":{\"token\":\"" + token + "\",\"intents\":" + intents
				+ ",\"properties\":{\"os\":\"linux\",\"browser\":\"test\",\"device\":\"test\"},\"shard\":[" + shardId
				+ "," + numShards + "]}}");
	}

	void resume(String token, String sessionId, long seq) {
		send("{\"op\":6,\"d\":{\"token\":\"" + token + "\",\"session_id\":\"" + sessionId + "\",\"seq\":" + seq + "}}");
	}

	void heartbeat(Long seq) {
		send("{\"op\":1,\"d\":" + seq + "}");
	}

	/**
	 * Wait for the next payload matching a condition, skipping others (they stay recorded in order).
	 */
	JsonNode await(Predicate<JsonNode> condition, String description) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		try {
			while (System.nanoTime() < deadline) {
				JsonNode next = this.received.poll(50, TimeUnit.MILLISECONDS);
				if (next != null && condition.test(next)) {
					return next;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		throw new AssertionError("Timed out waiting for " + description);
	}

	JsonNode awaitOp(int op) {
		return await((payload) -> payload.path("op").asInt(-1) == op, "op " + op);
	}

	JsonNode awaitDispatch(String type) {
		return await((payload) -> payload.path("op").asInt(-1) == 0 && type.equals(payload.path("t").asString(null)),
				type);
	}

	/**
	 * Return the payloads received so far and not yet consumed by an await.
	 */
	List<JsonNode> drainReceived() {
		List<JsonNode> list = new ArrayList<>();
		this.received.drainTo(list);
		return list;
	}

	/**
	 * Wait until the server closes the connection. A connection dropped without a close frame is not always noticed
	 * by the JDK's client while it only reads, so after a short wait it pings now and then: writing to a connection
	 * the server closed fails, which the listener reports. A connection the server kept open answers the pings and
	 * this still times out.
	 * @return the close code, or -1 when the connection ended without one
	 */
	int awaitClose() {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (true) {
			try {
				return this.closed.get(PROBE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException ex) {
				if (System.nanoTime() - deadline > 0) {
					throw new AssertionError("Timed out waiting for the server to close the connection", ex);
				}
				probe();
			}
			catch (Exception ex) {
				throw new AssertionError("Failed waiting for the server to close the connection", ex);
			}
		}
	}

	private void probe() {
		try {
			this.socket.sendPing(ByteBuffer.allocate(0)).exceptionally((error) -> {
				this.closed.complete(-1);
				return null;
			});
		}
		catch (RuntimeException ex) {
			this.closed.complete(-1);
		}
	}

	String closeReason() {
		return this.closeReason;
	}

	boolean isClosed() {
		return this.closed.isDone();
	}

	List<byte[]> rawBinary() {
		synchronized (this.rawBinary) {
			return List.copyOf(this.rawBinary);
		}
	}

	void closeWith(int code) {
		this.socket.sendClose(code, "test").orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join();
	}

	void abort() {
		this.socket.abort();
	}

	@Override
	public void close() {
		if (!this.socket.isOutputClosed()) {
			this.socket.abort();
		}
		this.zstd.close();
		this.inflater.end();
	}

	private void payload(byte[] bytes) {
		this.received.add(JSON.readTree(new String(bytes, StandardCharsets.UTF_8)));
	}

	private void binary(byte[] bytes) throws DataFormatException {
		synchronized (this.rawBinary) {
			this.rawBinary.add(bytes);
		}
		if ("zlib-stream".equals(this.compression)) {
			this.zlibBuffer.writeBytes(bytes);
			int n = this.zlibBuffer.size();
			byte[] all = this.zlibBuffer.toByteArray();
			if (n >= 4 && all[n - 4] == 0 && all[n - 3] == 0 && all[n - 2] == (byte) 0xFF && all[n - 1] == (byte) 0xFF) {
				this.zlibBuffer.reset();
				payload(inflate(this.inflater, all));
			}
		}
		else if ("zstd-stream".equals(this.compression)) {
			ByteBuffer in = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteBuffer chunk = ByteBuffer.allocateDirect(64 * 1024);
			while (in.hasRemaining()) {
				chunk.clear();
				this.zstd.decompressDirectByteBufferStream(chunk, in);
				chunk.flip();
				byte[] part = new byte[chunk.remaining()];
				chunk.get(part);
				out.writeBytes(part);
			}
			payload(out.toByteArray());
		}
		else {
			Inflater standalone = new Inflater();
			try {
				payload(inflate(standalone, bytes));
			}
			finally {
				standalone.end();
			}
		}
	}

	static byte[] inflate(Inflater inflater, byte[] input) throws DataFormatException {
		inflater.setInput(input);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] chunk = new byte[64 * 1024];
		int n;
		while ((n = inflater.inflate(chunk)) > 0) {
			out.write(chunk, 0, n);
		}
		return out.toByteArray();
	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder text = new StringBuilder();

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.text.append(data);
			if (last) {
				payload(this.text.toString().getBytes(StandardCharsets.UTF_8));
				this.text.setLength(0);
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
			byte[] part = new byte[data.remaining()];
			data.get(part);
			this.bytes.writeBytes(part);
			if (last) {
				try {
					binary(this.bytes.toByteArray());
				}
				catch (DataFormatException ex) {
					GatewayTestClient.this.closed.completeExceptionally(ex);
				}
				this.bytes.reset();
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			GatewayTestClient.this.closeReason = reason;
			GatewayTestClient.this.closed.complete(statusCode);
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			GatewayTestClient.this.closed.complete(-1);
		}

	}

}
