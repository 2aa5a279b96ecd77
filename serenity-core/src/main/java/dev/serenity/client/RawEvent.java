package dev.serenity.client;

import java.nio.charset.StandardCharsets;

import dev.serenity.json.DiscordJson;
import tools.jackson.databind.JsonNode;

/**
 * A dispatch as Discord sent it, for raw listeners: every event reaches them, including events and fields this
 * library does not know.
 *
 * @param shardId the shard it came on
 * @param shardCount the shard count
 * @param type the event name ({@code t})
 * @param sequence the sequence number ({@code s})
 * @param guildId the guild it belongs to, or 0
 * @param payload the whole payload's JSON
 * @param dataOffset where {@code d} starts in the payload
 * @param dataLength the length of {@code d}
 */
public record RawEvent(int shardId, int shardCount, String type, long sequence, long guildId, byte[] payload,
		int dataOffset, int dataLength) {

	/**
	 * Return the event data ({@code d}) as JSON text.
	 * @return the JSON of {@code d}
	 */
	public String dataJson() {
		return (this.dataOffset >= 0) ? new String(this.payload, this.dataOffset, this.dataLength, StandardCharsets.UTF_8)
				: "null";
	}

	/**
	 * Parse the event data ({@code d}).
	 * @return the JSON tree of {@code d}
	 */
	public JsonNode data() {
		return DiscordJson.mapper().readTree(dataJson());
	}

	@Override
	public String toString() {
		return "RawEvent[shard=" + this.shardId + ", t=" + this.type + ", s=" + this.sequence + "]";
	}

}
