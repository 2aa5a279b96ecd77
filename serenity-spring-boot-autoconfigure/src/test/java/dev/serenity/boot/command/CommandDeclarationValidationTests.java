package dev.serenity.boot.command;

import dev.serenity.boot.autoconfigure.DiscordAutoConfiguration;
import dev.serenity.boot.autoconfigure.command.DiscordCommandsAutoConfiguration;
import dev.serenity.boot.autoconfigure.simulator.DiscordSimulatorAutoConfiguration;
import dev.serenity.model.ApplicationCommandOptionType;
import dev.serenity.model.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invalid declarations fail start-up with a message naming the method: duplicate names, names and descriptions
 * outside Discord's rules, too many choices, option types the parameter cannot hold, autocomplete without handler.
 */
class CommandDeclarationValidationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DiscordAutoConfiguration.class,
				DiscordSimulatorAutoConfiguration.class, DiscordCommandsAutoConfiguration.class))
		.withPropertyValues("discord.simulator.enabled=true", "discord.intents=GUILDS");

	private void failsNaming(Class<?> handlers, String method, String problem) {
		this.contextRunner.withBean(handlers).run((context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			while (failure != null && !(failure instanceof InvalidCommandDeclarationException)) {
				failure = failure.getCause();
			}
			assertThat(failure).as("an InvalidCommandDeclarationException in " + context.getStartupFailure())
				.isNotNull();
			assertThat(failure.getMessage()).contains(method).contains(problem);
		});
	}

	@Test
	void aValidDeclarationStartsAndIsRegistered() {
		this.contextRunner.withBean(Valid.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(InteractionHandlerRegistry.class).slashCommandPaths()).contains("ok");
		});
	}

	@Test
	void duplicateNamesFail() {
		failsNaming(Duplicate.class, "Invalid interaction handler 'Duplicate.", "/same is already handled by "
				+ "'Duplicate.");
	}

	@Test
	void aNameOutsideDiscordsRulesFails() {
		failsNaming(BadName.class, "'BadName.roll()'", "'name'");
	}

	@Test
	void aDescriptionOver100CharactersFails() {
		failsNaming(LongDescription.class, "'LongDescription.roll()'", "'description'");
	}

	@Test
	void moreThan25ChoicesFail() {
		failsNaming(TooManyChoices.class, "'TooManyChoices.pick(Letter)'", "'choices'");
	}

	@Test
	void anOptionTypeTheParameterCannotHoldFails() {
		failsNaming(WrongType.class, "'WrongType.kick(String)'", "declared USER but its parameter type String");
	}

	@Test
	void anOptionalPrimitiveFails() {
		failsNaming(OptionalPrimitive.class, "'OptionalPrimitive.roll(long)'", "e.g. Long, not long");
	}

	@Test
	void anUnsupportedParameterFails() {
		failsNaming(Unsupported.class, "'Unsupported.roll(User)'", "cannot be filled in a SLASH_COMMAND handler");
	}

	@Test
	void anAutocompletedOptionWithoutHandlerFails() {
		failsNaming(MissingAutocomplete.class, "'MissingAutocomplete.find(String)'", "no @Autocomplete");
	}

	@Test
	void aCommandClassWithoutSubcommandsFails() {
		failsNaming(EmptyGroup.class, "'EmptyGroup'", "has none");
	}

	@SlashCommand(name = "empty", description = "No sub-commands")
	static class EmptyGroup {

	}

	static class Valid {

		@SlashCommand(name = "ok", description = "Fine")
		String ok(@Option(description = "Anything", required = false) String text) {
			return "ok";
		}

	}

	static class Duplicate {

		@SlashCommand(name = "same", description = "First")
		void first() {
		}

		@SlashCommand(name = "same", description = "Second")
		void second() {
		}

	}

	static class BadName {

		@SlashCommand(name = "Roll Dice", description = "Capitals and a space")
		void roll() {
		}

	}

	static class LongDescription {

		@SlashCommand(name = "roll", description = "This description is much too long for Discord, which takes at most "
				+ "one hundred characters in a description")
		void roll() {
		}

	}

	enum Letter {

		A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U, V, W, X, Y, Z

	}

	static class TooManyChoices {

		@SlashCommand(name = "pick", description = "Pick a letter")
		void pick(@Option(description = "The letter") Letter letter) {
		}

	}

	static class WrongType {

		@SlashCommand(name = "kick", description = "Kick someone")
		void kick(@Option(description = "Who", type = ApplicationCommandOptionType.USER) String who) {
		}

	}

	static class OptionalPrimitive {

		@SlashCommand(name = "roll", description = "Roll")
		void roll(@Option(description = "Sides", required = false) long sides) {
		}

	}

	static class Unsupported {

		@SlashCommand(name = "roll", description = "Roll")
		void roll(User user) {
		}

	}

	static class MissingAutocomplete {

		@SlashCommand(name = "find", description = "Find")
		void find(@Option(description = "What", autocomplete = true) String what) {
		}

	}

}
