package dev.serenity.simulator.gateway;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One gateway event (op 0) before it is given a sequence number: its name, the guild it belongs to, and its data.
 * The data is serialized once per variant and shared by every session that receives it.
 */
public final class Dispatch {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final byte[] OP_D = ",\"op\":0,\"d\":".getBytes(StandardCharsets.US_ASCII);

	private static final int MAX_CACHED_HEADS = 256;

	private static final ConcurrentMap<String, byte[]> HEADS = new ConcurrentHashMap<>();

	private final String type;

	private final long guildId;

	private final ObjectNode data;

	private final boolean contentExempt;

	private volatile byte[] bytes;

	private volatile byte[] bytesWithoutContent;

	/**
	 * Create a dispatch.
	 * @param type the event name ({@code t})
	 * @param guildId the guild it belongs to, or 0 for events that go to shard 0 only
	 * @param data the event data ({@code d})
	 * @param contentExempt whether MESSAGE_CONTENT does not apply (the bot's own message, a DM, a mention of the
	 * bot)
	 */
	public Dispatch(String type, long guildId, ObjectNode data, boolean contentExempt) {
		this.type = type;
		this.guildId = guildId;
		this.data = data;
		this.contentExempt = contentExempt;
	}

	/**
	 * Create a dispatch that MESSAGE_CONTENT does not affect.
	 * @param type the event name
	 * @param guildId the guild, or 0
	 * @param data the event data
	 * @return the dispatch
	 */
	public static Dispatch of(String type, long guildId, ObjectNode data) {
		return new Dispatch(type, guildId, data, true);
	}

	public String type() {
		return this.type;
	}

	public long guildId() {
		return this.guildId;
	}

	public ObjectNode data() {
		return this.data;
	}

	/**
	 * Return the serialized data for a session.
	 * @param withContent whether the session may see message content
	 * @return the JSON bytes of {@code d}
	 */
	public byte[] dataBytes(boolean withContent) {
		if (withContent || this.contentExempt || !EventIntents.carriesMessageContent(this.type)) {
			byte[] result = this.bytes;
			if (result == null) {
				result = JSON.writeValueAsBytes(this.data);
				this.bytes = result;
			}
			return result;
		}
		byte[] result = this.bytesWithoutContent;
		if (result == null) {
			result = JSON.writeValueAsBytes(withoutContent(this.data));
			this.bytesWithoutContent = result;
		}
		return result;
	}

	/**
	 * Empty the fields MESSAGE_CONTENT gates, as Discord does for a bot without the intent.
	 * @param message a message object
	 * @return a copy with {@code content}, {@code embeds}, {@code attachments}, {@code components} and
	 * {@code poll} emptied
	 */
	static ObjectNode withoutContent(ObjectNode message) {
		ObjectNode copy = message.deepCopy();
		copy.put("content", "");
		copy.set("embeds", WorldJson.array());
		copy.set("attachments", WorldJson.array());
		copy.set("components", WorldJson.array());
		copy.remove("poll");
		return copy;
	}

	/**
	 * Build a full op 0 frame.
	 * @param type the event name
	 * @param seq the sequence number
	 * @param data the serialized {@code d}
	 * @return the frame's JSON bytes
	 */
	public static byte[] frame(String type, long seq, byte[] data) {
		byte[] head = head(type);
		if (seq < 0) {
			byte[] digits = Long.toString(seq).getBytes(StandardCharsets.US_ASCII);
			return concat(head, digits, data);
		}
		int seqLength = digits(seq);
		byte[] frame = new byte[head.length + seqLength + OP_D.length + data.length + 1];
		System.arraycopy(head, 0, frame, 0, head.length);
		int position = writeDigits(frame, head.length, seq, seqLength);
		System.arraycopy(OP_D, 0, frame, position, OP_D.length);
		position += OP_D.length;
		System.arraycopy(data, 0, frame, position, data.length);
		frame[frame.length - 1] = '}';
		return frame;
	}

	private static byte[] concat(byte[] head, byte[] digits, byte[] data) {
		byte[] frame = new byte[head.length + digits.length + OP_D.length + data.length + 1];
		System.arraycopy(head, 0, frame, 0, head.length);
		System.arraycopy(digits, 0, frame, head.length, digits.length);
		System.arraycopy(OP_D, 0, frame, head.length + digits.length, OP_D.length);
		System.arraycopy(data, 0, frame, head.length + digits.length + OP_D.length, data.length);
		frame[frame.length - 1] = '}';
		return frame;
	}

	/**
	 * Return {@code {"t":"TYPE","s":} for an event name, cached for the (few) names in use.
	 */
	private static byte[] head(String type) {
		byte[] head = HEADS.get(type);
		if (head == null) {
			head = ("{\"t\":\"" + type + "\",\"s\":").getBytes(StandardCharsets.UTF_8);
			if (HEADS.size() < MAX_CACHED_HEADS) {
				HEADS.putIfAbsent(type, head);
			}
		}
		return head;
	}

	/**
	 * Return how many decimal digits a non-negative number has.
	 * @param value the number, at least 0
	 * @return its length in ASCII digits
	 */
	static int digits(long value) {
		int length = 1;
		long limit = 10;
		while (length < 19 && value >= limit) {
			length++;
			limit *= 10;
		}
		return length;
	}

	/**
	 * Write a non-negative number as ASCII digits.
	 * @param out the destination
	 * @param position where the first digit goes
	 * @param value the number, at least 0
	 * @param length its {@link #digits(long) digit count}
	 * @return the position after the last digit
	 */
	static int writeDigits(byte[] out, int position, long value, int length) {
		int end = position + length;
		int index = end;
		long remaining = value;
		do {
			long quotient = remaining / 10;
			out[--index] = (byte) ('0' + (int) (remaining - quotient * 10));
			remaining = quotient;
		}
		while (remaining != 0);
		return end;
	}

}
