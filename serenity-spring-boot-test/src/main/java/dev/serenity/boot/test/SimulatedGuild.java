package dev.serenity.boot.test;

import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimUser;
import org.springframework.util.Assert;

/**
 * A guild in the simulated Discord, created with {@link SimulatedDiscord#guild(String)}.
 */
public final class SimulatedGuild {

	private final SimulatedDiscord discord;

	private final SimGuild guild;

	SimulatedGuild(SimulatedDiscord discord, SimGuild guild) {
		this.discord = discord;
		this.guild = guild;
	}

	/**
	 * Return the guild's id.
	 * @return the id
	 */
	public long id() {
		return this.guild.id();
	}

	/**
	 * Return the guild's name.
	 * @return the name
	 */
	public String name() {
		return this.guild.name();
	}

	/**
	 * Return the guild's first text channel, {@code #general}.
	 * @return the channel
	 */
	public SimulatedChannel channel() {
		return new SimulatedChannel(this, this.discord.control().defaultChannel(this.guild.id()));
	}

	/**
	 * Return the guild's text channel of that name, creating it (CHANNEL_CREATE) when there is none.
	 * @param name the channel's name
	 * @return the channel
	 */
	public SimulatedChannel channel(String name) {
		Assert.hasText(name, "'name' must not be empty");
		SimChannel channel = this.discord.world()
			.channelsOf(this.guild)
			.stream()
			.filter((candidate) -> candidate.type() == SimChannel.GUILD_TEXT && name.equals(candidate.name()))
			.findFirst()
			.orElseGet(() -> this.discord.control().createChannel(this.guild.id(), name, SimChannel.GUILD_TEXT));
		return new SimulatedChannel(this, channel);
	}

	/**
	 * Create a user and make them join the guild (GUILD_MEMBER_ADD, which the bot receives with the GUILD_MEMBERS
	 * intent).
	 * @param username the user's name
	 * @return the member
	 */
	public SimulatedUser member(String username) {
		Assert.hasText(username, "'username' must not be empty");
		SimUser user = this.discord.control().createUser(username);
		this.discord.control().addMember(this.guild.id(), user.id());
		return new SimulatedUser(this.discord, user);
	}

	/**
	 * Make a user leave the guild (GUILD_MEMBER_REMOVE).
	 * @param user the member
	 */
	public void remove(SimulatedUser user) {
		this.discord.control().removeMember(this.guild.id(), user.id());
	}

	/**
	 * Return the simulator's guild, for what the DSL does not cover.
	 * @return the guild
	 */
	public SimGuild simGuild() {
		return this.guild;
	}

	SimulatedDiscord discord() {
		return this.discord;
	}

	@Override
	public String toString() {
		return "guild \"" + name() + "\" (" + Long.toUnsignedString(id()) + ")";
	}

}
