package dev.serenity.rest.api;

import java.time.Duration;
import java.util.function.Predicate;

import dev.serenity.client.DiscordClient;
import dev.serenity.model.Snowflake;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.record.RestRecord;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimRole;
import dev.serenity.simulator.world.SimUser;
import tools.jackson.databind.JsonNode;

/**
 * The scene of the guild family's simulator tests: a guild owned by someone else, the bot with an administrator
 * role on top, a moderator role below it that {@code mod} holds, and a client listening to GUILDS, GUILD_MEMBERS
 * and GUILD_MODERATION.
 */
final class GuildScene implements AutoCloseable {

	static final Duration TIMEOUT = SimulatedBot.TIMEOUT;

	/** GUILDS, GUILD_MEMBERS, GUILD_MODERATION. */
	static final long INTENTS = 1 | 2 | 4;

	static final long ADMINISTRATOR = 1L << 3;

	final SimulatedBot bot;

	final DiscordSimulator simulator;

	final DiscordClient client;

	final SimGuild guild;

	final SimRole botRole;

	final SimRole modRole;

	final SimUser alice;

	final SimUser mod;

	GuildScene() {
		this.bot = new SimulatedBot(SimulatorConfig.builder().guilds(0).build());
		this.simulator = this.bot.simulator;
		var control = this.simulator.control();
		this.guild = control.createGuild("Guild Family");
		this.alice = control.createUser("alice");
		control.addMember(this.guild.id(), this.alice.id());
		this.mod = control.createUser("moderator");
		control.addMember(this.guild.id(), this.mod.id());
		this.modRole = control.guilds().createRole(this.guild.id(), "Moderators", 1L << 1);
		this.botRole = control.guilds().createRole(this.guild.id(), "Bot", ADMINISTRATOR);
		control.guilds().assignRole(this.guild.id(), control.world().bot().id(), this.botRole.id());
		control.guilds().assignRole(this.guild.id(), this.mod.id(), this.modRole.id());
		this.client = this.bot.connect(INTENTS).client;
	}

	Snowflake guildId() {
		return Snowflake.of(this.guild.id());
	}

	RestRecord last(String method, String pathPart) {
		return this.bot.last(method, pathPart);
	}

	static JsonNode body(RestRecord record) {
		return SimulatedBot.body(record);
	}

	<E> E awaitEvent(Class<E> type, Predicate<E> match) {
		return this.bot.awaitEvent(type, match);
	}

	@Override
	public void close() {
		this.bot.close();
	}

}
