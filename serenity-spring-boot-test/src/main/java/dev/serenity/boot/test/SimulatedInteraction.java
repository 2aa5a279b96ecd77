package dev.serenity.boot.test;

import tools.jackson.databind.node.ObjectNode;

/**
 * An interaction a {@link SimulatedUser} caused (a command, an autocomplete, a click, a selection or a modal
 * submission), as sent to the bot.
 */
public final class SimulatedInteraction {

	private final SimulatedChannel channel;

	private final String command;

	private final ObjectNode json;

	SimulatedInteraction(SimulatedChannel channel, String command, ObjectNode json) {
		this.channel = channel;
		this.command = command;
		this.json = json;
	}

	/**
	 * Return the interaction's id.
	 * @return the id
	 */
	public long id() {
		return Long.parseUnsignedLong(this.json.path("id").asString());
	}

	/**
	 * Return what the user did: the command's name for a bare slash command (without {@code /}), else a short
	 * description such as {@code /roll sides:20} or {@code button roll-again}.
	 * @return the description
	 */
	public String command() {
		return this.command;
	}

	/**
	 * Return the channel it was run in.
	 * @return the channel
	 */
	public SimulatedChannel channel() {
		return this.channel;
	}

	/**
	 * Return the interaction as the bot received it (it holds the interaction's token).
	 * @return a copy of the INTERACTION_CREATE data
	 */
	public ObjectNode json() {
		return this.json.deepCopy();
	}

	@Override
	public String toString() {
		String what = (this.command.contains(" ") || this.command.startsWith("/")) ? this.command
				: "/" + this.command;
		return what + " (" + Long.toUnsignedString(id()) + ") in " + this.channel;
	}

}
