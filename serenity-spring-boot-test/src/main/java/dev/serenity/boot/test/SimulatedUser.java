package dev.serenity.boot.test;

import java.util.Map;

import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimUser;
import org.springframework.util.Assert;
import tools.jackson.databind.node.ObjectNode;

/**
 * A (human) user of the simulated Discord, made with {@link SimulatedGuild#member(String)}: says things and runs
 * slash commands.
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
	 * Run a slash command without options in a channel (INTERACTION_CREATE).
	 * @param channel the channel
	 * @param command the command, with or without its leading {@code /}
	 * @return the interaction
	 */
	public SimulatedInteraction runs(SimulatedChannel channel, String command) {
		return runs(channel, command, Map.of());
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
