package dev.serenity.simulator.http;

import java.util.ArrayList;
import java.util.List;

import dev.serenity.simulator.InteractionControl;
import dev.serenity.simulator.world.SimInteractions;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The interaction part of the HTTP control API under {@code /_simulator}: a user clicks a component
 * ({@code POST /interactions/components} with {@code user_id}, {@code message_id}, {@code custom_id}, optional
 * {@code component_type} and {@code values}), types into an autocompleted option ({@code POST
 * /interactions/autocomplete} with {@code user_id}, {@code channel_id}, {@code command_name}, {@code option},
 * {@code value}), and the bot's responses ({@code GET /interactions/callbacks}).
 */
final class InteractionControlRoutes {

	private final InteractionControl interactions;

	InteractionControlRoutes(InteractionControl interactions) {
		this.interactions = interactions;
	}

	void register(Router router) {
		router.route("POST", "/interactions/components", this::clickComponent)
			.route("POST", "/interactions/autocomplete", this::autocomplete)
			.route("GET", "/interactions/callbacks", (call) -> callbacks());
	}

	private JsonNode clickComponent(HttpCall call) {
		JsonNode body = call.json();
		List<String> values = new ArrayList<>();
		body.path("values").forEach((value) -> values.add(value.asString()));
		int type = body.path("component_type").asInt(InteractionControl.BUTTON);
		return this.interactions.clickComponent(id(body, "user_id"), id(body, "message_id"), text(body, "custom_id"),
				type, values);
	}

	private JsonNode autocomplete(HttpCall call) {
		JsonNode body = call.json();
		return this.interactions.autocomplete(id(body, "user_id"), id(body, "channel_id"), text(body, "command_name"),
				text(body, "option"), body.path("value").asString(""));
	}

	private JsonNode callbacks() {
		ArrayNode list = WorldJson.array();
		for (SimInteractions.Callback callback : this.interactions.callbacks()) {
			ObjectNode entry = list.addObject();
			entry.put("interaction_id", WorldJson.id(callback.interactionId()));
			entry.put("type", callback.type());
			entry.set("data", callback.data());
			entry.put("at", WorldJson.timestamp(callback.at()));
		}
		return list;
	}

	private static long id(JsonNode body, String field) {
		return Long.parseUnsignedLong(text(body, field));
	}

	private static String text(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull() || value.asString().isBlank()) {
			throw new IllegalArgumentException("'" + field + "' is required");
		}
		return value.asString();
	}

}
