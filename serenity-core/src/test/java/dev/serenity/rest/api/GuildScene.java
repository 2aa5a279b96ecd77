package dev.serenity.rest.api;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import dev.serenity.client.DiscordClient;
import dev.serenity.event.DiscordEvent;
import dev.serenity.json.DiscordJson;
import dev.serenity.model.Snowflake;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.record.RestRecord;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimRole;
import dev.serenity.simulator.world.SimUser;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scene of the guild family's simulator tests: a guild owned by someone else, the bot with an administrator
 * role on top, a moderator role below it that {@code mod} holds, and a client listening to GUILDS, GUILD_MEMBERS
 * and GUILD_MODERATION.
 */
final class GuildScene implements AutoCloseable {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	/** GUILDS, GUILD_MEMBERS, GUILD_MODERATION. */
	static final long INTENTS = 1 | 2 | 4;

	static final long ADMINISTRATOR = 1L << 3;

	final List<DiscordEvent> events = new CopyOnWriteArrayList<>();

	final DiscordSimulator simulator;

	final DiscordClient client;

	final SimGuild guild;

	final SimRole botRole;

	final SimRole modRole;

	final SimUser alice;

	final SimUser mod;

	GuildScene() {
		this.simulator = DiscordSimulator.start(SimulatorConfig.builder().guilds(0).build());
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
		this.client = DiscordClient.builder(this.simulator.token(), INTENTS)
			.restUrl(this.simulator.restUrl())
			.listener(DiscordEvent.class, (event, context) -> this.events.add(event))
			.build();
		this.client.start();
	}

	Snowflake guildId() {
		return Snowflake.of(this.guild.id());
	}

	RestRecord last(String method, String pathPart) {
		List<RestRecord> records = this.simulator.recorder()
			.rest()
			.stream()
			.filter((r) -> r.method().equals(method) && r.path().contains(pathPart))
			.toList();
		assertThat(records).as(method + " *" + pathPart + "* in " + this.simulator.recorder().rest()).isNotEmpty();
		return records.get(records.size() - 1);
	}

	static JsonNode body(RestRecord record) {
		return DiscordJson.mapper().readTree(record.body());
	}

	<E> E awaitEvent(Class<E> type, Predicate<E> match) {
		await().atMost(TIMEOUT)
			.until(() -> this.events.stream().anyMatch((e) -> type.isInstance(e) && match.test(type.cast(e))));
		return this.events.stream().filter(type::isInstance).map(type::cast).filter(match).findFirst().orElseThrow();
	}

	@Override
	public void close() {
		this.client.close();
		this.simulator.close();
	}

}
