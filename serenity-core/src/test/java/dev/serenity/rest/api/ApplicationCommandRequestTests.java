package dev.serenity.rest.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.serenity.json.DiscordJson;
import dev.serenity.json.SharedPayloads;
import dev.serenity.model.ApplicationCommand;
import dev.serenity.model.ApplicationCommandOptionType;
import dev.serenity.model.ApplicationCommandType;
import dev.serenity.model.ChannelType;
import dev.serenity.model.Snowflake;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The checks of application command requests, before anything is sent, and the decoding of Discord's commands.
 */
class ApplicationCommandRequestTests {

	private static CommandOption.Builder option(ApplicationCommandOptionType type, String name) {
		return CommandOption.builder(type, name, "An option");
	}

	@Test
	void slashCommandNamesAreLowerCaseWordsOfAtMost32Characters() {
		assertThat(CommandCreate.slash("roll-dice_2", "Roll").build().name()).isEqualTo("roll-dice_2");
		assertThat(CommandCreate.slash("पासा", "Devanagari").build().name()).isEqualTo("पासा");
		assertThatIllegalArgumentException().isThrownBy(() -> CommandCreate.slash("Roll", "Roll").build())
			.withMessageContaining("'name'")
			.withMessageContaining("lower case");
		assertThatIllegalArgumentException().isThrownBy(() -> CommandCreate.slash("roll dice", "Roll").build())
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException().isThrownBy(() -> CommandCreate.slash("x".repeat(33), "Roll").build())
			.withMessageContaining("'name' must have 1 to 32 characters");
		assertThat(CommandCreate.builder(ApplicationCommandType.USER, "High Five").build().name())
			.as("context menu names may have capitals and spaces").isEqualTo("High Five");
	}

	@Test
	void descriptionsAreRequiredForSlashCommandsAndEmptyForContextMenus() {
		assertThatIllegalArgumentException().isThrownBy(() -> CommandCreate.slash("roll", "").build())
			.withMessageContaining("'description' must have 1 to 100 characters");
		assertThatIllegalArgumentException().isThrownBy(() -> CommandCreate.slash("roll", "x".repeat(101)).build())
			.withMessageContaining("'description'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CommandCreate.builder(ApplicationCommandType.MESSAGE, "Report").description("x").build())
			.withMessageContaining("'description' must be empty");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CommandCreate.builder(ApplicationCommandType.MESSAGE, "Report")
				.option(CommandOption.string("reason", "Why"))
				.build())
			.withMessageContaining("'options' are only for CHAT_INPUT");
	}

	@Test
	void optionsAreAtMost25WithDistinctNamesAndRequiredOnesFirst() {
		CommandCreate.Builder many = CommandCreate.slash("many", "Many options");
		for (int i = 0; i < 26; i++) {
			many.option(CommandOption.string("o" + i, "Option"));
		}
		assertThatIllegalArgumentException().isThrownBy(many::build)
			.withMessageContaining("'options' may hold at most 25");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CommandCreate.slash("order", "Order")
				.option(CommandOption.string("optional", "Optional"))
				.option(option(ApplicationCommandOptionType.STRING, "needed").required(true).build())
				.build())
			.withMessageContaining("'options[1]'")
			.withMessageContaining("required options must come first");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CommandCreate.slash("twice", "Twice")
				.option(CommandOption.string("same", "One"))
				.option(CommandOption.string("same", "Two"))
				.build())
			.withMessageContaining("two options named 'same'");
	}

	@Test
	void choicesBoundsAndChannelTypesFitTheOptionType() {
		CommandOption.Builder choices = option(ApplicationCommandOptionType.STRING, "pick");
		for (int i = 0; i < 26; i++) {
			choices.choice("c" + i, "v" + i);
		}
		assertThatIllegalArgumentException().isThrownBy(choices::build)
			.withMessageContaining("'choices' may hold at most 25");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> option(ApplicationCommandOptionType.INTEGER, "n").choice("one", "1").build())
			.withMessageContaining("'choices[0].value' must be a Long");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> option(ApplicationCommandOptionType.BOOLEAN, "b").choice("yes", "y").build())
			.withMessageContaining("'choices' are only for STRING, INTEGER and NUMBER");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> option(ApplicationCommandOptionType.INTEGER, "n").minValue(5).maxValue(1).build())
			.withMessageContaining("'minValue' (5) must not be greater than 'maxValue' (1)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> option(ApplicationCommandOptionType.INTEGER, "n").minValue(1.5).build())
			.withMessageContaining("whole numbers");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> option(ApplicationCommandOptionType.STRING, "s").minValue(1).build())
			.withMessageContaining("'minValue' and 'maxValue' are only for INTEGER and NUMBER");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> option(ApplicationCommandOptionType.STRING, "s").maxLength(6001).build())
			.withMessageContaining("'maxLength' must be 1 to 6000");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> option(ApplicationCommandOptionType.INTEGER, "n").minLength(1).build())
			.withMessageContaining("only for STRING");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> option(ApplicationCommandOptionType.STRING, "s")
				.channelTypes(List.of(ChannelType.GUILD_TEXT))
				.build())
			.withMessageContaining("'channelTypes' are only for CHANNEL");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> option(ApplicationCommandOptionType.STRING, "s").choice("a", "a").autocomplete(true)
				.build())
			.withMessageContaining("'autocomplete' must be false when 'choices' are given");
		assertThatIllegalArgumentException().isThrownBy(() -> CommandChoice.of("x".repeat(101), "v"))
			.withMessageContaining("'name' must have 1 to 100");
	}

	@Test
	void subCommandsNestOnlyInGroups() {
		CommandOption sub = option(ApplicationCommandOptionType.SUB_COMMAND, "add")
			.option(CommandOption.string("what", "What"))
			.build();
		CommandOption group = option(ApplicationCommandOptionType.SUB_COMMAND_GROUP, "list").option(sub).build();
		assertThat(CommandCreate.slash("todo", "Todo").option(group).build().options()).hasSize(1);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> option(ApplicationCommandOptionType.SUB_COMMAND_GROUP, "g")
				.option(CommandOption.string("what", "What"))
				.build())
			.withMessageContaining("must be a SUB_COMMAND");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> option(ApplicationCommandOptionType.SUB_COMMAND, "s").option(group).build())
			.withMessageContaining("'options[0]' of a SUB_COMMAND must not be a SUB_COMMAND_GROUP");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> option(ApplicationCommandOptionType.STRING, "s").option(sub).build())
			.withMessageContaining("'options' are only for SUB_COMMAND");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> option(ApplicationCommandOptionType.SUB_COMMAND, "s").required(true).build())
			.withMessageContaining("'required' must be false");
	}

	@Test
	void localizationsContextsAndIntegrationTypesAreChecked() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CommandCreate.slash("roll", "Roll").nameLocalizations(Map.of("xx", "roll")).build())
			.withMessageContaining("'nameLocalizations' has an unknown locale 'xx'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CommandCreate.slash("roll", "Roll").nameLocalizations(Map.of("de", "Würfeln")).build())
			.withMessageContaining("'nameLocalizations[de]' must be lower case");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CommandCreate.slash("roll", "Roll").contexts(List.of(3)).build())
			.withMessageContaining("'contexts[0]' must be one of");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CommandCreate.slash("roll", "Roll").integrationTypes(List.of(0, 0)).build())
			.withMessageContaining("'integrationTypes' lists 0 more than once");
	}

	@Test
	void editSendsOnlyWhatChangesAndChecksTheCommandTypeRules() {
		CommandEdit edit = CommandEdit.builder(ApplicationCommandType.CHAT_INPUT)
			.name("renamed")
			.defaultMemberPermissions(null)
			.build();
		Map<String, Object> json = edit.toJson();
		assertThat(json).containsOnlyKeys("name", "default_member_permissions");
		assertThat(json.get("default_member_permissions")).isNull();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CommandEdit.builder(ApplicationCommandType.CHAT_INPUT).name("Bad Name").build())
			.withMessageContaining("'name'");
		assertThat(CommandEdit.builder(ApplicationCommandType.USER).name("Good Name").build().toJson())
			.containsEntry("name", "Good Name");
	}

	@Test
	void bulkOverwriteRefusesDuplicateNamesAndTooManyCommandsBeforeSending() {
		List<CommandCreate> twice = List.of(CommandCreate.slash("ping", "One").build(),
				CommandCreate.slash("ping", "Two").build());
		assertThatIllegalArgumentException().isThrownBy(() -> ApplicationCommandApi.checkLimits(twice))
			.withMessageContaining("two CHAT_INPUT commands named 'ping'");
		List<CommandCreate> users = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			users.add(CommandCreate.builder(ApplicationCommandType.USER, "User " + i).build());
		}
		assertThatIllegalArgumentException().isThrownBy(() -> ApplicationCommandApi.checkLimits(users))
			.withMessageContaining("at most 15 USER commands");
		ApplicationCommandApi.checkLimits(List.of(CommandCreate.slash("ping", "One").build(),
				CommandCreate.builder(ApplicationCommandType.USER, "ping").build()));
	}

	@Test
	void createJsonHoldsDiscordsFieldNames() {
		Map<String, Object> json = CommandCreate.slash("roll", "Roll")
			.option(option(ApplicationCommandOptionType.NUMBER, "sides").required(true).minValue(1.5).build())
			.nsfw(true)
			.build()
			.toJson();
		assertThat(json).containsEntry("name", "roll").containsEntry("type", 1).containsEntry("nsfw", true);
		@SuppressWarnings("unchecked")
		Map<String, Object> first = ((List<Map<String, Object>>) json.get("options")).get(0);
		assertThat(first).containsEntry("type", 10).containsEntry("required", true).containsEntry("min_value", 1.5);
	}

	@Test
	void sharedApplicationCommandsPayloadsDecode() {
		List<Path> files = SharedPayloads.jsonFiles("rest")
			.stream()
			.filter((file) -> file.getFileName().toString().startsWith("GET_application_commands-"))
			.toList();
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			List<ApplicationCommand> commands = DiscordJson.mapper()
				.readValue(SharedPayloads.read(file), new TypeReference<List<ApplicationCommand>>() {
				});
			assertThat(commands).as(file.getFileName().toString()).isNotEmpty().allSatisfy((command) -> {
				assertThat(command.id()).isNotNull();
				assertThat(command.applicationId()).isNotNull();
				assertThat(command.name()).isNotBlank();
				assertThat(command.type()).isEqualTo(ApplicationCommandType.CHAT_INPUT);
				assertThat(command.nameLocalizations()).isEmpty();
			});
			if (file.getFileName().toString().equals("GET_application_commands-01.json")) {
				assertThat(commands).extracting(ApplicationCommand::name).containsExactly("join", "leave", "sounds");
				assertThat(commands.get(0).guildId()).isEqualTo(Snowflake.of(185949590652000000L));
				assertThat(commands.get(0).defaultMemberPermissions()).isNull();
				assertThat(commands.get(2).version()).isEqualTo(Snowflake.of(1003009005372846204L));
			}
		}
	}

}
