package dev.serenity.simulator.gateway;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

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

	/** Placeholders in the sample message; ASCII letters only, so that JSON serialization leaves them as they are. */
	private static final String ID_MARK = "SerenityFloodIdMark";

	private static final String CONTENT_MARK = "SerenityFloodContentMark";

	private static final byte[] CONTENT_HEAD = "Flood message ".getBytes(StandardCharsets.US_ASCII);

	private final GatewaySession session;

	private final long total;

	/** The literal parts of the message; a placeholder goes between two consecutive ones. */
	private final byte[][] literals;

	/** For each placeholder, whether it is the id (else the content). */
	private final boolean[] idSlots;

	private final int literalLength;

	private final int idCount;

	private final int contentCount;

	private final boolean withContent;

	/** What follows the message number in the content: {@code " of TOTAL: the quick brown fox ..."}. */
	private final byte[] contentTail;

	private final long firstId;

	private final AtomicLong sent = new AtomicLong();

	private final CompletableFuture<Long> completion = new CompletableFuture<>();

	MessageFlood(GatewaySession session, World world, long channelId, long guildId, long authorId, long count) {
		this.session = session;
		this.total = count;
		this.withContent = session.hasMessageContent();
		this.firstId = world.nextId();
		this.contentTail = (" of " + count + ": the quick brown fox jumps over the lazy dog")
			.getBytes(StandardCharsets.US_ASCII);
		SimMessage sample = new SimMessage(0, channelId, guildId, authorId, CONTENT_MARK, world.now(), List.of());
		ObjectNode json = new WorldJson(world).message(sample, true);
		json.put("id", ID_MARK);
		json.put("nonce", ID_MARK);
		String text = JsonMapper.builder().build().writeValueAsString(json);
		List<byte[]> literalList = new ArrayList<>();
		List<Boolean> slotList = new ArrayList<>();
		int position = 0;
		while (true) {
			int id = text.indexOf(ID_MARK, position);
			int content = text.indexOf(CONTENT_MARK, position);
			if (id < 0 && content < 0) {
				break;
			}
			boolean isId = id >= 0 && (content < 0 || id < content);
			int at = isId ? id : content;
			literalList.add(text.substring(position, at).getBytes(StandardCharsets.UTF_8));
			slotList.add(isId);
			position = at + (isId ? ID_MARK.length() : CONTENT_MARK.length());
		}
		literalList.add(text.substring(position).getBytes(StandardCharsets.UTF_8));
		this.literals = literalList.toArray(new byte[0][]);
		this.idSlots = new boolean[slotList.size()];
		int ids = 0;
		for (int i = 0; i < this.idSlots.length; i++) {
			this.idSlots[i] = slotList.get(i);
			ids += this.idSlots[i] ? 1 : 0;
		}
		this.idCount = ids;
		this.contentCount = this.idSlots.length - ids;
		if (this.idCount != 2 || this.contentCount != 1) {
			throw new IllegalStateException("The flood template needs the id twice and the content once: " + text);
		}
		int length = 0;
		for (byte[] literal : this.literals) {
			length += literal.length;
		}
		this.literalLength = length;
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
	 * Send a batch while the socket is writable; runs on the connection's event loop. The batch holds the session's
	 * lock (which {@link GatewaySession#send} takes anyway), so that message numbers follow sequence numbers.
	 * @param connection the session's connection
	 */
	void pump(GatewayConnection connection) {
		synchronized (this.session) {
			int batch = 0;
			while (batch < BATCH && this.sent.get() < this.total && connection.writable()) {
				long n = this.sent.get();
				this.session.send("MESSAGE_CREATE", render(n));
				this.sent.lazySet(n + 1);
				batch++;
			}
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
	 * Fill the template: the literal parts with the message's id and content between them.
	 */
	byte[] render(long n) {
		long id = this.firstId + n;
		int idLength = Dispatch.digits(id);
		int numberLength = Dispatch.digits(n);
		int contentLength = this.withContent ? CONTENT_HEAD.length + numberLength + this.contentTail.length : 0;
		byte[] out = new byte[this.literalLength + this.idCount * idLength + this.contentCount * contentLength];
		byte[][] parts = this.literals;
		int position = 0;
		for (int i = 0; i < parts.length; i++) {
			byte[] literal = parts[i];
			System.arraycopy(literal, 0, out, position, literal.length);
			position += literal.length;
			if (i == this.idSlots.length) {
				break;
			}
			if (this.idSlots[i]) {
				position = Dispatch.writeDigits(out, position, id, idLength);
			}
			else if (this.withContent) {
				System.arraycopy(CONTENT_HEAD, 0, out, position, CONTENT_HEAD.length);
				position = Dispatch.writeDigits(out, position + CONTENT_HEAD.length, n, numberLength);
				System.arraycopy(this.contentTail, 0, out, position, this.contentTail.length);
				position += this.contentTail.length;
			}
		}
		return out;
	}

	@Override
	public String toString() {
		return "MessageFlood[" + this.sent.get() + "/" + this.total + "]";
	}

}
