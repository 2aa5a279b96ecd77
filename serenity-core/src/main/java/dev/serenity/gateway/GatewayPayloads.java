package dev.serenity.gateway;

import java.nio.charset.StandardCharsets;

import dev.serenity.gateway.command.ActivityData;
import dev.serenity.gateway.command.PresenceUpdate;
import dev.serenity.gateway.command.RequestGuildMembers;
import dev.serenity.gateway.command.VoiceStateUpdate;
import dev.serenity.model.Snowflake;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the payloads a shard sends. Payloads with the token (IDENTIFY, RESUME) are never logged.
 */
final class GatewayPayloads {

	/** Largest payload Discord accepts from a client. */
	static final int MAX_PAYLOAD_BYTES = 4096;

	/**
	 * A plain mapper, not {@code DiscordJson.mapper()}: that one leaves nulls out, and commands need explicit nulls
	 * ({@code "since": null}, {@code "channel_id": null} to leave voice).
	 */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private GatewayPayloads() {
	}

	static String heartbeat(long sequence) {
		return "{\"op\":1,\"d\":" + ((sequence >= 0) ? Long.toString(sequence) : "null") + "}";
	}

	static String identify(GatewayConfig config, PresenceUpdate presence, int shardId, int shardCount) {
		ObjectNode d = NODES.objectNode();
		d.put("token", config.token().raw());
		ObjectNode properties = d.putObject("properties");
		properties.put("os", config.operatingSystem());
		properties.put("browser", config.libraryName());
		properties.put("device", config.libraryName());
		d.put("compress", false);
		d.put("large_threshold", config.largeThreshold());
		d.putArray("shard").add(shardId).add(shardCount);
		d.set("presence", presence(presence));
		d.put("intents", config.intents());
		return checked(envelope(2, d));
	}

	static String resume(GatewayConfig config, String sessionId, long sequence) {
		ObjectNode d = NODES.objectNode();
		d.put("token", config.token().raw());
		d.put("session_id", sessionId);
		d.put("seq", Math.max(0, sequence));
		return envelope(6, d);
	}

	static String presenceUpdate(PresenceUpdate presence) {
		return checked(envelope(3, presence(presence)));
	}

	static String voiceStateUpdate(VoiceStateUpdate update) {
		ObjectNode d = NODES.objectNode();
		d.put("guild_id", update.guildId().toString());
		if (update.channelId() != null) {
			d.put("channel_id", update.channelId().toString());
		}
		else {
			d.putNull("channel_id");
		}
		d.put("self_mute", update.selfMute());
		d.put("self_deaf", update.selfDeaf());
		return checked(envelope(4, d));
	}

	static String requestGuildMembers(RequestGuildMembers request, String nonce) {
		ObjectNode d = NODES.objectNode();
		d.put("guild_id", request.guildId().toString());
		if (request.query() != null) {
			d.put("query", request.query());
		}
		else {
			ArrayNode ids = d.putArray("user_ids");
			for (Snowflake id : request.userIds()) {
				ids.add(id.toString());
			}
		}
		d.put("limit", request.limit());
		d.put("presences", request.presences());
		d.put("nonce", nonce);
		return checked(envelope(8, d));
	}

	private static ObjectNode presence(PresenceUpdate presence) {
		ObjectNode node = NODES.objectNode();
		if (presence.since() != null) {
			node.put("since", presence.since());
		}
		else {
			node.putNull("since");
		}
		ArrayNode activities = node.putArray("activities");
		for (ActivityData activity : presence.activities()) {
			ObjectNode entry = activities.addObject();
			entry.put("name", activity.name());
			entry.put("type", activity.type().value());
			if (activity.url() != null) {
				entry.put("url", activity.url());
			}
			if (activity.state() != null) {
				entry.put("state", activity.state());
			}
		}
		node.put("status", presence.status().value());
		node.put("afk", presence.afk());
		return node;
	}

	private static String envelope(int op, ObjectNode d) {
		ObjectNode payload = NODES.objectNode();
		payload.put("op", op);
		payload.set("d", d);
		return JSON.writeValueAsString(payload);
	}

	/**
	 * Check a command against Discord's payload limit before it is queued.
	 * @param payload the payload
	 * @return the payload
	 * @throws IllegalArgumentException when it is over 4,096 bytes
	 */
	static String checked(String payload) {
		int size = payload.getBytes(StandardCharsets.UTF_8).length;
		if (size > MAX_PAYLOAD_BYTES) {
			throw new IllegalArgumentException("Gateway payload of " + size + " bytes is over Discord's "
					+ MAX_PAYLOAD_BYTES + "-byte limit (shorten the activity text or the request)");
		}
		return payload;
	}

}
