package dev.serenity.simulator.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.serenity.simulator.SimulatorControl;
import dev.serenity.simulator.gateway.FaultKind;
import dev.serenity.simulator.gateway.FaultPlan;
import dev.serenity.simulator.gateway.Gateway;
import dev.serenity.simulator.gateway.GatewaySession;
import dev.serenity.simulator.gateway.ShardControl;
import dev.serenity.simulator.record.Recorder;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimUser;
import dev.serenity.simulator.world.UnknownEntityException;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The control API over HTTP, under {@code /_simulator}: the same operations as {@link SimulatorControl}, for tools
 * and for clients in other languages. Requests and answers are JSON; ids are strings as in Discord's API.
 */
public final class ControlHttpApi {

	private final SimulatorControl control;

	private final Gateway gateway;

	private final Recorder recorder;

	private final Supplier<ObjectNode> info;

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final Router router = new Router();

	/**
	 * Create the HTTP control API.
	 * @param control the Java control API
	 * @param gateway the gateway, for session listings
	 * @param recorder the recordings
	 * @param info supplies the connection details shown by {@code GET /_simulator}
	 */
	public ControlHttpApi(SimulatorControl control, Gateway gateway, Recorder recorder, Supplier<ObjectNode> info) {
		this.control = control;
		this.gateway = gateway;
		this.recorder = recorder;
		this.info = info;
		this.router.route("GET", "", (call) -> this.info.get())
			.route("POST", "/users", this::createUser)
			.route("POST", "/guilds", this::createGuild)
			.route("GET", "/guilds", (call) -> guilds())
			.route("POST", "/guilds/{guild_id}/channels", this::createChannel)
			.route("PUT", "/guilds/{guild_id}/members/{user_id}", this::addMember)
			.route("DELETE", "/guilds/{guild_id}/members/{user_id}", this::removeMember)
			.route("POST", "/channels/{channel_id}/messages", this::say)
			.route("POST", "/channels/{channel_id}/flood", this::flood)
			.route("DELETE", "/channels/{channel_id}/messages/{message_id}", (call) -> {
				this.control.deleteMessage(call.id("channel_id"), call.id("message_id"));
				return null;
			})
			.route("PUT", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/{user_id}", (call) -> {
				this.control.react(call.id("user_id"), call.id("channel_id"), call.id("message_id"),
						call.pathVariables().get("emoji"));
				return null;
			})
			.route("DELETE", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/{user_id}", (call) -> {
				this.control.unreact(call.id("user_id"), call.id("channel_id"), call.id("message_id"),
						call.pathVariables().get("emoji"));
				return null;
			})
			.route("PUT", "/channels/{channel_id}/pins/{message_id}", (call) -> {
				this.control.pin(Long.parseUnsignedLong(text(call.json(), "user_id")), call.id("channel_id"),
						call.id("message_id"));
				return null;
			})
			.route("DELETE", "/channels/{channel_id}/pins/{message_id}", (call) -> {
				this.control.unpin(call.id("channel_id"), call.id("message_id"));
				return null;
			})
			.route("PUT", "/channels/{channel_id}/polls/{message_id}/answers/{answer_id}/{user_id}", (call) -> {
				this.control.polls().vote(call.id("user_id"), call.id("channel_id"), call.id("message_id"),
						(int) call.id("answer_id"));
				return null;
			})
			.route("DELETE", "/channels/{channel_id}/polls/{message_id}/answers/{answer_id}/{user_id}", (call) -> {
				this.control.polls().unvote(call.id("user_id"), call.id("channel_id"), call.id("message_id"),
						(int) call.id("answer_id"));
				return null;
			})
			.route("POST", "/rate-limits/force", this::forceRateLimit)
			.route("GET", "/rate-limits", (call) -> {
				ObjectNode json = WorldJson.object();
				json.put("invalid_requests", this.control.invalidRequestCount());
				return json;
			})
			.route("DELETE", "/rate-limits", (call) -> {
				this.control.resetRateLimits();
				return null;
			})
			.route("POST", "/interactions", this::interaction)
			.route("POST", "/dispatch", this::dispatch)
			.route("POST", "/shards/{shard_id}/faults", this::fault)
			.route("GET", "/sessions", (call) -> sessions())
			.route("GET", "/messages", (call) -> messages())
			.route("GET", "/recordings/connections", (call) -> list(this.recorder.connections()))
			.route("GET", "/recordings/frames", (call) -> list(this.recorder.frames()))
			.route("GET", "/recordings/closes", (call) -> list(this.recorder.closes()))
			.route("GET", "/recordings/session-attempts", (call) -> list(this.recorder.sessionAttempts()))
			.route("GET", "/recordings/presences", (call) -> list(this.recorder.presences()))
			.route("GET", "/recordings/rest", (call) -> list(this.recorder.rest()))
			.route("DELETE", "/recordings", (call) -> {
				this.recorder.clear();
				return null;
			});
		new InteractionControlRoutes(control.interactions()).register(this.router);
	}

	/**
	 * Answer a request under {@code /_simulator}.
	 * @param method the HTTP method
	 * @param path the path below {@code /_simulator}
	 * @param call the request
	 * @return the body, or {@code null} for 204
	 */
	public JsonNode handle(String method, String path, HttpCall call) {
		try {
			return this.router.find(method, path, call.pathVariables()).handle(call);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new HttpError(400, 0, ex.getMessage());
		}
		catch (UnknownEntityException ex) {
			throw new HttpError(404, 0, ex.getMessage());
		}
	}

	private JsonNode createUser(HttpCall call) {
		SimUser user = this.control.createUser(text(call.json(), "username"));
		return new WorldJson(this.control.world()).user(user);
	}

	private JsonNode createGuild(HttpCall call) {
		JsonNode body = call.json();
		SimGuild guild = body.hasNonNull("owner_id")
				? this.control.createGuild(text(body, "name"), Long.parseUnsignedLong(text(body, "owner_id")))
				: this.control.createGuild(text(body, "name"));
		return guildSummary(guild);
	}

	private JsonNode guilds() {
		ArrayNode guilds = WorldJson.array();
		this.control.world().guilds().forEach((guild) -> guilds.add(guildSummary(guild)));
		return guilds;
	}

	private ObjectNode guildSummary(SimGuild guild) {
		ObjectNode json = WorldJson.object();
		json.put("id", WorldJson.id(guild.id()));
		json.put("name", guild.name());
		json.put("owner_id", WorldJson.id(guild.ownerId()));
		ArrayNode channels = json.putArray("channels");
		this.control.world().channelsOf(guild).forEach((channel) -> channels.add(channelSummary(channel)));
		ArrayNode members = json.putArray("member_ids");
		guild.members().keySet().forEach((id) -> members.add(WorldJson.id(id)));
		return json;
	}

	private static ObjectNode channelSummary(SimChannel channel) {
		ObjectNode json = WorldJson.object();
		json.put("id", WorldJson.id(channel.id()));
		json.put("name", channel.name());
		json.put("type", channel.type());
		return json;
	}

	private JsonNode createChannel(HttpCall call) {
		JsonNode body = call.json();
		int type = body.hasNonNull("type") ? body.get("type").asInt() : SimChannel.GUILD_TEXT;
		return channelSummary(this.control.createChannel(call.id("guild_id"), text(body, "name"), type));
	}

	private JsonNode addMember(HttpCall call) {
		this.control.addMember(call.id("guild_id"), call.id("user_id"));
		return null;
	}

	private JsonNode removeMember(HttpCall call) {
		this.control.removeMember(call.id("guild_id"), call.id("user_id"));
		return null;
	}

	private JsonNode say(HttpCall call) {
		JsonNode body = call.json();
		SimMessage message = this.control.say(Long.parseUnsignedLong(text(body, "author_id")), call.id("channel_id"),
				text(body, "content"));
		return new WorldJson(this.control.world()).message(message, false);
	}

	private JsonNode flood(HttpCall call) {
		JsonNode body = call.json();
		long count = body.hasNonNull("count") ? body.get("count").asLong() : 1000;
		SimulatorControl.Flood flood = this.control.flood(call.id("channel_id"),
				Long.parseUnsignedLong(text(body, "author_id")), count);
		ObjectNode json = WorldJson.object();
		json.put("sessions", flood.floods().size());
		json.put("count", count);
		return json;
	}

	private JsonNode interaction(HttpCall call) {
		JsonNode body = call.json();
		Map<String, Object> options = new LinkedHashMap<>();
		JsonNode given = body.get("options");
		if (given != null && given.isObject()) {
			for (Map.Entry<String, JsonNode> option : given.properties()) {
				JsonNode value = option.getValue();
				options.put(option.getKey(), value.isBoolean() ? (Object) value.booleanValue()
						: value.isIntegralNumber() ? (Object) value.longValue()
								: value.isNumber() ? (Object) value.doubleValue() : value.asString());
			}
		}
		return this.control.invokeSlashCommand(Long.parseUnsignedLong(text(body, "user_id")),
				Long.parseUnsignedLong(text(body, "channel_id")), text(body, "command_name"), options);
	}

	private JsonNode dispatch(HttpCall call) {
		JsonNode body = call.json();
		JsonNode data = body.get("d");
		if (data == null || !data.isObject()) {
			throw new IllegalArgumentException("'d' must be an object");
		}
		long guildId = body.hasNonNull("guild_id") ? Long.parseUnsignedLong(text(body, "guild_id")) : 0;
		this.control.dispatch(text(body, "t"), guildId, (ObjectNode) data);
		return null;
	}

	private JsonNode forceRateLimit(HttpCall call) {
		JsonNode body = call.json();
		RateLimitScope scope = RateLimitScope.of(text(body, "scope"));
		String route = body.hasNonNull("route") ? text(body, "route") : null;
		double seconds = body.path("retry_after").asDouble(1.0);
		if (!(seconds >= 0)) {
			throw new IllegalArgumentException("'retry_after' must be seconds, at least 0");
		}
		this.control.forceRateLimit(scope, route, Duration.ofMillis(Math.round(seconds * 1000)),
				body.path("count").asInt(1));
		return null;
	}

	private JsonNode fault(HttpCall call) {
		JsonNode body = call.json();
		ShardControl shard = this.control.shard((int) call.id("shard_id"));
		String type = text(body, "type");
		int hit = switch (type) {
			case "drop" -> shard.drop();
			case "close" -> shard.close(body.path("code").asInt(4000));
			case "reconnect" -> shard.reconnect();
			case "invalidate_session" -> shard.invalidateSession(body.path("resumable").asBoolean(false));
			case "request_heartbeat" -> shard.requestHeartbeat();
			case "raw" -> shard.sendRaw(text(body, "payload"));
			case "stop_acking" -> run(shard::stopAcking);
			case "resume_acking" -> run(shard::resumeAcking);
			case "delay" -> run(() -> shard.delayFrames(Duration.ofMillis(body.path("delay_ms").asLong(0))));
			case "hold" -> run(shard::hold);
			case "release" -> run(shard::release);
			case "plan" -> run(() -> shard.plan(plan(body)));
			default -> throw new IllegalArgumentException("Unknown fault type '" + type + "'; use drop, close, "
					+ "reconnect, invalidate_session, request_heartbeat, raw, stop_acking, resume_acking, delay, "
					+ "hold, release or plan");
		};
		ObjectNode json = WorldJson.object();
		json.put("connections", hit);
		return json;
	}

	private static FaultPlan plan(JsonNode body) {
		long seed = body.path("seed").asLong(System.nanoTime());
		int faults = body.path("faults").asInt(10);
		int minGap = body.path("min_gap").asInt(50);
		int maxGap = body.path("max_gap").asInt(500);
		JsonNode kinds = body.get("kinds");
		if (kinds == null || !kinds.isArray()) {
			return FaultPlan.resumable(seed, faults, minGap, maxGap);
		}
		List<FaultKind> list = kinds.valueStream().map((kind) -> FaultKind.valueOf(kind.asString())).toList();
		return new FaultPlan(seed, faults, minGap, maxGap, list);
	}

	private static int run(Runnable action) {
		action.run();
		return 0;
	}

	private JsonNode sessions() {
		ArrayNode sessions = WorldJson.array();
		for (GatewaySession session : this.gateway.sessions()) {
			ObjectNode json = sessions.addObject();
			json.put("session_id", session.id());
			json.putArray("shard").add(session.shardId()).add(session.numShards());
			json.put("intents", session.intents());
			json.put("seq", session.seq());
			json.put("connected", session.connection() != null);
		}
		return sessions;
	}

	private JsonNode messages() {
		WorldJson json = new WorldJson(this.control.world());
		ArrayNode messages = WorldJson.array();
		this.control.world().messages().forEach((message) -> messages.add(json.message(message, true)));
		return messages;
	}

	private JsonNode list(List<?> records) {
		return this.mapper.valueToTree(records);
	}

	private static String text(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull() || value.asString().isBlank()) {
			throw new IllegalArgumentException("'" + field + "' is required");
		}
		return value.asString();
	}

}
