package dev.serenity.sample;

import java.util.random.RandomGenerator;
import java.util.regex.MatchResult;

import dev.serenity.boot.command.ComponentHandler;
import dev.serenity.boot.command.ModalField;
import dev.serenity.boot.command.ModalHandler;
import dev.serenity.boot.command.Option;
import dev.serenity.boot.command.SlashCommand;
import dev.serenity.interaction.InteractionResponder;
import dev.serenity.rest.api.MessageCreate;
import dev.serenity.rest.api.MessageEdit;
import dev.serenity.rest.api.component.ActionRow;
import dev.serenity.rest.api.component.Button;
import dev.serenity.rest.api.component.Label;
import dev.serenity.rest.api.component.TextInput;
import org.springframework.stereotype.Component;

/**
 * Slash commands with options, a button and a modal: {@code /roll sides:20 count:2} rolls dice and offers a "Roll
 * again" button that rerolls in place; {@code /feedback} opens a modal whose submission is thanked.
 */
@Component
public class DiceCommands {

	private final RandomGenerator random = RandomGenerator.getDefault();

	@SlashCommand(name = "roll", description = "Roll dice")
	void roll(InteractionResponder responder,
			@Option(name = "sides", description = "Sides of each die", min = 2, max = 100) long sides,
			@Option(name = "count", description = "How many dice (1 by default)", required = false, min = 1,
					max = 10) Long count) {
		long dice = (count != null) ? count : 1;
		responder.reply(MessageCreate.builder()
			.content(roll(sides, dice))
			.components(ActionRow.of(Button.primary("roll:" + sides + ":" + dice, "Roll again")))
			.build(), false);
	}

	@ComponentHandler("roll:(\\d+):(\\d+)")
	void rollAgain(InteractionResponder responder, MatchResult match) {
		String text = roll(Long.parseLong(match.group(1)), Long.parseLong(match.group(2)));
		responder.updateMessage(MessageEdit.content(text));
	}

	@SlashCommand(name = "feedback", description = "Tell us what you think of the bot")
	void feedback(InteractionResponder responder) {
		responder.showModal("feedback", "Feedback", Label.of("What do you think?", TextInput.paragraph("text")));
	}

	@ModalHandler("feedback")
	void thanks(InteractionResponder responder, @ModalField("text") String text) {
		responder.replyEphemeral("Thanks for your feedback: " + text);
	}

	private String roll(long sides, long count) {
		StringBuilder text = new StringBuilder("Rolled ").append(count).append("d").append(sides).append(":");
		long total = 0;
		for (int i = 0; i < count; i++) {
			long value = 1 + this.random.nextLong(sides);
			total += value;
			text.append(' ').append(value);
		}
		return text.append(" (total ").append(total).append(')').toString();
	}

}
