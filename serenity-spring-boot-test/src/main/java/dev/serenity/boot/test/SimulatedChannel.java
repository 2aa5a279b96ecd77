package dev.serenity.boot.test;

import dev.serenity.simulator.world.SimChannel;

/**
 * A text channel of a {@link SimulatedGuild}.
 */
public final class SimulatedChannel {

	private final SimulatedGuild guild;

	private final SimChannel channel;

	SimulatedChannel(SimulatedGuild guild, SimChannel channel) {
		this.guild = guild;
		this.channel = channel;
	}

	/**
	 * Return the channel's id.
	 * @return the id
	 */
	public long id() {
		return this.channel.id();
	}

	/**
	 * Return the channel's name.
	 * @return the name, without {@code #}
	 */
	public String name() {
		return this.channel.name();
	}

	/**
	 * Return the channel's guild.
	 * @return the guild
	 */
	public SimulatedGuild guild() {
		return this.guild;
	}

	/**
	 * Return the simulator's channel, for what the DSL does not cover.
	 * @return the channel
	 */
	public SimChannel simChannel() {
		return this.channel;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof SimulatedChannel that) && that.id() == id();
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id());
	}

	@Override
	public String toString() {
		return "#" + name() + " (" + Long.toUnsignedString(id()) + ") of " + this.guild;
	}

}
