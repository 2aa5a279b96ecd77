package dev.serenity.simulator.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.SimulatorControl;
import dev.serenity.simulator.gateway.Gateway;
import dev.serenity.simulator.gateway.Gateway.SessionStartLimit;
import dev.serenity.simulator.record.Recorder;
import dev.serenity.simulator.record.RestRecord;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimMember;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimUser;
import dev.serenity.simulator.world.UnknownEntityException;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import io.netty.handler.codec.http.HttpHeaderNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Discord's REST API v10: gateway discovery, the current user and application, channels and the message family
 * ({@link MessageRoutes}, {@link PinAndReactionRoutes}). Every request passes the invalid request ban, the global
 * limit and its route's bucket ({@link RateLimits}), is recorded, and every answer of a route carries the bucket's
 * {@code X-RateLimit-*} headers. Every route but {@code GET /gateway} needs {@code Authorization: Bot <token>}.
 */
public final class RestApi {

	/** Most characters a message's content may have. */
	public static final int MAX_CONTENT_LENGTH = MessagePayloads.MAX_CONTENT_LENGTH;

	/** Most embeds a message may have. */
	public static final int MAX_EMBEDS = MessagePayloads.MAX_EMBEDS;

	/** Path prefix under which the simulator serves uploaded files. */
	public static final String ATTACHMENTS_PATH = "/attachments/";

	private static final Logger logger = LoggerFactory.getLogger(RestApi.class);

	private final SimulatorConfig config;

	private final World world;

	private final WorldJson json;

	private final Gateway gateway;

	private final SimulatorControl control;

	private final RateLimits rateLimits;

	private final Recorder recorder;

	private final Router router = new Router();

	private volatile String gatewayUrl = "";

	private volatile String baseUrl = "";

	/**
	 * Create the REST API.
	 * @param config the simulator's settings
	 * @param world the world
	 * @param gateway the gateway, for session start limits
	 * @param control the control API, which changes the world and sends the gateway events
	 * @param rateLimits the rate limits
	 * @param recorder records every request
	 * @throws IllegalArgumentException when the rate limit settings name a route the simulator does not serve
	 */
	public RestApi(SimulatorConfig config, World world, Gateway gateway, SimulatorControl control,
			RateLimits rateLimits, Recorder recorder) {
		this.config = config;
		this.world = world;
		this.json = new WorldJson(world);
		this.gateway = gateway;
		this.control = control;
		this.rateLimits = rateLimits;
		this.recorder = recorder;
		this.router.route("GET", "/gateway", this::getGateway)
			.route("GET", "/gateway/bot", this::getGatewayBot)
			.route("GET", "/channels/{channel_id}", (call) -> this.json.channel(channel(call)));
		new MessageRoutes(this).register(this.router);
		new PinAndReactionRoutes(this).register(this.router);
		new ChannelRoutes(this).register(this.router);
		new ThreadRoutes(this).register(this.router);
		new InviteRoutes(this).register(this.router);
		new PollRoutes(this).register(this.router);
		new UserRoutes(this).register(this.router);
		new ApplicationRoutes(this).register(this.router);
		InteractionRoutes interactions = new InteractionRoutes(this);
		new WebhookRoutes(this, interactions).register(this.router);
		new GuildRoutes(this).register(this.router);
		new ApplicationCommandRoutes(this).register(this.router);
		interactions.register(this.router);
		rateLimits.routes(this.router.routeNames());
	}

	/**
	 * Set the URL {@code GET /gateway} returns.
	 * @param gatewayUrl the gateway URL
	 */
	public void gatewayUrl(String gatewayUrl) {
		this.gatewayUrl = gatewayUrl;
	}

	/**
	 * Set the simulator's base URL, under which attachments are served.
	 * @param baseUrl e.g. {@code http://127.0.0.1:PORT}
	 */
	public void baseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * Answer a request under {@code /api/v10}.
	 * @param path the path below {@code /api/v10}
	 * @param call the request (its path variables are filled in here)
	 * @param address the client's IP address, for the invalid request limit
	 * @return the answer
	 */
	public HttpAnswer handle(String path, HttpCall call, String address) {
		Instant at = this.config.clock().instant();
		String route = null;
		String limitedBy = null;
		HttpAnswer answer = this.rateLimits.ban(address);
		if (answer != null) {
			limitedBy = "cloudflare";
		}
		else {
			RateLimitScope scope = null;
			try {
				Router.Match match = this.router.match(call.method(), path, call.pathVariables());
				route = match.name();
				String authorization = call.headers().get(HttpHeaderNames.AUTHORIZATION);
				boolean interaction = call.pathVariables().containsKey("interaction_token")
						|| InteractionRoutes.handles(call, this.config.applicationId());
				RateLimits.Admission admission = this.rateLimits.admit(route, call.pathVariables(),
						(authorization != null) ? "token " + authorization : "address " + address, interaction);
				if (admission.rejection() != null) {
					answer = admission.rejection();
					scope = admission.scope();
					limitedBy = scope.header();
				}
				else {
					answer = run(match, call, path).withHeaders(admission.headers());
				}
			}
			catch (HttpError ex) {
				answer = HttpAnswer.json(ex.status(), ex.body());
			}
			this.rateLimits.answered(address, answer.status(), scope);
		}
		record(at, call, path, route, answer.status(), limitedBy);
		return answer;
	}

	private HttpAnswer run(Router.Match match, HttpCall call, String path) {
		try {
			if (!path.equals("/gateway") && !WebhookRoutes.withToken(path)) {
				authorize(call);
			}
			JsonNode body = match.handler().handle(call);
			return HttpAnswer.json((body != null) ? 200 : 204, body);
		}
		catch (UnknownEntityException ex) {
			return error(call, path, unknown(ex));
		}
		catch (HttpError ex) {
			return error(call, path, ex);
		}
		catch (RuntimeException ex) {
			logger.warn("{} {} failed", call.method(), WebhookRoutes.redact(path), ex);
			return HttpAnswer.json(500, new HttpError(500, 0, "500: Internal Server Error").body());
		}
	}

	private static HttpAnswer error(HttpCall call, String path, HttpError error) {
		logger.info("{} {} answered {}: {}", call.method(), WebhookRoutes.redact(path), error.status(),
				error.getMessage());
		return HttpAnswer.json(error.status(), error.body());
	}

	private static HttpError unknown(UnknownEntityException ex) {
		return switch (ex.kind()) {
			case "channel" -> new HttpError(404, 10003, "Unknown Channel");
			case "guild" -> new HttpError(404, 10004, "Unknown Guild");
			case "message" -> new HttpError(404, 10008, "Unknown Message");
			case "user" -> new HttpError(404, 10013, "Unknown User");
			case "member" -> new HttpError(404, 10007, "Unknown Member");
			case "role" -> new HttpError(404, 10011, "Unknown Role");
			case "ban" -> new HttpError(404, 10026, "Unknown Ban");
			case "webhook" -> new HttpError(404, 10015, "Unknown Webhook");
			case "invite" -> new HttpError(404, 10006, "Unknown Invite");
			case "emoji" -> new HttpError(404, 10014, "Unknown Emoji");
			case "interaction" -> new HttpError(404, 10062, "Unknown interaction");
			case "application command" -> new HttpError(404, 10063, "Unknown application command");
			default -> new HttpError(404, 0, ex.getMessage());
		};
	}

	private void record(Instant at, HttpCall call, String path, String route, int status, String limitedBy) {
		String body = null;
		List<String> files = List.of();
		if (call.isMultipart()) {
			try {
				Multipart multipart = call.multipart();
				body = multipart.payload().toString();
				files = multipart.files()
					.stream()
					.map((file) -> file.field() + "=" + file.filename() + " (" + file.data().length + " bytes)")
					.toList();
			}
			catch (HttpError ex) {
				body = "<invalid multipart/form-data body>";
			}
		}
		else if (call.body().length > 0) {
			body = new String(call.body(), StandardCharsets.UTF_8);
		}
		String query = call.query().isEmpty() ? null : queryString(call.query());
		this.recorder.rest(new RestRecord(at, call.method(), route, path, query, status, limitedBy,
				call.headers().get(HttpHeaderNames.USER_AGENT), call.auditLogReason(),
				call.headers().get(HttpHeaderNames.CONTENT_TYPE), body, files));
	}

	private static String queryString(Map<String, List<String>> query) {
		StringBuilder text = new StringBuilder();
		query.forEach((name, values) -> values.forEach((value) -> {
			text.append((text.length() == 0) ? "" : "&").append(name).append('=').append(value);
		}));
		return text.toString();
	}

	/**
	 * Serve an uploaded file at the URL its attachment announces.
	 * @param path {@code /attachments/{channel_id}/{attachment_id}/{filename}}
	 * @return the file, or a 404
	 */
	public HttpAnswer attachment(String path) {
		String[] parts = path.substring(ATTACHMENTS_PATH.length()).split("/", 3);
		if (parts.length == 3 && parts[1].matches("\\d{1,20}")) {
			World.StoredFile file = this.world.file(Long.parseUnsignedLong(parts[1])).orElse(null);
			if (file != null) {
				return new HttpAnswer(200, file.contentType(), file.data(), Map.of());
			}
		}
		return HttpAnswer.text(404, "text/plain", "Not Found");
	}

	private void authorize(HttpCall call) {
		String authorization = call.headers().get(HttpHeaderNames.AUTHORIZATION);
		if (authorization == null || !authorization.equals("Bot " + this.config.token())) {
			throw HttpError.unauthorized();
		}
	}

	SimulatorConfig config() {
		return this.config;
	}

	World world() {
		return this.world;
	}

	WorldJson json() {
		return this.json;
	}

	SimulatorControl control() {
		return this.control;
	}

	String baseUrl() {
		return this.baseUrl;
	}

	SimChannel channel(HttpCall call) {
		return this.world.findChannel(call.id("channel_id"))
			.orElseThrow(() -> new HttpError(404, 10003, "Unknown Channel"));
	}

	SimGuild guild(HttpCall call) {
		return this.world.findGuild(call.id("guild_id"))
			.orElseThrow(() -> new HttpError(404, 10004, "Unknown Guild"));
	}

	SimUser user(HttpCall call) {
		return this.world.findUser(call.id("user_id")).orElseThrow(() -> new HttpError(404, 10013, "Unknown User"));
	}

	SimMember member(HttpCall call, SimGuild guild) {
		SimMember member = guild.members().get(call.id("user_id"));
		if (member == null) {
			throw new HttpError(404, 10007, "Unknown Member");
		}
		return member;
	}

	SimMessage message(HttpCall call, SimChannel channel) {
		return this.world.findMessage(call.id("message_id"))
			.filter((found) -> found.channelId() == channel.id())
			.orElseThrow(() -> new HttpError(404, 10008, "Unknown Message"));
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

}
