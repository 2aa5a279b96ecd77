package dev.serenity.benchmarks.e2e;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The baseline contestant: the ceiling of the machine for a JVM client. One blocking {@link Socket} and one thread
 * per shard, a hand-written WebSocket handshake and frame reader, no JSON parsing. A frame whose payload starts with
 * {@code {"t":"MESSAGE_CREATE"} is counted; the rest is read as text only far enough to answer HELLO (IDENTIFY and
 * heartbeats) and to see READY. Like {@code FloodBenchmark}'s client, it does not parse the event: it counts frames
 * (it passes the payload length as the "content" and 0 as the author).
 */
public final class BaselineClient {

	private static final byte[] PREFIX = "{\"t\":\"MESSAGE_CREATE\"".getBytes(StandardCharsets.US_ASCII);

	/** GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT. */
	private static final long INTENTS = 1 | 512 | 32768;

	private BaselineClient() {
	}

	/**
	 * Connect every shard, report READY, count the flood.
	 * @param args see {@link ClientOptions}; only {@code --compress=none}
	 * @throws Exception if a shard fails
	 */
	public static void main(String[] args) throws Exception {
		ClientOptions options = ClientOptions.parse(args);
		if (options.zlib()) {
			throw new IllegalArgumentException("The baseline reads plain text frames only");
		}
		FloodCounter counter = new FloodCounter(options.count());
		CountDownLatch ready = new CountDownLatch(options.shards());
		for (int shard = 0; shard < options.shards(); shard++) {
			Shard connection = new Shard(options, shard, counter, ready);
			Thread thread = new Thread(connection::run, "baseline-shard-" + shard);
			thread.start();
		}
		ready.await();
		counter.ready();
	}

	private static final class Shard {

		private final ClientOptions options;

		private final int id;

		private final FloodCounter counter;

		private final CountDownLatch ready;

		private OutputStream out;

		private volatile long lastSeq = -1;

		private byte[] buffer = new byte[64 * 1024];

		Shard(ClientOptions options, int id, FloodCounter counter, CountDownLatch ready) {
			this.options = options;
			this.id = id;
			this.counter = counter;
			this.ready = ready;
		}

		void run() {
			try {
				URI uri = URI.create(this.options.gatewayUrl());
				try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
					socket.setTcpNoDelay(true);
					this.out = socket.getOutputStream();
					InputStream in = new BufferedInputStream(socket.getInputStream(), 256 * 1024);
					handshake(uri, in);
					read(in);
				}
			}
			catch (Exception ex) {
				ex.printStackTrace();
				Runtime.getRuntime().halt(1);
			}
		}

		private void handshake(URI uri, InputStream in) throws IOException {
			byte[] nonce = new byte[16];
			ThreadLocalRandom.current().nextBytes(nonce);
			String path = ((uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath())
					+ "?v=10&encoding=json";
			String request = "GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
					+ "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
					+ Base64.getEncoder().encodeToString(nonce) + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
			this.out.write(request.getBytes(StandardCharsets.US_ASCII));
			this.out.flush();
			StringBuilder head = new StringBuilder();
			while (!head.toString().endsWith("\r\n\r\n")) {
				int b = in.read();
				if (b < 0) {
					throw new EOFException("Closed during the handshake");
				}
				head.append((char) b);
			}
			if (!head.toString().startsWith("HTTP/1.1 101")) {
				throw new IOException("Handshake refused: " + head);
			}
		}

		private void read(InputStream in) throws IOException {
			while (true) {
				int b0 = readByte(in);
				int b1 = readByte(in);
				int opcode = b0 & 0x0F;
				long length = b1 & 0x7F;
				if (length == 126) {
					length = (readByte(in) << 8) | readByte(in);
				}
				else if (length == 127) {
					length = 0;
					for (int i = 0; i < 8; i++) {
						length = (length << 8) | readByte(in);
					}
				}
				int size = (int) length;
				if (this.buffer.length < size) {
					this.buffer = new byte[Math.max(size, this.buffer.length * 2)];
				}
				in.readNBytes(this.buffer, 0, size);
				if (opcode == 8) {
					throw new IOException("The gateway closed the connection");
				}
				if (opcode == 9) {
					send(0xA, this.buffer, size);
				}
				else if (opcode == 1) {
					text(size);
				}
			}
		}

		private void text(int size) throws IOException {
			if (startsWith(this.buffer, size, PREFIX)) {
				this.counter.message(Integer.toString(size), 0);
				return;
			}
			String json = new String(this.buffer, 0, size, StandardCharsets.UTF_8);
			long seq = number(json, "\"s\":");
			if (seq >= 0) {
				this.lastSeq = seq;
			}
			if (json.contains("\"op\":10")) {
				long interval = number(json, "\"heartbeat_interval\":");
				Thread heartbeat = new Thread(() -> heartbeat(interval), "baseline-heartbeat-" + this.id);
				heartbeat.setDaemon(true);
				heartbeat.start();
				sendText("{\"op\":2,\"d\":{\"token\":\"" + this.options.token() + "\",\"intents\":" + INTENTS
						+ ",\"shard\":[" + this.id + "," + this.options.shards() + "]"
						+ ",\"properties\":{\"os\":\"linux\",\"browser\":\"e2e-baseline\",\"device\":\"e2e-baseline\"}}}");
			}
			else if (json.contains("\"t\":\"READY\"")) {
				this.ready.countDown();
			}
			else if (json.contains("\"op\":9") || json.contains("\"op\":7")) {
				throw new IOException("The gateway sent " + json);
			}
		}

		private void heartbeat(long interval) {
			try {
				while (true) {
					Thread.sleep(interval);
					long seq = this.lastSeq;
					sendText("{\"op\":1,\"d\":" + ((seq >= 0) ? Long.toString(seq) : "null") + "}");
				}
			}
			catch (InterruptedException | IOException ex) {
				// the process ends
			}
		}

		private void sendText(String text) throws IOException {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			send(1, bytes, bytes.length);
		}

		/**
		 * Send one masked frame (clients must mask).
		 */
		private synchronized void send(int opcode, byte[] payload, int length) throws IOException {
			byte[] frame = new byte[length + 14];
			int n = 0;
			frame[n++] = (byte) (0x80 | opcode);
			if (length < 126) {
				frame[n++] = (byte) (0x80 | length);
			}
			else {
				frame[n++] = (byte) (0x80 | 126);
				frame[n++] = (byte) (length >>> 8);
				frame[n++] = (byte) length;
			}
			byte[] mask = new byte[4];
			ThreadLocalRandom.current().nextBytes(mask);
			System.arraycopy(mask, 0, frame, n, 4);
			n += 4;
			for (int i = 0; i < length; i++) {
				frame[n++] = (byte) (payload[i] ^ mask[i & 3]);
			}
			this.out.write(frame, 0, n);
			this.out.flush();
		}

		private static int readByte(InputStream in) throws IOException {
			int b = in.read();
			if (b < 0) {
				throw new EOFException("The connection closed");
			}
			return b;
		}

		private static boolean startsWith(byte[] bytes, int size, byte[] prefix) {
			if (size < prefix.length) {
				return false;
			}
			for (int i = 0; i < prefix.length; i++) {
				if (bytes[i] != prefix[i]) {
					return false;
				}
			}
			return true;
		}

		private static long number(String json, String key) {
			int at = json.indexOf(key);
			if (at < 0) {
				return -1;
			}
			long value = 0;
			boolean digits = false;
			for (int i = at + key.length(); i < json.length() && Character.isDigit(json.charAt(i)); i++) {
				value = value * 10 + (json.charAt(i) - '0');
				digits = true;
			}
			return digits ? value : -1;
		}

	}

}
