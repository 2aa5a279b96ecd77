package dev.serenity.simulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.serenity.simulator.gateway.Dispatch;
import dev.serenity.simulator.gateway.Gateway;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimInteraction;
import dev.serenity.simulator.world.SimInteractions;
import dev.serenity.simulator.world.SimMember;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimUser;
import dev.serenity.simulator.world.UnknownEntityException;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Control of interactions beyond slash commands: a user clicks a button or picks from a select menu, types into an
 * autocompleted option or submits a modal (each sends INTERACTION_CREATE and is tracked, so the simulator can check
 * the bot's responses), and what the bot answered. Also sets the guild permissions of application commands (sends
 * APPLICATION_COMMAND_PERMISSIONS_UPDATE). Reached through {@link SimulatorControl#interactions()}.
 */
public final class InteractionControl {

	/** Component type of a button. */
	public static final int BUTTON = 2;

	/** Component type of a string select menu. */
	public static final int STRING_SELECT = 3;

	private static final String APP_PERMISSIONS = "2248473465835073";

	private static final int ATTACHMENT_SIZE_LIMIT = 10_485_760;

	private final World world;

	private final WorldJson json;

	private final Gateway gateway;

	private final long applicationId;

	private final CommandLines commandLines;

	private volatile HttpInteractionDelivery http;

	InteractionControl(World world, Gateway gateway, long applicationId) {
		this.world = world;
		this.commandLines = new CommandLines(world);
		this.json = new WorldJson(world);
		this.gateway = gateway;
		this.applicationId = applicationId;
	}

	/**
	 * Make a user click a button or pick values of a select menu on a message; sends INTERACTION_CREATE (type 3).
	 * @param userId the user
	 * @param messageId the message holding the component
	 * @param customId the component's {@code custom_id}
	 * @param componentType {@link #BUTTON}, {@link #STRING_SELECT} or another component type
	 * @param values the values picked in a select menu; empty for a button
	 * @return the interaction as sent
	 */
	public ObjectNode clickComponent(long userId, long messageId, String customId, int componentType,
			List<String> values) {
		SimMessage message = this.world.findMessage(messageId)
			.orElseThrow(() -> new UnknownEntityException("message", messageId));
		ObjectNode interaction = base(userId, message.channelId(), SimInteraction.MESSAGE_COMPONENT);
		ObjectNode data = interaction.putObject("data");
		data.put("custom_id", customId);
		data.put("component_type", componentType);
		if (componentType != BUTTON) {
			ArrayNode picked = data.putArray("values");
			values.forEach(picked::add);
		}
		interaction.set("message", this.json.message(message, false));
		return send(interaction, 0, null, messageId);
	}

	/**
	 * Make a user type into an autocompleted option of a slash command; sends INTERACTION_CREATE (type 4).
	 * @param userId the user
	 * @param channelId the channel
	 * @param commandName the command
	 * @param optionName the focused option
	 * @param partialValue what the user typed so far
	 * @return the interaction as sent
	 */
	public ObjectNode autocomplete(long userId, long channelId, String commandName, String optionName,
			String partialValue) {
		ObjectNode interaction = base(userId, channelId, SimInteraction.AUTOCOMPLETE);
		ObjectNode data = interaction.putObject("data");
		data.put("id", WorldJson.id(this.world.nextId()));
		data.put("name", commandName);
		data.put("type", 1);
		ObjectNode option = data.putArray("options").addObject();
		option.put("name", optionName);
		option.put("type", 3);
		option.put("value", partialValue);
		option.put("focused", true);
		return send(interaction, 1, commandName, 0);
	}

	/**
	 * Make a user submit a modal of text inputs; sends INTERACTION_CREATE (type 5).
	 * @param userId the user
	 * @param channelId the channel
	 * @param customId the modal's {@code custom_id}
	 * @param values the text inputs' values by their {@code custom_id}
	 * @return the interaction as sent
	 */
	public ObjectNode submitModal(long userId, long channelId, String customId, Map<String, String> values) {
		ObjectNode interaction = base(userId, channelId, SimInteraction.MODAL_SUBMIT);
		ObjectNode data = interaction.putObject("data");
		data.put("custom_id", customId);
		ArrayNode rows = data.putArray("components");
		values.forEach((id, value) -> {
			ObjectNode input = rows.addObject().put("type", 1).putArray("components").addObject();
			input.put("type", 4);
			input.put("custom_id", id);
			input.put("value", value);
		});
		return send(interaction, 0, null, 0);
	}

	/**
	 * Make a user run a slash command; sends INTERACTION_CREATE (type 2). For
	 * {@link SimulatorControl#invokeSlashCommand}.
	 * @param userId the user
	 * @param channelId the channel (a guild channel or the DM with the bot)
	 * @param commandName the command
	 * @param options option values by name: strings, whole numbers, booleans or decimals
	 * @return the interaction as sent
	 */
	ObjectNode invokeSlashCommand(long userId, long channelId, String commandName, Map<String, Object> options) {
		ObjectNode interaction = base(userId, channelId, SimInteraction.APPLICATION_COMMAND, (data) -> {
			data.put("id", WorldJson.id(this.world.nextId()));
			data.put("name", commandName);
			data.put("type", 1);
			ArrayNode optionList = data.putArray("options");
			options.forEach((name, value) -> optionList.add(option(name, value)));
		});
		if (interaction.has("guild_id")) {
			((ObjectNode) interaction.get("data")).put("guild_id", interaction.get("guild_id").asString());
		}
		return send(interaction, 1, commandName, 0);
	}

	/**
	 * Make a user run a registered slash command typed as in Discord's command box, e.g. {@code roll sides:20} or
	 * {@code tag get name:"two words"}; sends INTERACTION_CREATE (type 2). The command must be registered (in the
	 * channel's guild or globally): sub-commands are followed and values typed by its options, and, as Discord's
	 * client, unknown options and missing required ones are refused.
	 * @param userId the user
	 * @param channelId the channel
	 * @param commandLine the command line, with or without the leading {@code /}
	 * @return the interaction as sent
	 * @throws IllegalArgumentException naming the command or option at fault
	 */
	public ObjectNode runCommand(long userId, long channelId, String commandLine) {
		ObjectNode data = this.commandLines.slash(this.world.channel(channelId), commandLine, null);
		ObjectNode interaction = base(userId, channelId, SimInteraction.APPLICATION_COMMAND, (node) -> node.setAll(data));
		return send(interaction, 1, data.get("name").asString(), 0);
	}

	/**
	 * Make a user type into an autocompleted option of a registered slash command; sends INTERACTION_CREATE (type 4)
	 * with that option focused.
	 * @param userId the user
	 * @param channelId the channel
	 * @param commandLine the command line so far, including the focused option, e.g. {@code tag get name:fo}
	 * @param focusedOption the option being typed
	 * @return the interaction as sent
	 */
	public ObjectNode autocompleteCommand(long userId, long channelId, String commandLine, String focusedOption) {
		ObjectNode data = this.commandLines.slash(this.world.channel(channelId), commandLine, focusedOption);
		ObjectNode interaction = base(userId, channelId, SimInteraction.AUTOCOMPLETE, (node) -> node.setAll(data));
		return send(interaction, 1, data.get("name").asString(), 0);
	}

	/**
	 * Make a user run a registered context-menu command on a user or a message; sends INTERACTION_CREATE (type 2).
	 * @param userId the user
	 * @param channelId the channel
	 * @param commandType 2 user command, 3 message command
	 * @param name the command's name
	 * @param targetId the user or message it runs on
	 * @return the interaction as sent
	 */
	public ObjectNode runContextMenuCommand(long userId, long channelId, int commandType, String name, long targetId) {
		if (commandType != 2 && commandType != 3) {
			throw new IllegalArgumentException("'commandType' must be 2 (user) or 3 (message) but was " + commandType);
		}
		ObjectNode data = this.commandLines.contextMenu(this.world.channel(channelId), commandType, name, targetId);
		ObjectNode interaction = base(userId, channelId, SimInteraction.APPLICATION_COMMAND, (node) -> node.setAll(data));
		return send(interaction, commandType, name, 0);
	}

	private static ObjectNode option(String name, Object value) {
		ObjectNode option = WorldJson.object();
		option.put("name", name);
		if (value instanceof Boolean bool) {
			option.put("type", 5);
			option.put("value", bool);
		}
		else if (value instanceof Integer || value instanceof Long) {
			option.put("type", 4);
			option.put("value", ((Number) value).longValue());
		}
		else if (value instanceof Number number) {
			option.put("type", 10);
			option.put("value", number.doubleValue());
		}
		else {
			option.put("type", 3);
			option.put("value", String.valueOf(value));
		}
		return option;
	}

	/**
	 * Return every response the bot sent to an interaction and the simulator accepted, in order.
	 * @return the callbacks
	 */
	public List<SimInteractions.Callback> callbacks() {
		return this.world.interactions().callbacks();
	}

	/**
	 * Return the response the bot sent to one interaction.
	 * @param interactionId the interaction
	 * @return the callback, if the interaction was answered
	 */
	public Optional<SimInteractions.Callback> callback(long interactionId) {
		return this.world.interactions().callbacks(interactionId).stream().findFirst();
	}

	/**
	 * Return an interaction's state: acknowledged, original message, follow-ups.
	 * @param interactionId the interaction
	 * @return the state
	 */
	public Optional<SimInteraction> find(long interactionId) {
		return this.world.interactions().find(interactionId);
	}

	/**
	 * Set who may use a command (or, with the application's id, all commands) in a guild; sends
	 * APPLICATION_COMMAND_PERMISSIONS_UPDATE.
	 * @param guildId the guild
	 * @param commandId the command, or the application's id
	 * @param permissions the overwrites
	 * @return the permissions as stored
	 */
	public ObjectNode setCommandPermissions(long guildId, long commandId, List<CommandPermission> permissions) {
		this.world.guild(guildId);
		if (commandId != this.applicationId && this.world.applicationCommands().find(commandId).isEmpty()) {
			throw new UnknownEntityException("application command", commandId);
		}
		ObjectNode entry = WorldJson.object();
		entry.put("id", WorldJson.id(commandId));
		entry.put("application_id", WorldJson.id(this.applicationId));
		entry.put("guild_id", WorldJson.id(guildId));
		ArrayNode list = entry.putArray("permissions");
		permissions.forEach((permission) -> list.addObject()
			.put("id", WorldJson.id(permission.id()))
			.put("type", permission.type())
			.put("permission", permission.permission()));
		this.world.applicationCommands().putPermissions(guildId, commandId, entry);
		this.gateway.dispatch(Dispatch.of("APPLICATION_COMMAND_PERMISSIONS_UPDATE", guildId, entry.deepCopy()));
		return entry;
	}

	private ObjectNode base(long userId, long channelId, int type) {
		return base(userId, channelId, type, null);
	}

	/** The interaction's common fields; {@code data}, when given, writes the data right after the type. */
	private ObjectNode base(long userId, long channelId, int type, Consumer<ObjectNode> data) {
		SimChannel channel = this.world.channel(channelId);
		SimUser user = this.world.user(userId);
		ObjectNode interaction = WorldJson.object();
		interaction.put("id", WorldJson.id(this.world.nextId()));
		interaction.put("application_id", WorldJson.id(this.applicationId));
		interaction.put("type", type);
		if (data != null) {
			data.accept(interaction.putObject("data"));
		}
		interaction.put("channel_id", WorldJson.id(channelId));
		interaction.set("channel", this.json.channel(channel));
		if (!channel.isDm()) {
			SimMember member = this.world.guild(channel.guildId()).members().get(userId);
			if (member == null) {
				throw new IllegalArgumentException("User " + Long.toUnsignedString(userId) + " is not a member of "
						+ "guild " + Long.toUnsignedString(channel.guildId()));
			}
			interaction.put("guild_id", WorldJson.id(channel.guildId()));
			ObjectNode memberJson = this.json.member(member, true);
			memberJson.put("permissions", Long.toString(this.world.guild(channel.guildId())
				.roles()
				.get(channel.guildId())
				.permissions()));
			interaction.set("member", memberJson);
			interaction.put("guild_locale", "en-US");
			interaction.putObject("authorizing_integration_owners").put("0", WorldJson.id(channel.guildId()));
			interaction.put("context", 0);
		}
		else {
			interaction.set("user", this.json.user(user));
			interaction.putObject("authorizing_integration_owners").put("0", "0");
			interaction.put("context", 1);
		}
		interaction.put("token", "interaction." + WorldJson.id(this.world.nextId()));
		interaction.put("version", 1);
		interaction.put("app_permissions", APP_PERMISSIONS);
		interaction.put("locale", "en-US");
		interaction.putArray("entitlements");
		interaction.put("attachment_size_limit", ATTACHMENT_SIZE_LIMIT);
		return interaction;
	}

	/**
	 * Deliver interactions to the bot's HTTP interactions endpoint, signed, instead of over the gateway; or, with
	 * {@code null}, over the gateway again.
	 * @param delivery the HTTP delivery, or {@code null}
	 */
	public void deliverOverHttp(HttpInteractionDelivery delivery) {
		this.http = delivery;
	}

	private ObjectNode send(ObjectNode interaction, int commandType, String commandName, long componentMessageId) {
		track(interaction, commandType, commandName, componentMessageId);
		HttpInteractionDelivery delivery = this.http;
		if (delivery != null) {
			delivery.deliver(interaction.deepCopy());
			return interaction;
		}
		long guildId = Long.parseUnsignedLong(interaction.path("guild_id").asString("0"));
		this.gateway.dispatch(Dispatch.of("INTERACTION_CREATE", guildId, interaction));
		return interaction;
	}

	private void track(ObjectNode interaction, int commandType, String commandName, long componentMessageId) {
		String userId = interaction.has("member") ? interaction.path("member").path("user").path("id").asString()
				: interaction.path("user").path("id").asString();
		this.world.interactions()
			.track(SimInteraction.of(Long.parseUnsignedLong(interaction.get("id").asString()),
					interaction.get("token").asString(), interaction.get("type").asInt(),
					Long.parseUnsignedLong(interaction.get("channel_id").asString()),
					Long.parseUnsignedLong(interaction.path("guild_id").asString("0")), Long.parseUnsignedLong(userId),
					this.world.now(), commandType, commandName, componentMessageId));
	}

	/**
	 * One overwrite of a command's guild permissions.
	 *
	 * @param id the role, user or channel (the guild's id: {@code @everyone}; the guild's id minus 1: all channels)
	 * @param type 1 role, 2 user, 3 channel
	 * @param permission whether the command is allowed
	 */
	public record CommandPermission(long id, int type, boolean permission) {
	}

}
