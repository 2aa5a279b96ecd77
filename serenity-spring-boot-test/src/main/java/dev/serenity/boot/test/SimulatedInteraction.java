package dev.serenity.boot.test;

import tools.jackson.databind.node.ObjectNode;

/**
 * A slash command a {@link SimulatedUser} ran, as sent to the bot.
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
	 * Return the command's name.
	 * @return the name, without {@code /}
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
		return "/" + this.command + " (" + Long.toUnsignedString(id()) + ") in " + this.channel;
	}

}
