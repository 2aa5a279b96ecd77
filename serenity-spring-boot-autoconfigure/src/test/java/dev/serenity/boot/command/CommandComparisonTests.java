package dev.serenity.boot.command;

import java.util.List;
import java.util.Map;

import dev.serenity.model.ApplicationCommand;
import dev.serenity.model.ApplicationCommandOptionType;
import dev.serenity.model.ApplicationCommandType;
import dev.serenity.rest.api.CommandCreate;
import dev.serenity.rest.api.CommandOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CommandComparison}: Discord's defaults and number forms are not differences; real changes, new and removed
 * commands are.
 */
class CommandComparisonTests {

	private static final CommandCreate DECLARED = CommandCreate.slash("roll", "Roll")
		.option(CommandOption.builder(ApplicationCommandOptionType.INTEGER, "sides", "Sides")
			.required(true)
			.minValue(2)
			.maxValue(100)
			.choice("twenty", 20)
			.build())
		.build();

	private static ApplicationCommand registered(String description, Boolean required, Object choiceValue) {
		ApplicationCommand.Option option = new ApplicationCommand.Option(ApplicationCommandOptionType.INTEGER, "sides",
				null, "Sides", null, required, List.of(new ApplicationCommand.Choice("twenty", null, choiceValue)),
				null, null, 2.0, 100.0, null, null, null);
		return new ApplicationCommand(null, null, null, null, "roll", Map.of(), null, description, Map.of(), null,
				List.of(option), null, true, true, false, List.of(0), List.of(0, 1, 2), null, null);
	}

	@Test
	void theSameCommandAsDiscordReturnsItIsNoDifference() {
		assertThat(CommandComparison.compare(List.of(DECLARED), List.of(registered("Roll", true, 20L))).isEmpty())
			.as("absent type = CHAT_INPUT, 2 = 2.0, contexts and integration types not declared")
			.isTrue();
	}

	@Test
	void aChangedDescriptionOrOptionIsAChange() {
		assertThat(CommandComparison.compare(List.of(DECLARED), List.of(registered("Roll!", true, 20L))).changed())
			.containsExactly("CHAT_INPUT roll");
		assertThat(CommandComparison.compare(List.of(DECLARED), List.of(registered("Roll", null, 20L))).changed())
			.as("required became optional")
			.containsExactly("CHAT_INPUT roll");
		assertThat(CommandComparison.compare(List.of(DECLARED), List.of(registered("Roll", true, 21L))).changed())
			.containsExactly("CHAT_INPUT roll");
	}

	@Test
	void newAndRemovedCommandsAreListed() {
		CommandCreate greet = CommandCreate.builder(ApplicationCommandType.USER, "Greet").build();
		CommandComparison.Difference difference = CommandComparison.compare(List.of(greet),
				List.of(registered("Roll", true, 20L)));
		assertThat(difference.added()).containsExactly("USER Greet");
		assertThat(difference.removed()).containsExactly("CHAT_INPUT roll");
	}

}
