package dev.serenity.simulator.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import dev.serenity.simulator.world.ApplicationStore;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The current application: read and edit it ({@code GET/PATCH /applications/@me}; no gateway event follows an
 * edit), and its role connection metadata.
 */
final class ApplicationRoutes {

	/** Flag: the application may receive presences (limited intent, settable). */
	static final int GATEWAY_PRESENCE_LIMITED = 1 << 13;

	/** Flag: the application may receive guild members (limited intent, settable). */
	static final int GATEWAY_GUILD_MEMBERS_LIMITED = 1 << 15;

	/** Flag: the application may receive message content (limited intent, settable). */
	static final int GATEWAY_MESSAGE_CONTENT_LIMITED = 1 << 19;

	/** The only flags the API may change. */
	static final int SETTABLE_FLAGS = GATEWAY_PRESENCE_LIMITED | GATEWAY_GUILD_MEMBERS_LIMITED
			| GATEWAY_MESSAGE_CONTENT_LIMITED;

	/** The flags the simulated application starts with. */
	static final int DEFAULT_FLAGS = (1 << 12) | GATEWAY_GUILD_MEMBERS_LIMITED | GATEWAY_MESSAGE_CONTENT_LIMITED;

	static final int MAX_DESCRIPTION_LENGTH = 400;

	static final int MAX_TAGS = 5;

	static final int MAX_TAG_LENGTH = 20;

	static final int MAX_ROLE_CONNECTION_METADATA = 5;

	private static final Set<String> URL_FIELDS = Set.of("custom_install_url", "interactions_endpoint_url",
			"role_connections_verification_url", "event_webhooks_url");

	private final RestApi rest;

	private final World world;

	ApplicationRoutes(RestApi rest) {
		this.rest = rest;
		this.world = rest.world();
	}

	void register(Router router) {
		router.route("GET", "/applications/@me", (call) -> application())
			.route("PATCH", "/applications/@me", this::edit)
			.route("GET", "/applications/{application_id}/role-connections/metadata",
					(call) -> ownApplication(call).roleConnectionMetadata())
			.route("PUT", "/applications/{application_id}/role-connections/metadata", this::putMetadata);
	}

	private ObjectNode application() {
		ObjectNode application = WorldJson.object();
		application.put("id", WorldJson.id(this.rest.config().applicationId()));
		application.put("name", this.rest.config().botName());
		application.putNull("icon");
		application.put("description", "An application simulated by serenity-simulator");
		application.put("bot_public", true);
		application.put("bot_require_code_grant", false);
		application.set("bot", this.rest.json().user(this.world.bot()));
		application.put("verify_key", "0".repeat(64));
		application.putNull("team");
		application.put("flags", DEFAULT_FLAGS);
		application.put("approximate_guild_count", this.world.guilds().size());
		application.putArray("redirect_uris");
		application.putNull("interactions_endpoint_url");
		application.putNull("role_connections_verification_url");
		application.putNull("event_webhooks_url");
		application.put("event_webhooks_status", 1);
		application.setAll(this.world.application().changes());
		return application;
	}

	private JsonNode edit(HttpCall call) {
		JsonNode body = call.requireJson();
		ObjectNode changes = WorldJson.object();
		if (body.has("description")) {
			String description = body.get("description").isNull() ? "" : body.get("description").asString();
			if (description.length() > MAX_DESCRIPTION_LENGTH) {
				throw HttpError.invalidField("description", "BASE_TYPE_MAX_LENGTH",
						"Must be " + MAX_DESCRIPTION_LENGTH + " or fewer in length.");
			}
			changes.put("description", description);
		}
		for (String field : URL_FIELDS) {
			if (body.has(field)) {
				changes.put(field, url(field, body.get(field)));
			}
		}
		if (body.has("tags")) {
			changes.set("tags", tags(body.get("tags")));
		}
		if (body.has("flags")) {
			JsonNode flags = body.get("flags");
			if (!flags.isIntegralNumber() || (flags.asInt() & ~SETTABLE_FLAGS) != 0) {
				throw HttpError.invalidField("flags", "BASE_TYPE_CHOICES", "Only the limited intent flags "
						+ "GATEWAY_PRESENCE_LIMITED, GATEWAY_GUILD_MEMBERS_LIMITED and GATEWAY_MESSAGE_CONTENT_LIMITED "
						+ "can be set.");
			}
			int current = application().path("flags").asInt();
			changes.put("flags", (current & ~SETTABLE_FLAGS) | flags.asInt());
		}
		if (body.has("icon")) {
			changes.put("icon", ImagePayloads.hash(body.get("icon"), "icon"));
		}
		if (body.has("cover_image")) {
			changes.put("cover_image", ImagePayloads.hash(body.get("cover_image"), "cover_image"));
		}
		for (String field : Set.of("install_params", "integration_types_config")) {
			if (body.has(field)) {
				changes.set(field, body.get(field).deepCopy());
			}
		}
		this.world.application().change(changes);
		return application();
	}

	private static String url(String field, JsonNode value) {
		if (value.isNull() || value.asString().isEmpty()) {
			return null;
		}
		String text = value.asString();
		try {
			URI uri = new URI(text);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return text;
			}
		}
		catch (URISyntaxException ex) {
			// answered below
		}
		throw HttpError.invalidField(field, "URL_TYPE_INVALID_URL", "Not a well formed URL.");
	}

	private static ArrayNode tags(JsonNode tags) {
		if (tags.isNull()) {
			return WorldJson.array();
		}
		if (!tags.isArray()) {
			throw HttpError.invalidField("tags", "BASE_TYPE_ARRAY", "Must be an array.");
		}
		if (tags.size() > MAX_TAGS) {
			throw HttpError.invalidField("tags", "BASE_TYPE_MAX_LENGTH", "Must be " + MAX_TAGS + " or fewer in length.");
		}
		for (int i = 0; i < tags.size(); i++) {
			int length = tags.get(i).asString().length();
			if (length < 1 || length > MAX_TAG_LENGTH) {
				throw HttpError.invalidField("tags." + i, "BASE_TYPE_BAD_LENGTH",
						"Must be between 1 and " + MAX_TAG_LENGTH + " in length.");
			}
		}
		return (ArrayNode) tags.deepCopy();
	}

	private ApplicationStore ownApplication(HttpCall call) {
		if (call.id("application_id") != this.rest.config().applicationId()) {
			throw new HttpError(403, 50001, "Missing Access");
		}
		return this.world.application();
	}

	private JsonNode putMetadata(HttpCall call) {
		ownApplication(call);
		JsonNode records = call.requireJson();
		if (!records.isArray()) {
			throw HttpError.invalidForm(null, "BASE_TYPE_ARRAY", "Must be an array.");
		}
		if (records.size() > MAX_ROLE_CONNECTION_METADATA) {
			throw HttpError.invalidForm(null, "BASE_TYPE_MAX_LENGTH",
					"Must be " + MAX_ROLE_CONNECTION_METADATA + " or fewer in length.");
		}
		for (int i = 0; i < records.size(); i++) {
			JsonNode record = records.get(i);
			int type = record.path("type").asInt(0);
			if (type < 1 || type > 8) {
				throw HttpError.invalidField(i + ".type", "BASE_TYPE_CHOICES", "Value must be one of (1, 2, 3, 4, 5, "
						+ "6, 7, 8).");
			}
			if (!record.path("key").asString("").matches("[a-z0-9_]{1,50}")) {
				throw HttpError.invalidField(i + ".key", "BASE_TYPE_BAD_LENGTH",
						"Must be 1 to 50 characters of a-z, 0-9 or _.");
			}
			checkLength(record, "name", 100, i);
			checkLength(record, "description", 200, i);
		}
		this.world.application().roleConnectionMetadata((ArrayNode) records);
		return this.world.application().roleConnectionMetadata();
	}

	private static void checkLength(JsonNode record, String field, int max, int index) {
		int length = record.path(field).asString("").length();
		if (length < 1 || length > max) {
			throw HttpError.invalidField(index + "." + field, "BASE_TYPE_BAD_LENGTH",
					"Must be between 1 and " + max + " in length.");
		}
	}

}
