package dev.serenity.simulator.http;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.serenity.simulator.world.SimInteraction;
import dev.serenity.simulator.world.SimInteractions;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The interaction routes: the initial response ({@code POST /interactions/{id}/{token}/callback}, with
 * {@code with_response}), the original response and follow-ups under {@code /webhooks/{application_id}/{token}}.
 * As Discord: one response per interaction within {@value #RESPONSE_DEADLINE_SECONDS} seconds of the simulator's
 * clock (else 10062; a second one is 40060), the token then valid for {@value #TOKEN_LIFETIME_MINUTES} minutes
 * (else 50027), response types checked against the interaction's type, follow-ups only after the response.
 * Every accepted response is recorded ({@link SimInteractions#callbacks()}).
 *
 * <p>Another family serves plain webhooks under templates of the same shape; {@link #handles(HttpCall)} tells
 * whether a {@code /webhooks/...} request is for an interaction (its first id is the application's).
 */
final class InteractionRoutes {

	/** Seconds a bot has for the initial response. */
	static final int RESPONSE_DEADLINE_SECONDS = 3;

	/** Minutes an interaction's token stays valid. */
	static final int TOKEN_LIFETIME_MINUTES = 15;

	static final Duration RESPONSE_DEADLINE = Duration.ofSeconds(RESPONSE_DEADLINE_SECONDS);

	static final Duration TOKEN_LIFETIME = Duration.ofMinutes(TOKEN_LIFETIME_MINUTES);

	static final int MAX_AUTOCOMPLETE_CHOICES = 25;

	static final int MAX_CUSTOM_ID_LENGTH = 100;

	static final int MAX_MODAL_TITLE_LENGTH = 45;

	static final int MAX_MODAL_COMPONENTS = 5;

	/** The callback types Discord knows. */
	static final Set<Integer> CALLBACK_TYPES = Set.of(1, 4, 5, 6, 7, 8, 9, 10, 12);

	/** The templates this family registers under {@code /webhooks}. */
	static final List<String> WEBHOOK_TEMPLATES = List.of("/webhooks/{application_id}/{interaction_token}",
			"/webhooks/{application_id}/{interaction_token}/messages/@original",
			"/webhooks/{application_id}/{interaction_token}/messages/{message_id}");

	private static final String CALLBACK = "/interactions/{interaction_id}/{interaction_token}/callback";

	private final RestApi rest;

	private final World world;

	private final SimInteractions interactions;

	private final InteractionMessages messages;

	InteractionRoutes(RestApi rest) {
		this.rest = rest;
		this.world = rest.world();
		this.interactions = rest.world().interactions();
		this.messages = new InteractionMessages(rest);
	}

	void register(Router router) {
		String original = WEBHOOK_TEMPLATES.get(1);
		router.route("POST", CALLBACK, this::callback)
			.route("GET", original, (call) -> render(original(call)))
			.route("PATCH", original, this::editOriginal)
			.route("DELETE", original, this::deleteOriginal);
	}

	/**
	 * Answer a follow-up request that matched a plain webhook template ({@code /webhooks/{webhook_id}/
	 * {webhook_token}} and {@code .../messages/{message_id}}): Discord serves both under one route, so
	 * {@link WebhookRoutes} hands over the requests whose id is the application's ({@link #handles(HttpCall)}).
	 * @param call the request, with the webhook template's variables
	 * @return the answer
	 */
	JsonNode followUp(HttpCall call) {
		call.pathVariables().put("application_id", call.pathVariables().get("webhook_id"));
		call.pathVariables().put("interaction_token", call.pathVariables().get("webhook_token"));
		return switch (call.method()) {
			case "POST" -> createFollowUp(call);
			case "GET" -> render(followUp(call, token(call)));
			case "PATCH" -> editFollowUp(call);
			case "DELETE" -> deleteFollowUp(call);
			default -> throw HttpError.methodNotAllowed();
		};
	}

	/**
	 * Return whether a {@code /webhooks/{id}/{token}...} request is for an interaction: its id is the application's.
	 * @param call the request
	 * @return whether this family answers it
	 */
	boolean handles(HttpCall call) {
		return handles(call, this.rest.config().applicationId());
	}

	/**
	 * Return whether a request is for an interaction webhook of the given application.
	 * @param call the request
	 * @param applicationId the application
	 * @return whether its path is {@code /webhooks/<applicationId>/...}
	 */
	static boolean handles(HttpCall call, long applicationId) {
		String[] segments = call.path().split("/");
		return segments.length > 3 && segments[1].equals("webhooks")
				&& segments[2].equals(Long.toUnsignedString(applicationId));
	}

	private JsonNode callback(HttpCall call) {
		long id = call.id("interaction_id");
		String token = call.pathVariables().get("interaction_token");
		SimInteraction interaction = this.interactions.find(id)
			.filter((found) -> found.token().equals(token))
			.orElseThrow(InteractionRoutes::unknownInteraction);
		checkOpen(interaction);
		Multipart multipart = call.jsonOrMultipart();
		JsonNode body = HttpError.requireObject(multipart.payload());
		JsonNode typeNode = body.get("type");
		if (typeNode == null || !typeNode.isIntegralNumber() || !CALLBACK_TYPES.contains(typeNode.asInt())) {
			throw HttpError.invalidField("type", "BASE_TYPE_CHOICES",
					"Value must be one of {1, 4, 5, 6, 7, 8, 9, 10, 12}.");
		}
		int type = typeNode.asInt();
		checkTypeFits(type, interaction);
		JsonNode data = body.get("data");
		checkData(type, data);
		boolean ephemeral = (type == 4 || type == 5) && (data != null && (data.path("flags").asInt(0)
				& InteractionMessages.EPHEMERAL) != 0);
		long componentMessage = (type == 6 || type == 7) ? interaction.componentMessageId() : 0;
		boolean loading = type == 5;
		SimInteraction acknowledged = this.interactions.update(id, (current) -> {
			checkOpen(current);
			return current.acknowledge(type, componentMessage, loading, ephemeral);
		});
		SimMessage message = null;
		try {
			if (type == 4 || type == 5) {
				message = this.messages.create(acknowledged, data, multipart, true, loading, ephemeral);
				long created = message.id();
				acknowledged = this.interactions.update(id, (current) -> current.withOriginal(created, loading));
			}
			else if (type == 7) {
				message = this.messages.edit(componentMessage, (data != null && data.isObject()) ? data
						: WorldJson.object(), multipart);
			}
		}
		catch (RuntimeException ex) {
			this.interactions.track(interaction);
			throw ex;
		}
		this.interactions.record(new SimInteractions.Callback(id, type,
				(data != null) ? data.deepCopy() : null, this.world.now()));
		if (!"true".equalsIgnoreCase(call.queryParam("with_response"))) {
			return null;
		}
		return callbackResponse(acknowledged, type, message);
	}

	private ObjectNode callbackResponse(SimInteraction interaction, int type, SimMessage message) {
		ObjectNode response = WorldJson.object();
		ObjectNode callback = response.putObject("interaction");
		callback.put("id", WorldJson.id(interaction.id()));
		callback.put("type", interaction.type());
		if (message != null) {
			callback.put("response_message_id", WorldJson.id(message.id()));
			callback.put("response_message_loading", type == 5);
			callback.put("response_message_ephemeral", (message.flags() & InteractionMessages.EPHEMERAL) != 0);
		}
		if (message != null || type == 12) {
			ObjectNode resource = response.putObject("resource");
			resource.put("type", type);
			if (message != null) {
				resource.set("message", this.rest.json().message(message, false));
			}
			else {
				String instance = "i-" + WorldJson.id(this.world.nextId());
				callback.put("activity_instance_id", instance);
				resource.putObject("activity_instance").put("id", instance);
			}
		}
		return response;
	}

	private void checkOpen(SimInteraction interaction) {
		if (interaction.acknowledged()) {
			throw new HttpError(400, 40060, "Interaction has already been acknowledged.");
		}
		if (this.world.now().isAfter(interaction.createdAt().plus(RESPONSE_DEADLINE))) {
			throw unknownInteraction();
		}
	}

	private static void checkTypeFits(int type, SimInteraction interaction) {
		int kind = interaction.type();
		boolean fits = switch (type) {
			case 1 -> false;
			case 6, 7 -> kind == SimInteraction.MESSAGE_COMPONENT;
			case 8 -> kind == SimInteraction.AUTOCOMPLETE;
			case 9 -> kind == SimInteraction.APPLICATION_COMMAND || kind == SimInteraction.MESSAGE_COMPONENT;
			default -> kind != SimInteraction.AUTOCOMPLETE;
		};
		if (!fits) {
			throw HttpError.invalidField("type", "INTERACTION_RESPONSE_TYPE_INVALID",
					"Interaction response type " + type + " is not valid for an interaction of type " + kind + ".");
		}
	}

	private static void checkData(int type, JsonNode data) {
		boolean hasData = data != null && !data.isNull();
		if (hasData && !data.isObject()) {
			throw HttpError.invalidField("data", "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
		}
		if (type == 4 && !hasData) {
			throw new HttpError(400, 50006, "Cannot send an empty message");
		}
		if (type == 8) {
			JsonNode choices = hasData ? data.get("choices") : null;
			if (choices == null || !choices.isArray()) {
				throw HttpError.invalidField("data.choices", "BASE_TYPE_REQUIRED", "This field is required");
			}
			if (choices.size() > MAX_AUTOCOMPLETE_CHOICES) {
				throw HttpError.invalidField("data.choices", "BASE_TYPE_MAX_LENGTH", "Must be "
						+ MAX_AUTOCOMPLETE_CHOICES + " or fewer in length.");
			}
			for (int i = 0; i < choices.size(); i++) {
				String name = choices.get(i).path("name").asString("");
				if (name.isEmpty() || name.length() > 100) {
					throw HttpError.invalidField("data.choices." + i + ".name", "BASE_TYPE_BAD_LENGTH",
							"Must be between 1 and 100 in length.");
				}
				if (!choices.get(i).has("value")) {
					throw HttpError.invalidField("data.choices." + i + ".value", "BASE_TYPE_REQUIRED",
							"This field is required");
				}
			}
		}
		if (type == 9) {
			checkLength(hasData ? data.get("custom_id") : null, "data.custom_id", MAX_CUSTOM_ID_LENGTH);
			checkLength(hasData ? data.get("title") : null, "data.title", MAX_MODAL_TITLE_LENGTH);
			JsonNode components = hasData ? data.get("components") : null;
			if (components == null || !components.isArray() || components.isEmpty()) {
				throw HttpError.invalidField("data.components", "BASE_TYPE_REQUIRED", "This field is required");
			}
			if (components.size() > MAX_MODAL_COMPONENTS) {
				throw HttpError.invalidField("data.components", "BASE_TYPE_MAX_LENGTH", "Must be "
						+ MAX_MODAL_COMPONENTS + " or fewer in length.");
			}
		}
	}

	private static void checkLength(JsonNode node, String field, int max) {
		if (node == null || node.isNull()) {
			throw HttpError.invalidField(field, "BASE_TYPE_REQUIRED", "This field is required");
		}
		String text = node.asString();
		if (text.isEmpty() || text.length() > max) {
			throw HttpError.invalidField(field, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and " + max
					+ " in length.");
		}
	}

	private static HttpError unknownInteraction() {
		return new HttpError(404, 10062, "Unknown interaction");
	}

	/** The interaction of a webhook route, by application id and token, while its token is valid. */
	private SimInteraction token(HttpCall call) {
		if (call.id("application_id") != this.rest.config().applicationId()) {
			throw new HttpError(404, 10015, "Unknown Webhook");
		}
		String token = call.pathVariables().get("interaction_token");
		SimInteraction interaction = this.interactions.findByToken(token)
			.orElseThrow(() -> new HttpError(401, 50027, "Invalid Webhook Token"));
		if (this.world.now().isAfter(interaction.createdAt().plus(TOKEN_LIFETIME))) {
			throw new HttpError(401, 50027, "Invalid Webhook Token");
		}
		return interaction;
	}

	private long original(HttpCall call) {
		SimInteraction interaction = token(call);
		if (interaction.originalMessageId() == 0) {
			throw new HttpError(404, 10008, "Unknown Message");
		}
		return interaction.originalMessageId();
	}

	private long followUp(HttpCall call, SimInteraction interaction) {
		long id = call.id("message_id");
		if (id != interaction.originalMessageId() && !interaction.followUps().contains(id)) {
			throw new HttpError(404, 10008, "Unknown Message");
		}
		return id;
	}

	private JsonNode render(long messageId) {
		return this.rest.json().message(this.messages.find(messageId), false);
	}

	private JsonNode editOriginal(HttpCall call) {
		SimInteraction interaction = token(call);
		long id = original(call);
		JsonNode body = requireObject(call);
		SimMessage edited = this.messages.edit(id, body, call.jsonOrMultipart());
		this.interactions.update(interaction.id(), (current) -> current.withOriginal(id, false));
		return this.rest.json().message(edited, false);
	}

	private JsonNode deleteOriginal(HttpCall call) {
		SimInteraction interaction = token(call);
		long id = original(call);
		this.messages.delete(id);
		this.interactions.update(interaction.id(), (current) -> current.withOriginal(0, false));
		return null;
	}

	private JsonNode createFollowUp(HttpCall call) {
		SimInteraction interaction = token(call);
		if (!interaction.acknowledged()) {
			throw new HttpError(404, 10015, "Unknown Webhook");
		}
		Multipart multipart = call.jsonOrMultipart();
		JsonNode body = requireObject(call);
		if (interaction.loading() && interaction.originalMessageId() != 0) {
			SimMessage edited = this.messages.edit(interaction.originalMessageId(), body, multipart);
			this.interactions.update(interaction.id(), (current) -> current.withOriginal(edited.id(), false));
			return this.rest.json().message(edited, false);
		}
		boolean ephemeral = (body.path("flags").asInt(0) & InteractionMessages.EPHEMERAL) != 0;
		SimMessage message = this.messages.create(interaction, body, multipart, false, false, ephemeral);
		this.interactions.update(interaction.id(), (current) -> current.withFollowUp(message.id()));
		return this.rest.json().message(message, false);
	}

	private JsonNode editFollowUp(HttpCall call) {
		SimInteraction interaction = token(call);
		long id = followUp(call, interaction);
		SimMessage edited = this.messages.edit(id, requireObject(call), call.jsonOrMultipart());
		return this.rest.json().message(edited, false);
	}

	private JsonNode deleteFollowUp(HttpCall call) {
		SimInteraction interaction = token(call);
		long id = followUp(call, interaction);
		this.messages.delete(id);
		if (id == interaction.originalMessageId()) {
			this.interactions.update(interaction.id(), (current) -> current.withOriginal(0, false));
		}
		return null;
	}

	private static JsonNode requireObject(HttpCall call) {
		return HttpError.requireObject(call.jsonOrMultipart().payload());
	}

}
