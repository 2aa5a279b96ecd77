package dev.serenity.rest.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.serenity.client.DiscordClient;
import dev.serenity.event.ApplicationCommandPermissionsUpdateEvent;
import dev.serenity.model.ApplicationCommand;
import dev.serenity.model.ApplicationCommandOptionType;
import dev.serenity.model.ApplicationCommandType;
import dev.serenity.model.GuildApplicationCommandPermissions;
import dev.serenity.model.Permission;
import dev.serenity.model.Permissions;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRestException;
import dev.serenity.rest.JsonErrorCode;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.InteractionControl.CommandPermission;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.world.SimApplicationCommands;
import dev.serenity.simulator.world.SimGuild;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.serenity.rest.api.SimulatedBot.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link ApplicationCommandApi} against the simulator: the request it received, the commands it stored, Discord's
 * errors as typed exceptions, and the permissions update dispatch.
 */
class ApplicationCommandApiSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static List<Object> events;

	private static SimulatedBot bot;

	private static DiscordSimulator simulator;

	private static DiscordClient client;

	private static ApplicationCommandApi api;

	private static SimGuild guild;

	@BeforeAll
	static void start() {
		bot = new SimulatedBot(SimulatorConfig.builder().guilds(0).build());
		simulator = bot.simulator;
		events = bot.events;
		guild = simulator.control().createGuild("Commands");
		client = bot.connect(1).client;
		api = new ApplicationCommandApi(client.rest(), Snowflake.of(simulator.applicationId()));
	}

	@AfterAll
	static void stop() {
		bot.close();
	}

	@Test
	void globalCommandLifecycle() {
		CommandCreate roll = CommandCreate.slash("roll", "Roll dice")
			.option(CommandOption.builder(ApplicationCommandOptionType.INTEGER, "sides", "Sides of the die")
				.required(true)
				.minValue(2)
				.maxValue(100)
				.build())
			.option(CommandOption.builder(ApplicationCommandOptionType.STRING, "style", "How to show it")
				.choice("Plain", "plain")
				.choice("Fancy", "fancy")
				.build())
			.nameLocalizations(Map.of("de", "würfeln"))
			.defaultMemberPermissions(Permissions.of(Permission.SEND_MESSAGES))
			.contexts(List.of(0, 1))
			.build();
		ApplicationCommand created = api.createGlobal(roll).block(TIMEOUT);
		assertThat(created.name()).isEqualTo("roll");
		assertThat(created.type()).isEqualTo(ApplicationCommandType.CHAT_INPUT);
		assertThat(created.options()).extracting(ApplicationCommand.Option::name).containsExactly("sides", "style");
		assertThat(created.options().get(0).minValue()).isEqualTo(2.0);
		assertThat(created.options().get(1).choices()).extracting(ApplicationCommand.Choice::value)
			.containsExactly("plain", "fancy");
		assertThat(created.defaultMemberPermissions()).isEqualTo(Permissions.of(Permission.SEND_MESSAGES));
		JsonNode body = body(bot.last("POST", "/applications/" + simulator.applicationId() + "/commands"));
		assertThat(body.get("options").get(0).get("required").asBoolean()).isTrue();
		assertThat(body.get("name_localizations").get("de").asString()).isEqualTo("würfeln");
		assertThat(simulator.control().world().applicationCommands().find(SimApplicationCommands.GLOBAL,
				created.id().value())).isPresent();

		ApplicationCommand again = api.createGlobal(CommandCreate.slash("roll", "Roll more dice")
			.nameLocalizations(Map.of("de", "würfeln"))
			.build())
			.block(TIMEOUT);
		assertThat(again.id()).as("POST upserts by name").isEqualTo(created.id());
		assertThat(again.description()).isEqualTo("Roll more dice");

		ApplicationCommand edited = api.editGlobal(created.id(), CommandEdit.builder(ApplicationCommandType.CHAT_INPUT)
			.description("Roll some dice")
			.nsfw(true)
			.build()).block(TIMEOUT);
		assertThat(edited.description()).isEqualTo("Roll some dice");
		assertThat(edited.nsfw()).isTrue();
		assertThat(edited.version()).isNotEqualTo(again.version());
		assertThat(body(bot.last("PATCH", "/commands/" + created.id().value())).properties())
			.extracting(Map.Entry::getKey)
			.containsExactly("description", "nsfw");
		assertThat(api.getGlobal(created.id()).block(TIMEOUT).description()).isEqualTo("Roll some dice");

		List<ApplicationCommand> plain = api.listGlobal(false).block(TIMEOUT);
		assertThat(plain).extracting(ApplicationCommand::name).contains("roll");
		assertThat(plain).filteredOn((command) -> command.name().equals("roll"))
			.singleElement()
			.satisfies((command) -> assertThat(command.nameLocalizations()).isEmpty());
		assertThat(api.listGlobal(true).block(TIMEOUT)).filteredOn((command) -> command.name().equals("roll"))
			.singleElement()
			.satisfies((command) -> assertThat(command.nameLocalizations()).containsEntry("de", "würfeln"));
		assertThat(bot.last("GET", "/applications/" + simulator.applicationId() + "/commands").query())
			.isEqualTo("with_localizations=true");

		api.deleteGlobal(created.id()).block(TIMEOUT);
		assertThatExceptionOfType(DiscordRestException.class).isThrownBy(() -> api.getGlobal(created.id())
			.block(TIMEOUT)).satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(404);
				assertThat(ex.is(JsonErrorCode.UNKNOWN_APPLICATION_COMMAND)).isTrue();
			});
	}

	@Test
	void bulkOverwriteReplacesAllGuildCommandsAndKeepsIdsByName() {
		Snowflake guildId = Snowflake.of(guild.id());
		List<ApplicationCommand> first = api.bulkOverwriteGuild(guildId, List.of(
				CommandCreate.slash("ping", "Answers pong").build(),
				CommandCreate.builder(ApplicationCommandType.USER, "High Five").build()))
			.block(TIMEOUT);
		assertThat(first).extracting(ApplicationCommand::name).containsExactly("ping", "High Five");
		assertThat(first).allSatisfy((command) -> assertThat(command.guildId()).isEqualTo(guildId));
		List<ApplicationCommand> second = api.bulkOverwriteGuild(guildId, List.of(
				CommandCreate.slash("ping", "Still answers pong").build(),
				CommandCreate.builder(ApplicationCommandType.MESSAGE, "Bookmark").build()))
			.block(TIMEOUT);
		assertThat(second.get(0).id()).isEqualTo(first.get(0).id());
		assertThat(api.listGuild(guildId, false).block(TIMEOUT)).extracting(ApplicationCommand::name)
			.containsExactly("ping", "Bookmark");
		JsonNode body = body(bot.last("PUT", "/guilds/" + guild.id() + "/commands"));
		assertThat(body).hasSize(2);
		assertThat(body.get(1).get("type").asInt()).isEqualTo(3);
		assertThat(body.get(1).get("description").asString()).isEmpty();
		assertThat(api.bulkOverwriteGuild(guildId, List.of()).block(TIMEOUT)).isEmpty();
		assertThat(api.listGuild(guildId, false).block(TIMEOUT)).isEmpty();
	}

	@Test
	void sixteenthUserCommandIsRefusedWith30032() {
		SimGuild other = simulator.control().createGuild("Full");
		Snowflake guildId = Snowflake.of(other.id());
		List<CommandCreate> fifteen = new ArrayList<>();
		for (int i = 0; i < ApplicationCommandApi.MAX_USER_COMMANDS; i++) {
			fifteen.add(CommandCreate.builder(ApplicationCommandType.USER, "User " + i).build());
		}
		api.bulkOverwriteGuild(guildId, fifteen).block(TIMEOUT);
		assertThatExceptionOfType(DiscordRestException.class).isThrownBy(() -> api.createGuild(guildId,
				CommandCreate.builder(ApplicationCommandType.USER, "One too many").build()).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.is(JsonErrorCode.MAX_APPLICATION_COMMANDS)).isTrue());
		assertThat(api.createGuild(guildId, CommandCreate.builder(ApplicationCommandType.USER, "User 3").build())
			.block(TIMEOUT)
			.name()).as("overwriting one by name is no new command").isEqualTo("User 3");
	}

	@Test
	void guildPermissionsAreReadAfterTheirUpdateDispatch() {
		Snowflake guildId = Snowflake.of(guild.id());
		ApplicationCommand command = api.createGuild(guildId, CommandCreate.slash("ban", "Ban someone").build())
			.block(TIMEOUT);
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.permissions(guildId, command.id()).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(10066));
		simulator.control().interactions().setCommandPermissions(guild.id(), command.id().value(),
				List.of(new CommandPermission(guild.id(), 1, false)));
		ApplicationCommandPermissionsUpdateEvent event = bot.awaitEvent(ApplicationCommandPermissionsUpdateEvent.class,
				(e) -> e.id().equals(command.id()));
		assertThat(event.permissions()).singleElement().satisfies((p) -> assertThat(p.permission()).isFalse());
		GuildApplicationCommandPermissions one = api.permissions(guildId, command.id()).block(TIMEOUT);
		assertThat(one.permissions()).singleElement()
			.satisfies((p) -> assertThat(p.id()).isEqualTo(guildId));
		assertThat(api.permissions(guildId).block(TIMEOUT)).extracting(GuildApplicationCommandPermissions::id)
			.contains(command.id());
	}

	@Test
	void unknownGuildCommandIs10063() {
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.editGuild(Snowflake.of(guild.id()), Snowflake.of(42),
					CommandEdit.builder(ApplicationCommandType.CHAT_INPUT).description("x").build()).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.is(JsonErrorCode.UNKNOWN_APPLICATION_COMMAND)).isTrue());
	}
}
