package dev.serenity.simulator.gateway;

import java.nio.charset.StandardCharsets;

import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One gateway event (op 0) before it is given a sequence number: its name, the guild it belongs to, and its data.
 * The data is serialized once per variant and shared by every session that receives it.
 */
public final class Dispatch {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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
		byte[] head = ("{\"t\":\"" + type + "\",\"s\":" + seq + ",\"op\":0,\"d\":").getBytes(StandardCharsets.UTF_8);
		byte[] frame = new byte[head.length + data.length + 1];
		System.arraycopy(head, 0, frame, 0, head.length);
		System.arraycopy(data, 0, frame, head.length, data.length);
		frame[frame.length - 1] = '}';
		return frame;
	}

}
