package dev.serenity.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.serenity.simulator.world.SimApplicationCommands;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimMember;
import dev.serenity.simulator.world.UnknownEntityException;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns what a user types into Discord's command box, such as {@code roll sides:20} or {@code tag get name:"two
 * words"}, into the {@code data} of an application command interaction, as Discord does: against the command the
 * bot registered (in the channel's guild, else globally), following its sub-command groups and sub-commands, typing
 * each value by its option type, resolving users, members, channels and roles, and refusing unknown commands and
 * options and missing required options, as Discord's client would.
 */
final class CommandLines {

	private final World world;

	private final WorldJson json;

	CommandLines(World world) {
		this.world = world;
		this.json = new WorldJson(world);
	}

	/**
	 * Build the data of a slash command interaction.
	 * @param channel the channel the command runs in
	 * @param line the command line, with or without the leading {@code /}
	 * @param focused the option being autocompleted, or {@code null}
	 * @return the data
	 * @throws IllegalArgumentException when the command or an option is unknown, a value does not fit or a required
	 * option is missing
	 */
	ObjectNode slash(SimChannel channel, String line, String focused) {
		List<String> tokens = tokenize(line.startsWith("/") ? line.substring(1) : line);
		if (tokens.isEmpty()) {
			throw new IllegalArgumentException("The command line is empty");
		}
		String name = tokens.get(0);
		Registered registered = find(channel, 1, name)
			.orElseThrow(() -> new IllegalArgumentException("No slash command /" + name + " is registered in "
					+ "guild " + Long.toUnsignedString(channel.guildId()) + " or globally; register it first"));
		ObjectNode data = WorldJson.object();
		data.put("id", registered.command().get("id").asString());
		data.put("name", name);
		data.put("type", 1);
		if (registered.scope() != SimApplicationCommands.GLOBAL) {
			data.put("guild_id", WorldJson.id(registered.scope()));
		}
		ObjectNode resolved = WorldJson.object();
		ArrayNode target = data.putArray("options");
		JsonNode declared = registered.command().path("options");
		String path = "/" + name;
		int index = 1;
		while (index < tokens.size() && !tokens.get(index).contains(":")) {
			String sub = tokens.get(index);
			JsonNode option = option(declared, sub);
			int type = (option != null) ? option.path("type").asInt() : 0;
			if (type != 1 && type != 2) {
				throw new IllegalArgumentException(path + " has no sub-command or group '" + sub + "'");
			}
			ObjectNode nested = target.addObject();
			nested.put("name", sub);
			nested.put("type", type);
			target = nested.putArray("options");
			declared = option.path("options");
			path += " " + sub;
			index++;
		}
		if (hasSubcommands(declared)) {
			throw new IllegalArgumentException(path + " needs a sub-command: one of " + names(declared));
		}
		List<String> given = new ArrayList<>();
		for (; index < tokens.size(); index++) {
			String token = tokens.get(index);
			int colon = token.indexOf(':');
			if (colon <= 0) {
				throw new IllegalArgumentException("'" + token + "' is not name:value after the sub-commands of " + path);
			}
			String optionName = token.substring(0, colon);
			JsonNode option = option(declared, optionName);
			if (option == null) {
				throw new IllegalArgumentException(path + " has no option '" + optionName + "'; its options are "
						+ names(declared));
			}
			ObjectNode value = target.addObject();
			value.put("name", optionName);
			value.put("type", option.path("type").asInt());
			if (optionName.equals(focused)) {
				// As Discord: what the user is typing arrives as text, whatever the option's type.
				value.put("value", token.substring(colon + 1));
				value.put("focused", true);
			}
			else {
				put(value, option.path("type").asInt(), token.substring(colon + 1), channel, resolved, optionName);
			}
			given.add(optionName);
		}
		if (focused == null) {
			for (JsonNode option : declared) {
				if (option.path("required").asBoolean(false) && !given.contains(option.path("name").asString())) {
					throw new IllegalArgumentException(path + " needs option '" + option.path("name").asString() + "'");
				}
			}
		}
		if (!resolved.isEmpty()) {
			data.set("resolved", resolved);
		}
		return data;
	}

	/**
	 * Build the data of a user or message context-menu command interaction.
	 * @param channel the channel
	 * @param type 2 user, 3 message
	 * @param name the command's name
	 * @param targetId the user or message
	 * @return the data
	 */
	ObjectNode contextMenu(SimChannel channel, int type, String name, long targetId) {
		Registered registered = find(channel, type, name)
			.orElseThrow(() -> new IllegalArgumentException("No " + ((type == 2) ? "user" : "message")
					+ " command '" + name + "' is registered in guild " + Long.toUnsignedString(channel.guildId())
					+ " or globally; register it first"));
		ObjectNode data = WorldJson.object();
		data.put("id", registered.command().get("id").asString());
		data.put("name", name);
		data.put("type", type);
		data.put("target_id", WorldJson.id(targetId));
		if (registered.scope() != SimApplicationCommands.GLOBAL) {
			data.put("guild_id", WorldJson.id(registered.scope()));
		}
		ObjectNode resolved = data.putObject("resolved");
		if (type == 2) {
			resolveUser(resolved, channel, targetId);
		}
		else {
			resolved.putObject("messages")
				.set(WorldJson.id(targetId), this.json.message(this.world.findMessage(targetId)
					.orElseThrow(() -> new UnknownEntityException("message", targetId)), false));
		}
		return data;
	}

	private void put(ObjectNode value, int type, String text, SimChannel channel, ObjectNode resolved, String name) {
		try {
			switch (type) {
				case 4 -> value.put("value", Long.parseLong(text));
				case 5 -> value.put("value", Boolean.parseBoolean(text));
				case 10 -> value.put("value", Double.parseDouble(text));
				case 6 -> {
					value.put("value", text);
					resolveUser(resolved, channel, Long.parseUnsignedLong(text));
				}
				case 7 -> {
					value.put("value", text);
					long id = Long.parseUnsignedLong(text);
					resolved.withObject("channels").set(text, this.json.channel(this.world.channel(id)));
				}
				case 8 -> {
					value.put("value", text);
					SimGuild guild = this.world.guild(channel.guildId());
					long id = Long.parseUnsignedLong(text);
					if (!guild.roles().containsKey(id)) {
						throw new UnknownEntityException("role", id);
					}
					resolved.withObject("roles").set(text, this.json.role(guild.roles().get(id)));
				}
				default -> value.put("value", text);
			}
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Option '" + name + "' takes " + typeName(type) + ", not '" + text
					+ "'", ex);
		}
	}

	private void resolveUser(ObjectNode resolved, SimChannel channel, long userId) {
		resolved.withObject("users").set(WorldJson.id(userId), this.json.user(this.world.user(userId)));
		if (!channel.isDm()) {
			SimMember member = this.world.guild(channel.guildId()).members().get(userId);
			if (member != null) {
				resolved.withObject("members").set(WorldJson.id(userId), this.json.member(member, false));
			}
		}
	}

	private Optional<Registered> find(SimChannel channel, int type, String name) {
		SimApplicationCommands commands = this.world.applicationCommands();
		if (!channel.isDm()) {
			Optional<ObjectNode> inGuild = match(commands.list(channel.guildId()), type, name);
			if (inGuild.isPresent()) {
				return inGuild.map((command) -> new Registered(channel.guildId(), command));
			}
		}
		return match(commands.list(SimApplicationCommands.GLOBAL), type, name)
			.map((command) -> new Registered(SimApplicationCommands.GLOBAL, command));
	}

	private static Optional<ObjectNode> match(List<ObjectNode> commands, int type, String name) {
		return commands.stream()
			.filter((command) -> command.path("type").asInt(1) == type && command.path("name").asString().equals(name))
			.findFirst();
	}

	private static JsonNode option(JsonNode options, String name) {
		for (JsonNode option : options) {
			if (option.path("name").asString().equals(name)) {
				return option;
			}
		}
		return null;
	}

	private static boolean hasSubcommands(JsonNode options) {
		for (JsonNode option : options) {
			int type = option.path("type").asInt();
			if (type == 1 || type == 2) {
				return true;
			}
		}
		return false;
	}

	private static List<String> names(JsonNode options) {
		List<String> names = new ArrayList<>();
		options.forEach((option) -> names.add(option.path("name").asString()));
		return names;
	}

	private static String typeName(int type) {
		return switch (type) {
			case 4 -> "a whole number";
			case 5 -> "true or false";
			case 10 -> "a number";
			default -> "an id";
		};
	}

	/** Split on spaces, keeping {@code "quoted text"} (after {@code name:}) together, without its quotes. */
	static List<String> tokenize(String line) {
		List<String> tokens = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (char c : line.trim().toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ' ' && !quoted) {
				if (!current.isEmpty()) {
					tokens.add(current.toString());
					current.setLength(0);
				}
			}
			else {
				current.append(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("Unclosed quote in the command line '" + line + "'");
		}
		if (!current.isEmpty()) {
			tokens.add(current.toString());
		}
		return tokens;
	}

	private record Registered(long scope, ObjectNode command) {
	}

}
