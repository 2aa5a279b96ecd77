package dev.serenity.simulator.gateway;

import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.gateway.Gateway.IdentifyRejectedException;
import dev.serenity.simulator.gateway.Payloads.InvalidPayloadException;
import tools.jackson.databind.JsonNode;

/**
 * An IDENTIFY payload checked the way Discord checks it; each fault maps to its close code.
 *
 * @param shardId the shard id ({@code shard[0]}, 0 when absent)
 * @param numShards the shard count ({@code shard[1]}, 1 when absent)
 * @param intents the intent bits
 * @param largeThreshold the large threshold (50 when absent)
 * @param compress whether payload compression was asked for
 * @param presence the initial presence, or {@code null}
 */
record Identify(int shardId, int numShards, long intents, int largeThreshold, boolean compress, JsonNode presence) {

	static final int DEFAULT_LARGE_THRESHOLD = 50;

	static Identify read(JsonNode data, SimulatorConfig config) {
		if (data == null || !data.isObject()) {
			throw rejected(CloseCodes.UNKNOWN_OPCODE, "Invalid payload for opcode 2: 'd' must be an object", -1, 0, 0);
		}
		JsonNode token = data.get("token");
		if (token == null || !token.isString()) {
			throw rejected(CloseCodes.UNKNOWN_OPCODE, "Invalid payload for opcode 2: 'token' must be a string", -1, 0,
					0);
		}
		if (!config.token().equals(token.stringValue())) {
			throw rejected(CloseCodes.AUTHENTICATION_FAILED, "Authentication failed: unknown token"
					+ (token.stringValue().startsWith("Bot ") ? " (send the token without the 'Bot ' prefix)" : ""),
					-1, 0, 0);
		}
		try {
			JsonNode properties = Payloads.object(data, "properties");
			Payloads.string(properties, "os");
			Payloads.string(properties, "browser");
			Payloads.string(properties, "device");
		}
		catch (InvalidPayloadException ex) {
			throw rejected(CloseCodes.UNKNOWN_OPCODE, "Invalid payload for opcode 2: " + ex.getMessage(), -1, 0, 0);
		}
		int[] shard = shard(data.get("shard"));
		long intents = intents(data.get("intents"), config, shard);
		int largeThreshold = DEFAULT_LARGE_THRESHOLD;
		boolean compress = false;
		JsonNode presence = null;
		try {
			if (data.hasNonNull("large_threshold")) {
				long value = Payloads.integer(data, "large_threshold");
				if (value < 50 || value > 250) {
					throw new InvalidPayloadException("'large_threshold' must be 50 to 250 but was " + value);
				}
				largeThreshold = (int) value;
			}
			compress = Payloads.optionalBool(data, "compress");
			if (data.hasNonNull("presence")) {
				presence = GatewayProtocol.presence(data.get("presence"));
			}
		}
		catch (InvalidPayloadException ex) {
			throw rejected(CloseCodes.UNKNOWN_OPCODE, "Invalid payload for opcode 2: " + ex.getMessage(), shard[0],
					shard[1], intents);
		}
		return new Identify(shard[0], shard[1], intents, largeThreshold, compress, presence);
	}

	private static int[] shard(JsonNode shard) {
		if (shard == null || shard.isNull()) {
			return new int[] { 0, 1 };
		}
		if (shard.isArray() && shard.size() == 2 && shard.get(0).isIntegralNumber() && shard.get(1).isIntegralNumber()
				&& shard.get(0).canConvertToInt() && shard.get(1).canConvertToInt()) {
			int id = shard.get(0).intValue();
			int count = shard.get(1).intValue();
			if (count >= 1 && id >= 0 && id < count) {
				return new int[] { id, count };
			}
		}
		throw rejected(CloseCodes.INVALID_SHARD,
				"Invalid shard: 'shard' must be [shard_id, num_shards] with 0 <= shard_id < num_shards, but was "
						+ shard,
				-1, 0, 0);
	}

	private static long intents(JsonNode node, SimulatorConfig config, int[] shard) {
		if (node == null || !node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
			throw rejected(CloseCodes.INVALID_INTENTS, "Invalid intent(s): 'intents' is required and must be an "
					+ "integer bit set, but was " + node, shard[0], shard[1], 0);
		}
		long intents = node.longValue();
		long undefined = intents & ~Intent.DEFINED_BITS;
		if (undefined != 0) {
			throw rejected(CloseCodes.INVALID_INTENTS,
					"Invalid intent(s): undefined bits 0x" + Long.toHexString(undefined), shard[0], shard[1], intents);
		}
		for (Intent intent : Intent.of(intents)) {
			if (intent.privileged() && !config.privilegedIntents().contains(intent)) {
				throw rejected(CloseCodes.DISALLOWED_INTENTS, "Disallowed intent(s): " + intent
						+ " is not enabled for this application", shard[0], shard[1], intents);
			}
		}
		return intents;
	}

	private static IdentifyRejectedException rejected(int code, String message, int shardId, int numShards,
			long intents) {
		return new IdentifyRejectedException(code, message, shardId, numShards, intents);
	}

}
