package dev.serenity.gateway;

import java.nio.charset.StandardCharsets;

import dev.serenity.json.DiscordJson;
import tools.jackson.databind.JsonNode;

/**
 * One gateway payload as received: its bytes, and the few fields read eagerly ({@code op}, {@code s}, {@code t} and
 * the guild the event belongs to). The data ({@code d}) is bound to a typed event only if someone listens.
 *
 * @param bytes the UTF-8 JSON payload (owned by this frame; never a pooled buffer)
 * @param op the opcode
 * @param sequence {@code s}, or -1 when absent or null
 * @param type {@code t}, or {@code null}
 * @param guildId the guild of a dispatch ({@code d.guild_id}, or {@code d.id} for GUILD_CREATE/UPDATE/DELETE), or 0
 * @param dataOffset byte offset of the {@code d} value, or -1 when absent
 * @param dataLength byte length of the {@code d} value
 */
public record GatewayFrame(byte[] bytes, int op, long sequence, String type, long guildId, int dataOffset,
		int dataLength) {

	/** Opcode of dispatches. */
	public static final int DISPATCH = 0;

	/**
	 * Return whether the frame is a dispatch (op 0).
	 * @return whether it carries an event
	 */
	public boolean isDispatch() {
		return this.op == DISPATCH;
	}

	/**
	 * Return whether the frame has a {@code d} value.
	 * @return whether {@code d} is present
	 */
	public boolean hasData() {
		return this.dataOffset >= 0;
	}

	/**
	 * Parse the {@code d} value.
	 * @return its JSON tree, or a null node when absent
	 */
	public JsonNode data() {
		if (!hasData()) {
			return DiscordJson.mapper().nullNode();
		}
		return DiscordJson.mapper().readTree(this.bytes, this.dataOffset, this.dataLength);
	}

	/**
	 * Return the {@code d} value as text, e.g. for raw listeners and logs.
	 * @return the JSON of {@code d}, or {@code "null"}
	 */
	public String dataAsString() {
		return hasData() ? new String(this.bytes, this.dataOffset, this.dataLength, StandardCharsets.UTF_8) : "null";
	}

	/**
	 * Return the whole payload as text.
	 * @return the JSON payload
	 */
	public String asString() {
		return new String(this.bytes, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "GatewayFrame[op=" + this.op + ", s=" + this.sequence + ", t=" + this.type + ", " + this.bytes.length
				+ " bytes]";
	}

}
