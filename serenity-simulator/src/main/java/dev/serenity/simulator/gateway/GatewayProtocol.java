package dev.serenity.simulator.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.gateway.Payloads.InvalidPayloadException;
import dev.serenity.simulator.record.ClientFrame;
import io.netty.buffer.ByteBuf;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads client frames the way Discord does: size and rate checks first, then JSON, then the opcode; every bad
 * input gets the close code Discord would send.
 */
final class GatewayProtocol {

	private static final Set<String> STATUSES = Set.of("online", "dnd", "idle", "invisible", "offline");

	private final Gateway gateway;

	private final SimulatorConfig config;

	private final GatewayCommands commands;

	private final JsonMapper json = JsonMapper.builder().build();

	GatewayProtocol(Gateway gateway, SimulatorConfig config, GatewayCommands commands) {
		this.gateway = gateway;
		this.config = config;
		this.commands = commands;
	}

	/**
	 * Handle one text frame; runs on the connection's event loop.
	 * @param connection the connection
	 * @param content the frame's bytes
	 */
	void receive(GatewayConnection connection, ByteBuf content) {
		Instant now = this.gateway.now();
		int size = content.readableBytes();
		String text = content.toString(StandardCharsets.UTF_8);
		if (size > this.config.maxClientFrameBytes()) {
			record(connection, -1, text, now);
			connection.close(CloseCodes.DECODE_ERROR, "Decode error: payload of " + size + " bytes is over the "
					+ this.config.maxClientFrameBytes() + "-byte limit");
			return;
		}
		if (!connection.admitFrame(now, this.config.commandLimit(), this.config.commandWindow())) {
			record(connection, -1, text, now);
			connection.close(CloseCodes.RATE_LIMITED, "Rate limited: more than " + this.config.commandLimit()
					+ " payloads in " + this.config.commandWindow().toSeconds() + " s");
			return;
		}
		JsonNode frame;
		try {
			frame = this.json.readTree(text);
		}
		catch (JacksonException ex) {
			record(connection, -1, text, now);
			connection.close(CloseCodes.DECODE_ERROR, "Decode error: invalid JSON");
			return;
		}
		JsonNode opNode = (frame != null && frame.isObject()) ? frame.get("op") : null;
		if (opNode == null || !opNode.isIntegralNumber() || !opNode.canConvertToInt()) {
			record(connection, -1, text, now);
			connection.close(CloseCodes.DECODE_ERROR, "Decode error: a payload must be an object with an integer 'op'");
			return;
		}
		int op = opNode.intValue();
		record(connection, op, text, now);
		JsonNode data = frame.get("d");
		try {
			handle(connection, op, data, now);
		}
		catch (InvalidPayloadException ex) {
			connection.close(CloseCodes.UNKNOWN_OPCODE, "Invalid payload for opcode " + op + ": " + ex.getMessage());
		}
	}

	private void handle(GatewayConnection connection, int op, JsonNode data, Instant now) {
		switch (op) {
			case 1 -> heartbeat(connection, data, now);
			case 2 -> this.gateway.identify(connection, data);
			case 6 -> this.gateway.resume(connection, data);
			case 3, 4, 8, 31, 43 -> {
				if (!connection.authenticated()) {
					connection.close(CloseCodes.NOT_AUTHENTICATED,
							"Not authenticated: opcode " + op + " sent before IDENTIFY");
					return;
				}
				command(connection, op, data);
			}
			default -> connection.close(CloseCodes.UNKNOWN_OPCODE, "Unknown opcode " + op);
		}
	}

	private void command(GatewayConnection connection, int op, JsonNode data) {
		GatewaySession session = connection.session();
		switch (op) {
			case 3 -> this.gateway.presence(session, presence(data));
			case 4 -> this.commands.voiceStateUpdate(session, Payloads.object(data, null));
			case 8 -> this.commands.requestGuildMembers(session, Payloads.object(data, null));
			case 31 -> this.commands.requestSoundboardSounds(session, Payloads.object(data, null));
			default -> this.commands.requestChannelInfo(session, Payloads.object(data, null));
		}
	}

	private void heartbeat(GatewayConnection connection, JsonNode data, Instant now) {
		if (data != null && !data.isNull() && !data.isIntegralNumber()) {
			throw new InvalidPayloadException("'d' must be the last sequence number or null");
		}
		connection.heartbeatReceived(now);
		if (!this.gateway.faults(connection.shardId()).ackWithheld()) {
			connection.send("{\"op\":11}");
		}
	}

	/**
	 * Check a presence object (op 3's {@code d}, or IDENTIFY's {@code presence}).
	 * @param data the presence
	 * @return the same node
	 */
	static JsonNode presence(JsonNode data) {
		Payloads.object(data, null);
		String status = Payloads.string(data, "status");
		if (!STATUSES.contains(status)) {
			throw new InvalidPayloadException("'status' must be one of " + STATUSES + " but was '" + status + "'");
		}
		JsonNode activities = data.get("activities");
		if (activities == null || !activities.isArray()) {
			throw new InvalidPayloadException("'activities' must be an array");
		}
		for (JsonNode activity : activities) {
			Payloads.string(Payloads.object(activity, null), "name");
			long type = Payloads.integer(activity, "type");
			if (type < 0 || type > 5) {
				throw new InvalidPayloadException("activity 'type' must be 0 to 5 but was " + type);
			}
		}
		JsonNode since = data.get("since");
		if (since != null && !since.isNull() && !since.isIntegralNumber()) {
			throw new InvalidPayloadException("'since' must be a Unix time in milliseconds or null");
		}
		Payloads.bool(data, "afk");
		return data;
	}

	/**
	 * Answer a binary frame: with {@code encoding=json} clients send text only.
	 * @param connection the connection
	 * @param content the frame's bytes
	 */
	void rejectBinary(GatewayConnection connection, ByteBuf content) {
		record(connection, -1, "<binary frame of " + content.readableBytes() + " bytes>", this.gateway.now());
		connection.close(CloseCodes.DECODE_ERROR, "Decode error: binary frames are not accepted with encoding=json");
	}

	private void record(GatewayConnection connection, int op, String text, Instant now) {
		this.gateway.recorder().frame(new ClientFrame(connection.id(), connection.shardId(), op, text, now));
	}

}
