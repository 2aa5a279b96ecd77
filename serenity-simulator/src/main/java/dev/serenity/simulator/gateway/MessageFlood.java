package dev.serenity.simulator.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A burst of realistic MESSAGE_CREATE dispatches into one channel, written as fast as the client reads them. It runs
 * on the session's connection event loop and pauses while the socket is not writable, so memory stays flat whatever
 * the count; while the session is disconnected it waits, and continues after RESUME.
 */
public final class MessageFlood {

	private static final int BATCH = 256;

	private static final String ID_MARK = "\u0001ID\u0001";

	private static final String CONTENT_MARK = "\u0001CONTENT\u0001";

	private static final byte[] ID = "ID".getBytes(StandardCharsets.US_ASCII);

	private final GatewaySession session;

	private final long total;

	private final byte[][] template;

	private final boolean[] idSlots;

	private final boolean withContent;

	private final long firstId;

	private final AtomicLong sent = new AtomicLong();

	private final CompletableFuture<Long> completion = new CompletableFuture<>();

	MessageFlood(GatewaySession session, World world, long channelId, long guildId, long authorId, long count) {
		this.session = session;
		this.total = count;
		this.withContent = session.hasMessageContent();
		this.firstId = world.nextId();
		SimMessage sample = new SimMessage(0, channelId, guildId, authorId, CONTENT_MARK, world.now(), List.of(), 0,
				0);
		ObjectNode json = new WorldJson(world).message(sample, true);
		json.put("id", ID_MARK);
		json.put("nonce", ID_MARK);
		String text = JsonMapper.builder().build().writeValueAsString(json);
		this.template = split(text);
		this.idSlots = new boolean[this.template.length];
		for (int i = 1; i < this.template.length; i += 2) {
			this.idSlots[i] = Arrays.equals(this.template[i], ID);
		}
	}

	private static byte[][] split(String text) {
		// Jackson writes the control character of the marks as the six characters \u0001.
		String[] parts = text.split(Pattern.quote("\\u0001"), -1);
		byte[][] bytes = new byte[parts.length][];
		for (int i = 0; i < parts.length; i++) {
			bytes[i] = parts[i].getBytes(StandardCharsets.UTF_8);
		}
		return bytes;
	}

	/**
	 * Return how many messages were handed to the session so far.
	 * @return the count
	 */
	public long sent() {
		return this.sent.get();
	}

	/**
	 * Return the total count of the flood.
	 * @return the count asked for
	 */
	public long total() {
		return this.total;
	}

	/**
	 * Return a future completed with the count once every message was handed to the session.
	 * @return the completion
	 */
	public CompletableFuture<Long> completion() {
		return this.completion;
	}

	/**
	 * Send a batch while the socket is writable; runs on the connection's event loop.
	 * @param connection the session's connection
	 */
	void pump(GatewayConnection connection) {
		int batch = 0;
		while (this.sent.get() < this.total && connection.writable() && batch < BATCH) {
			long n = this.sent.getAndIncrement();
			this.session.send("MESSAGE_CREATE", render(n));
			batch++;
		}
		connection.drain();
		if (this.sent.get() >= this.total) {
			connection.floodFinished(this);
			this.session.floodFinished(this);
			this.completion.complete(this.total);
		}
		else if (connection.writable()) {
			connection.channel().eventLoop().execute(() -> pump(connection));
		}
	}

	/**
	 * Fill the template; its odd parts are the names of the marks between the literal even parts.
	 */
	private byte[] render(long n) {
		byte[] id = Long.toString(this.firstId + n).getBytes(StandardCharsets.US_ASCII);
		byte[] content = this.withContent
				? ("Flood message " + n + " of " + this.total + ": the quick brown fox jumps over the lazy dog")
					.getBytes(StandardCharsets.UTF_8)
				: new byte[0];
		int length = 0;
		for (int i = 0; i < this.template.length; i++) {
			length += (i % 2 == 0) ? this.template[i].length : value(i, id, content).length;
		}
		byte[] out = new byte[length];
		int position = 0;
		for (int i = 0; i < this.template.length; i++) {
			byte[] part = (i % 2 == 0) ? this.template[i] : value(i, id, content);
			System.arraycopy(part, 0, out, position, part.length);
			position += part.length;
		}
		return out;
	}

	private byte[] value(int index, byte[] id, byte[] content) {
		return this.idSlots[index] ? id : content;
	}

	@Override
	public String toString() {
		return "MessageFlood[" + this.sent.get() + "/" + this.total + "]";
	}

}
