package dev.serenity.simulator.http;

import java.util.ArrayList;
import java.util.List;

import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.SimulatorControl;
import dev.serenity.simulator.gateway.Gateway;
import dev.serenity.simulator.gateway.Gateway.SessionStartLimit;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Discord's REST API v10, the routes clients need to start and to talk: gateway discovery, the current user and
 * application, channels and messages. Every route but {@code GET /gateway} needs {@code Authorization: Bot <token>}.
 */
public final class RestApi {

	/** Most characters a message's content may have. */
	public static final int MAX_CONTENT_LENGTH = 2000;

	/** Most embeds a message may have. */
	public static final int MAX_EMBEDS = 10;

	private final SimulatorConfig config;

	private final World world;

	private final WorldJson json;

	private final Gateway gateway;

	private final SimulatorControl control;

	private final Router router = new Router();

	private volatile String gatewayUrl = "";

	/**
	 * Create the REST API.
	 * @param config the simulator's settings
	 * @param world the world
	 * @param gateway the gateway, for session start limits
	 * @param control the control API, which publishes messages
	 */
	public RestApi(SimulatorConfig config, World world, Gateway gateway, SimulatorControl control) {
		this.config = config;
		this.world = world;
		this.json = new WorldJson(world);
		this.gateway = gateway;
		this.control = control;
		this.router.route("GET", "/gateway", this::getGateway)
			.route("GET", "/gateway/bot", this::getGatewayBot)
			.route("GET", "/users/@me", (call) -> this.json.user(this.world.bot()))
			.route("GET", "/applications/@me", (call) -> application())
			.route("GET", "/channels/{channel_id}", (call) -> this.json.channel(channel(call)))
			.route("POST", "/channels/{channel_id}/messages", this::createMessage)
			.route("GET", "/channels/{channel_id}/messages/{message_id}", this::getMessage);
	}

	/**
	 * Set the URL {@code GET /gateway} returns.
	 * @param gatewayUrl the gateway URL
	 */
	public void gatewayUrl(String gatewayUrl) {
		this.gatewayUrl = gatewayUrl;
	}

	/**
	 * Answer a request under {@code /api/v10}.
	 * @param method the HTTP method
	 * @param path the path below {@code /api/v10}
	 * @param call the request (its path variables are filled in here)
	 * @return the body of a 200 answer, or {@code null} for 204
	 */
	public JsonNode handle(String method, String path, HttpCall call) {
		Router.Handler handler = this.router.find(method, path, call.pathVariables());
		if (!path.equals("/gateway")) {
			authorize(call);
		}
		return handler.handle(call);
	}

	private void authorize(HttpCall call) {
		String authorization = call.headers().get("Authorization");
		if (authorization == null || !authorization.equals("Bot " + this.config.token())) {
			throw HttpError.unauthorized();
		}
	}

	private JsonNode getGateway(HttpCall call) {
		ObjectNode body = WorldJson.object();
		body.put("url", this.gatewayUrl);
		return body;
	}

	private JsonNode getGatewayBot(HttpCall call) {
		SessionStartLimit limit = this.gateway.sessionStartLimit();
		ObjectNode body = WorldJson.object();
		body.put("url", this.gatewayUrl);
		body.put("shards", recommendedShards());
		ObjectNode start = body.putObject("session_start_limit");
		start.put("total", limit.total());
		start.put("remaining", limit.remaining());
		start.put("reset_after", limit.resetAfterMillis());
		start.put("max_concurrency", limit.maxConcurrency());
		return body;
	}

	private int recommendedShards() {
		if (this.config.recommendedShards() > 0) {
			return this.config.recommendedShards();
		}
		return Math.max(1, (this.world.guilds().size() + 999) / 1000);
	}

	private JsonNode application() {
		ObjectNode application = WorldJson.object();
		application.put("id", WorldJson.id(this.config.applicationId()));
		application.put("name", this.config.botName());
		application.putNull("icon");
		application.put("description", "An application simulated by serenity-simulator");
		application.put("bot_public", true);
		application.put("bot_require_code_grant", false);
		application.set("bot", this.json.user(this.world.bot()));
		application.put("verify_key", "0".repeat(64));
		application.putNull("team");
		application.put("flags", (1 << 12) | (1 << 15) | (1 << 19));
		application.put("approximate_guild_count", this.world.guilds().size());
		application.putArray("redirect_uris");
		application.putNull("interactions_endpoint_url");
		return application;
	}

	private SimChannel channel(HttpCall call) {
		return this.world.findChannel(call.id("channel_id"))
			.orElseThrow(() -> new HttpError(404, 10003, "Unknown Channel"));
	}

	private JsonNode getMessage(HttpCall call) {
		SimChannel channel = channel(call);
		SimMessage message = this.world.findMessage(call.id("message_id"))
			.filter((found) -> found.channelId() == channel.id())
			.orElseThrow(() -> new HttpError(404, 10008, "Unknown Message"));
		return this.json.message(message, false);
	}

	private JsonNode createMessage(HttpCall call) {
		SimChannel channel = channel(call);
		JsonNode body = call.json();
		if (!body.isObject()) {
			throw new HttpError(400, 50109, "The request body contains invalid JSON.");
		}
		String content = body.hasNonNull("content") ? body.get("content").asString() : "";
		int embeds = body.hasNonNull("embeds") ? body.get("embeds").size() : 0;
		boolean hasOther = body.hasNonNull("sticker_ids") || body.hasNonNull("components") || body.hasNonNull("poll");
		if (content.length() > MAX_CONTENT_LENGTH) {
			throw HttpError.invalidField("content", "BASE_TYPE_MAX_LENGTH",
					"Must be " + MAX_CONTENT_LENGTH + " or fewer in length.");
		}
		if (embeds > MAX_EMBEDS) {
			throw HttpError.invalidField("embeds", "BASE_TYPE_MAX_LENGTH",
					"Must be " + MAX_EMBEDS + " or fewer in length.");
		}
		if (content.isEmpty() && embeds == 0 && !hasOther) {
			throw new HttpError(400, 50006, "Cannot send an empty message");
		}
		long referenced = 0;
		if (body.hasNonNull("message_reference")) {
			JsonNode reference = body.get("message_reference");
			JsonNode id = reference.get("message_id");
			if (id == null || !id.isString() || !id.stringValue().matches("\\d{1,20}")) {
				throw HttpError.invalidField("message_reference.message_id", "BASE_TYPE_REQUIRED",
						"This field is required");
			}
			referenced = Long.parseUnsignedLong(id.stringValue());
			if (this.world.findMessage(referenced).isEmpty()) {
				throw HttpError.invalidField("message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE",
						"Unknown message");
			}
		}
		List<Long> mentions = new ArrayList<>();
		SimMessage message = new SimMessage(this.world.nextId(), channel.id(), channel.guildId(),
				this.world.bot().id(), content, this.world.now(), mentions, referenced, embeds);
		this.control.publish(message);
		return this.json.message(message, false);
	}

}
