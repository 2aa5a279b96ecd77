package dev.serenity.boot.test.commands;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.serenity.boot.command.CommandSynchronizer;
import dev.serenity.boot.command.InteractionHandlerRegistry;
import dev.serenity.boot.test.DiscordTest;
import dev.serenity.boot.test.SimulatedDiscord;
import dev.serenity.boot.test.SimulatedGuild;
import dev.serenity.boot.test.SimulatedInteraction;
import dev.serenity.boot.test.SimulatedUser;
import dev.serenity.client.DiscordClient;
import dev.serenity.simulator.world.SimApplicationCommands;
import dev.serenity.simulator.world.SimMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * Each kind of interaction handler invoked end to end through the test slice: the commands were registered by the
 * start-up sync, the simulator types the options by them, and the answers are checked in the simulator.
 */
@DiscordTest
class CommandsSliceTests {

	@Autowired
	private SimulatedDiscord discord;

	@Autowired
	private CommandSynchronizer synchronizer;

	@Autowired
	private DiscordClient client;

	@Autowired
	private InteractionHandlerRegistry registry;

	@Test
	void startupSyncRegisteredEveryDeclaredCommandGlobally() {
		List<ObjectNode> registered = this.discord.control()
			.world()
			.applicationCommands()
			.list(SimApplicationCommands.GLOBAL);
		assertThat(registered).extracting((command) -> command.path("name").asString())
			.contains("roll", "pick", "feedback", "Greet", "Quote", "slow", "tag");
	}

	@Test
	void userRunsRollWithTypedOptionsAndClicksTheButton() {
		SimulatedGuild guild = this.discord.guild("Dice");
		SimulatedUser alice = guild.member("alice");
		SimulatedInteraction roll = alice.runs(guild.channel(), "/roll sides:20 mood:WILD");
		assertThat(this.discord).interaction(roll).awaitResponse("Rolled a d20 wildly");
		SimulatedInteraction again = alice.clicksButton(guild.channel(), "Roll again");
		assertThat(this.discord).interaction(again).awaitCallback(7);
		await().until(() -> this.discord.messages(guild.channel())
			.stream()
			.map(SimMessage::content)
			.anyMatch("Rolled a d20 again"::equals));
	}

	@Test
	void userPicksFromTheSelectMenuOfTheBotsReply() {
		SimulatedGuild guild = this.discord.guild("Select");
		SimulatedUser heidi = guild.member("heidi");
		SimulatedInteraction pick = heidi.runs(guild.channel(), "/pick");
		assertThat(this.discord).interaction(pick).awaitResponse("Pick colours");
		long menuMessage = this.discord.control().interactions().find(pick.id()).orElseThrow().originalMessageId();
		SimMessage menu = this.discord.control().world().findMessage(menuMessage).orElseThrow();
		SimulatedInteraction picked = heidi.selects(menu, "colours", "red", "blue");
		assertThat(this.discord).interaction(picked).awaitResponse("You picked red and blue");
	}

	@Test
	void aFailingHandlerGetsTheEphemeralErrorReply() {
		SimulatedGuild guild = this.discord.guild("Broken");
		SimulatedInteraction broken = guild.member("ivan").runs(guild.channel(), "/broken");
		assertThat(this.discord).interaction(broken).awaitResponse("Sorry, something went wrong.");
		assertThat(this.discord.control().interactions().find(broken.id()).orElseThrow().ephemeral()).isTrue();
	}

	@Test
	void optionsAreCheckedAgainstTheRegisteredCommand() {
		SimulatedGuild guild = this.discord.guild("Typos");
		SimulatedUser bob = guild.member("bob");
		assertThatIllegalArgumentException().isThrownBy(() -> bob.runs(guild.channel(), "/roll side:20"))
			.withMessageContaining("has no option 'side'");
		assertThatIllegalArgumentException().isThrownBy(() -> bob.runs(guild.channel(), "/roll sides:twenty"))
			.withMessageContaining("takes a whole number");
	}

	@Test
	void userRunsSubcommandsAndAGroup() {
		SimulatedGuild guild = this.discord.guild("Tags");
		SimulatedUser carol = guild.member("carol");
		SimulatedInteraction get = carol.runs(guild.channel(), "/tag get name:faq");
		assertThat(this.discord).interaction(get).awaitResponse("Tag faq");
		SimulatedInteraction delete = carol.runs(guild.channel(), "/tag admin delete name:\"old tag\" really:true");
		assertThat(this.discord).interaction(delete).awaitResponse("Deleted old tag");
	}

	@Test
	void autocompleteSuggestsMatchingTags() {
		SimulatedGuild guild = this.discord.guild("Autocomplete");
		SimulatedInteraction typing = guild.member("dave").autocompletes(guild.channel(), "/tag get name:f", "name");
		assertThat(this.discord).interaction(typing).awaitSuggestions("faq", "fun");
	}

	@Test
	void userOpensAndSubmitsTheModal() {
		SimulatedGuild guild = this.discord.guild("Modal");
		SimulatedUser erin = guild.member("erin");
		SimulatedInteraction feedback = erin.runs(guild.channel(), "/feedback");
		assertThat(this.discord).interaction(feedback).awaitModal("feedback");
		SimulatedInteraction submitted = erin.submitsModal(guild.channel(), "feedback", Map.of("text", "Great bot"));
		assertThat(this.discord).interaction(submitted).awaitResponse("Thanks for: Great bot");
	}

	@Test
	void userAndMessageContextMenuCommandsGetTheirTarget() {
		SimulatedGuild guild = this.discord.guild("Menus");
		SimulatedUser frank = guild.member("frank");
		SimulatedUser grace = guild.member("grace");
		SimulatedInteraction greet = frank.runsUserCommand(guild.channel(), "Greet", grace);
		assertThat(this.discord).interaction(greet).awaitResponse("Hello, grace!");
		SimMessage said = grace.says(guild.channel(), "to be quoted");
		SimulatedInteraction quote = frank.runsMessageCommand(guild.channel(), "Quote", said);
		assertThat(this.discord).interaction(quote).awaitResponse("> to be quoted");
	}

	@Test
	void aSecondSyncWithUnchangedCommandsWritesNothing() {
		long puts = bulkOverwrites();
		List<CommandSynchronizer.Outcome> outcomes = this.synchronizer.sync();
		assertThat(outcomes).singleElement().satisfies((outcome) -> {
			assertThat(outcome.written()).isFalse();
			assertThat(outcome.changed()).isEmpty();
		});
		assertThat(bulkOverwrites()).isEqualTo(puts);
	}

	@Test
	void aChangedCommandCausesExactlyOneBulkOverwriteAndADryRunWritesNothing() {
		SimApplicationCommands registered = this.discord.control().world().applicationCommands();
		ObjectNode slow = registered.list(SimApplicationCommands.GLOBAL)
			.stream()
			.filter((command) -> command.path("name").asString().equals("slow"))
			.findFirst()
			.orElseThrow();
		slow.put("description", "An older description");
		registered.put(SimApplicationCommands.GLOBAL, Long.parseUnsignedLong(slow.path("id").asString()), slow);
		long puts = bulkOverwrites();
		CommandSynchronizer dryRun = new CommandSynchronizer(this.client, this.registry, List.of(), true,
				Duration.ofSeconds(10));
		assertThat(dryRun.sync()).singleElement().satisfies((outcome) -> {
			assertThat(outcome.changed()).containsExactly("CHAT_INPUT slow");
			assertThat(outcome.written()).isFalse();
		});
		assertThat(bulkOverwrites()).isEqualTo(puts);
		assertThat(this.synchronizer.sync()).singleElement()
			.satisfies((outcome) -> assertThat(outcome.written()).isTrue());
		assertThat(bulkOverwrites()).isEqualTo(puts + 1);
		assertThat(this.synchronizer.sync()).singleElement()
			.satisfies((outcome) -> assertThat(outcome.written()).isFalse());
		assertThat(bulkOverwrites()).isEqualTo(puts + 1);
	}

	private long bulkOverwrites() {
		return this.discord.simulator()
			.recorder()
			.rest()
			.stream()
			.filter((record) -> record.method().equals("PUT") && record.path().endsWith("/commands"))
			.count();
	}

}
