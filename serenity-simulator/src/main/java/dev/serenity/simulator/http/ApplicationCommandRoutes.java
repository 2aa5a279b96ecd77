package dev.serenity.simulator.http;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.serenity.simulator.world.SimApplicationCommands;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The application command routes, global and per guild: list, create (an upsert by name and type), read, edit,
 * delete, bulk overwrite, and the guild permissions. Discord's validation answers 50035 naming the field (also for
 * duplicate names in a bulk overwrite), 10063 for an unknown command, 30032 when a scope already holds 100
 * CHAT_INPUT, 15 USER or 15 MESSAGE commands, and 10066 for a command without permissions. Discord sends no
 * gateway event for command changes.
 */
final class ApplicationCommandRoutes {

	private static final String GLOBAL = "/applications/{application_id}/commands";

	private static final String GUILD = "/applications/{application_id}/guilds/{guild_id}/commands";

	private final RestApi rest;

	private final World world;

	private final SimApplicationCommands commands;

	ApplicationCommandRoutes(RestApi rest) {
		this.rest = rest;
		this.world = rest.world();
		this.commands = rest.world().applicationCommands();
	}

	void register(Router router) {
		router.route("GET", GLOBAL, this::list)
			.route("POST", GLOBAL, this::create)
			.route("PUT", GLOBAL, this::overwrite)
			.route("GET", GLOBAL + "/{command_id}", this::get)
			.route("PATCH", GLOBAL + "/{command_id}", this::edit)
			.route("DELETE", GLOBAL + "/{command_id}", this::delete)
			.route("GET", GUILD, this::list)
			.route("POST", GUILD, this::create)
			.route("PUT", GUILD, this::overwrite)
			.route("GET", GUILD + "/{command_id}", this::get)
			.route("PATCH", GUILD + "/{command_id}", this::edit)
			.route("DELETE", GUILD + "/{command_id}", this::delete)
			.route("GET", GUILD + "/permissions", this::permissions)
			.route("GET", GUILD + "/{command_id}/permissions", this::commandPermissions);
	}

	/** The scope of the request: 0 for global routes, the guild's id for guild routes. */
	private long scope(HttpCall call) {
		if (call.id("application_id") != this.rest.config().applicationId()) {
			throw new HttpError(403, 50001, "Missing Access");
		}
		if (!call.pathVariables().containsKey("guild_id")) {
			return SimApplicationCommands.GLOBAL;
		}
		return this.rest.guild(call).id();
	}

	private JsonNode list(HttpCall call) {
		long scope = scope(call);
		boolean localizations = "true".equalsIgnoreCase(call.queryParam("with_localizations"));
		ArrayNode list = WorldJson.array();
		for (ObjectNode command : this.commands.list(scope)) {
			if (!localizations) {
				command.remove("name_localizations");
				command.remove("description_localizations");
			}
			list.add(command);
		}
		return list;
	}

	private ObjectNode find(HttpCall call, long scope) {
		return this.commands.find(scope, call.id("command_id"))
			.orElseThrow(() -> new HttpError(404, 10063, "Unknown application command"));
	}

	private JsonNode get(HttpCall call) {
		return find(call, scope(call));
	}

	private JsonNode create(HttpCall call) {
		long scope = scope(call);
		JsonNode body = HttpError.requireObject(call.requireJson());
		int type = CommandPayloads.type(body, "");
		String name = body.path("name").asString("");
		List<ObjectNode> existing = this.commands.list(scope);
		ObjectNode same = existing.stream()
			.filter((command) -> command.get("type").asInt() == type && command.get("name").asString().equals(name))
			.findFirst()
			.orElse(null);
		if (same == null) {
			long ofType = existing.stream().filter((command) -> command.get("type").asInt() == type).count();
			int max = CommandPayloads.MAX_COMMANDS.get(type);
			if (ofType >= max) {
				throw new HttpError(400, 30032, "Maximum number of application commands reached (" + max + ")");
			}
		}
		long id = (same != null) ? Long.parseUnsignedLong(same.get("id").asString()) : this.world.nextId();
		ObjectNode command = build(body, "", type, id, scope);
		this.commands.put(scope, id, command);
		return command;
	}

	private ObjectNode build(JsonNode body, String prefix, int type, long id, long scope) {
		ObjectNode command = WorldJson.object();
		command.put("id", WorldJson.id(id));
		command.put("application_id", WorldJson.id(this.rest.config().applicationId()));
		command.put("version", WorldJson.id(this.world.nextId()));
		command.put("default_permission", true);
		command.put("type", type);
		CommandPayloads.apply(body, prefix, command, type, false);
		if (scope != SimApplicationCommands.GLOBAL) {
			command.put("guild_id", WorldJson.id(scope));
		}
		else {
			command.put("dm_permission", true);
		}
		return command;
	}

	private JsonNode edit(HttpCall call) {
		long scope = scope(call);
		ObjectNode command = find(call, scope);
		JsonNode body = HttpError.requireObject(call.requireJson());
		int type = command.get("type").asInt();
		CommandPayloads.apply(body, "", command, type, true);
		String name = command.get("name").asString();
		boolean clash = this.commands.list(scope)
			.stream()
			.anyMatch((other) -> !other.get("id").equals(command.get("id")) && other.get("type").asInt() == type
					&& other.get("name").asString().equals(name));
		if (clash) {
			throw HttpError.invalidField("name", "APPLICATION_COMMANDS_DUPLICATE_NAME",
					"Application command names must be unique");
		}
		command.put("version", WorldJson.id(this.world.nextId()));
		this.commands.put(scope, call.id("command_id"), command);
		return command;
	}

	private JsonNode delete(HttpCall call) {
		long scope = scope(call);
		find(call, scope);
		this.commands.remove(scope, call.id("command_id"));
		return null;
	}

	private JsonNode overwrite(HttpCall call) {
		long scope = scope(call);
		JsonNode body = call.requireJson();
		if (!body.isArray()) {
			throw HttpError.invalidForm(null, "BASE_TYPE_ARRAY", "Must be an array.");
		}
		Map<String, Long> existing = new HashMap<>();
		this.commands.list(scope).forEach((command) -> existing.put(command.get("type").asInt() + " "
				+ command.get("name").asString(), Long.parseUnsignedLong(command.get("id").asString())));
		Map<Integer, Integer> counts = new HashMap<>();
		Set<String> names = new HashSet<>();
		Map<Long, ObjectNode> replacement = new LinkedHashMap<>();
		for (int i = 0; i < body.size(); i++) {
			JsonNode entry = body.get(i);
			String prefix = i + ".";
			if (!entry.isObject()) {
				throw HttpError.invalidField(Integer.toString(i), "MODEL_TYPE_CONVERT",
						"Only dictionaries may be used in a ModelType");
			}
			int type = CommandPayloads.type(entry, prefix);
			String key = type + " " + entry.path("name").asString("");
			if (!names.add(key)) {
				throw HttpError.invalidField(Integer.toString(i) + ".name", "APPLICATION_COMMANDS_DUPLICATE_NAME",
						"Application command names must be unique");
			}
			int max = CommandPayloads.MAX_COMMANDS.get(type);
			if (counts.merge(type, 1, Integer::sum) > max) {
				throw new HttpError(400, 30032, "Maximum number of application commands reached (" + max + ")");
			}
			long id = existing.getOrDefault(key, this.world.nextId());
			replacement.put(id, build(entry, prefix, type, id, scope));
		}
		this.commands.replace(scope, replacement);
		ArrayNode list = WorldJson.array();
		replacement.values().forEach(list::add);
		return list;
	}

	private JsonNode permissions(HttpCall call) {
		long scope = scope(call);
		ArrayNode list = WorldJson.array();
		this.commands.permissions(scope).forEach(list::add);
		return list;
	}

	private JsonNode commandPermissions(HttpCall call) {
		long scope = scope(call);
		long id = call.id("command_id");
		if (id != this.rest.config().applicationId() && this.commands.find(id).isEmpty()) {
			throw new HttpError(404, 10063, "Unknown application command");
		}
		return this.commands.permissions(scope, id)
			.orElseThrow(() -> new HttpError(404, 10066, "Unknown application command permissions"));
	}

}
