package dev.serenity.boot.test;

import java.util.List;
import java.util.Map;

import dev.serenity.simulator.InteractionControl;
import dev.serenity.simulator.world.SimApplicationCommands;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimUser;
import org.springframework.util.Assert;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A (human) user of the simulated Discord, made with {@link SimulatedGuild#member(String)}: says things, runs slash
 * and context-menu commands, types into autocompleted options, clicks buttons, picks from select menus and submits
 * modals.
 */
public final class SimulatedUser {

	private final SimulatedDiscord discord;

	private final SimUser user;

	SimulatedUser(SimulatedDiscord discord, SimUser user) {
		this.discord = discord;
		this.user = user;
	}

	/**
	 * Return the user's id.
	 * @return the id
	 */
	public long id() {
		return this.user.id();
	}

	/**
	 * Return the user's name.
	 * @return the username
	 */
	public String name() {
		return this.user.username();
	}

	/**
	 * Return how the user is mentioned in a message.
	 * @return {@code <@id>}
	 */
	public String mention() {
		return "<@" + Long.toUnsignedString(id()) + ">";
	}

	/**
	 * Say something in a channel (MESSAGE_CREATE; the bot sees the content with the MESSAGE_CONTENT intent, or when
	 * the message mentions it).
	 * @param channel the channel
	 * @param content the text
	 * @return the message as stored
	 */
	public SimMessage says(SimulatedChannel channel, String content) {
		Assert.notNull(channel, "'channel' must not be null");
		Assert.notNull(content, "'content' must not be null");
		return this.discord.control().say(id(), channel.id(), content);
	}

	/**
	 * Run a slash command in a channel as typed in Discord's command box, e.g. {@code "/roll sides:20"} or
	 * {@code "/tag get name:\"two words\""} (INTERACTION_CREATE). A registered command is run as Discord does:
	 * sub-commands followed, values typed by its options, unknown or missing required options refused. A bare name
	 * that is not registered is sent as a slash command without options, for bots that answer interactions with
	 * {@code @DiscordListener}.
	 * @param channel the channel
	 * @param commandLine the command and its options, with or without the leading {@code /}
	 * @return the interaction
	 */
	public SimulatedInteraction runs(SimulatedChannel channel, String commandLine) {
		Assert.notNull(channel, "'channel' must not be null");
		Assert.hasText(commandLine, "'command' must not be empty");
		String line = commandLine.strip().startsWith("/") ? commandLine.strip().substring(1) : commandLine.strip();
		String name = line.split(" ", 2)[0];
		if (!line.contains(" ") && !registered(channel, name)) {
			return runs(channel, name, Map.of());
		}
		ObjectNode interaction = this.discord.control().interactions().runCommand(id(), channel.id(), line);
		return new SimulatedInteraction(channel, "/" + line, interaction);
	}

	private boolean registered(SimulatedChannel channel, String name) {
		SimApplicationCommands commands = this.discord.world().applicationCommands();
		return java.util.stream.Stream
			.concat(commands.list(channel.simChannel().guildId()).stream(),
					commands.list(SimApplicationCommands.GLOBAL).stream())
			.anyMatch((command) -> command.path("type").asInt(1) == 1 && command.path("name").asString().equals(name));
	}

	/**
	 * Type into an autocompleted option of a registered slash command (an autocomplete INTERACTION_CREATE).
	 * @param channel the channel
	 * @param commandLine the command line so far, e.g. {@code "/tag get name:fo"}
	 * @param option the option being typed
	 * @return the interaction
	 */
	public SimulatedInteraction autocompletes(SimulatedChannel channel, String commandLine, String option) {
		Assert.notNull(channel, "'channel' must not be null");
		Assert.hasText(commandLine, "'commandLine' must not be empty");
		String line = commandLine.strip().startsWith("/") ? commandLine.strip().substring(1) : commandLine.strip();
		ObjectNode interaction = this.discord.control().interactions().autocompleteCommand(id(), channel.id(), line,
				option);
		return new SimulatedInteraction(channel, "autocomplete of " + option + " in /" + line, interaction);
	}

	/**
	 * Click a button on a message (a component INTERACTION_CREATE).
	 * @param message the message holding the button
	 * @param customId the button's {@code custom_id}
	 * @return the interaction
	 */
	public SimulatedInteraction clicks(SimMessage message, String customId) {
		Assert.notNull(message, "'message' must not be null");
		ObjectNode interaction = this.discord.control()
			.interactions()
			.clickComponent(id(), message.id(), customId, InteractionControl.BUTTON, List.of());
		return new SimulatedInteraction(channelOf(message), "button " + customId, interaction);
	}

	/**
	 * Click the button with this label on the newest message of the channel that has one.
	 * @param channel the channel
	 * @param label the button's label
	 * @return the interaction
	 * @throws IllegalArgumentException if no message of the channel has such a button
	 */
	public SimulatedInteraction clicksButton(SimulatedChannel channel, String label) {
		Assert.notNull(channel, "'channel' must not be null");
		List<SimMessage> messages = this.discord.messages(channel);
		for (int i = messages.size() - 1; i >= 0; i--) {
			String customId = buttonId(messages.get(i).components(), label);
			if (customId != null) {
				return clicks(messages.get(i), customId);
			}
		}
		throw new IllegalArgumentException("No message in " + channel + " has a button labelled \"" + label + "\"");
	}

	private static String buttonId(JsonNode components, String label) {
		for (JsonNode component : components) {
			if (component.path("type").asInt() == InteractionControl.BUTTON
					&& label.equals(component.path("label").asString(null))) {
				return component.path("custom_id").asString(null);
			}
			String nested = buttonId(component.path("components"), label);
			if (nested != null) {
				return nested;
			}
		}
		return null;
	}

	/**
	 * Pick values in a string select menu on a message (a component INTERACTION_CREATE).
	 * @param message the message holding the menu
	 * @param customId the menu's {@code custom_id}
	 * @param values the values picked
	 * @return the interaction
	 */
	public SimulatedInteraction selects(SimMessage message, String customId, String... values) {
		Assert.notNull(message, "'message' must not be null");
		ObjectNode interaction = this.discord.control()
			.interactions()
			.clickComponent(id(), message.id(), customId, InteractionControl.STRING_SELECT, List.of(values));
		return new SimulatedInteraction(channelOf(message), "select " + customId, interaction);
	}

	/**
	 * Submit a modal of text inputs (a modal INTERACTION_CREATE).
	 * @param channel the channel the modal was opened in
	 * @param customId the modal's {@code custom_id}
	 * @param values the inputs' values by their {@code custom_id}
	 * @return the interaction
	 */
	public SimulatedInteraction submitsModal(SimulatedChannel channel, String customId, Map<String, String> values) {
		Assert.notNull(channel, "'channel' must not be null");
		Assert.notNull(values, "'values' must not be null");
		ObjectNode interaction = this.discord.control().interactions().submitModal(id(), channel.id(), customId, values);
		return new SimulatedInteraction(channel, "modal " + customId, interaction);
	}

	/**
	 * Run a registered user command (context menu) on another user.
	 * @param channel the channel
	 * @param name the command's name
	 * @param target the user it runs on
	 * @return the interaction
	 */
	public SimulatedInteraction runsUserCommand(SimulatedChannel channel, String name, SimulatedUser target) {
		Assert.notNull(target, "'target' must not be null");
		ObjectNode interaction = this.discord.control()
			.interactions()
			.runContextMenuCommand(id(), channel.id(), 2, name, target.id());
		return new SimulatedInteraction(channel, "user command " + name, interaction);
	}

	/**
	 * Run a registered message command (context menu) on a message.
	 * @param channel the channel
	 * @param name the command's name
	 * @param target the message it runs on
	 * @return the interaction
	 */
	public SimulatedInteraction runsMessageCommand(SimulatedChannel channel, String name, SimMessage target) {
		Assert.notNull(target, "'target' must not be null");
		ObjectNode interaction = this.discord.control()
			.interactions()
			.runContextMenuCommand(id(), channel.id(), 3, name, target.id());
		return new SimulatedInteraction(channel, "message command " + name, interaction);
	}

	private SimulatedChannel channelOf(SimMessage message) {
		return this.discord.channel(message.channelId());
	}

	/**
	 * Run a slash command in a channel (INTERACTION_CREATE).
	 * @param channel the channel
	 * @param command the command, with or without its leading {@code /}
	 * @param options option values by name: strings, whole numbers, booleans or decimals
	 * @return the interaction
	 */
	public SimulatedInteraction runs(SimulatedChannel channel, String command, Map<String, Object> options) {
		Assert.notNull(channel, "'channel' must not be null");
		Assert.hasText(command, "'command' must not be empty");
		Assert.notNull(options, "'options' must not be null");
		String name = command.startsWith("/") ? command.substring(1) : command;
		ObjectNode interaction = this.discord.control().invokeSlashCommand(id(), channel.id(), name, options);
		return new SimulatedInteraction(channel, name, interaction);
	}

	/**
	 * Return the simulator's user, for what the DSL does not cover.
	 * @return the user
	 */
	public SimUser simUser() {
		return this.user;
	}

	@Override
	public String toString() {
		return "user \"" + name() + "\" (" + Long.toUnsignedString(id()) + ")";
	}

}
