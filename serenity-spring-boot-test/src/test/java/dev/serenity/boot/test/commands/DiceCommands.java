package dev.serenity.boot.test.commands;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;

import dev.serenity.boot.command.ComponentHandler;
import dev.serenity.boot.command.MessageCommand;
import dev.serenity.boot.command.ModalField;
import dev.serenity.boot.command.ModalHandler;
import dev.serenity.boot.command.Option;
import dev.serenity.boot.command.SlashCommand;
import dev.serenity.boot.command.UserCommand;
import dev.serenity.interaction.InteractionResponder;
import dev.serenity.model.Message;
import dev.serenity.model.User;
import dev.serenity.rest.api.MessageCreate;
import dev.serenity.rest.api.MessageEdit;
import dev.serenity.rest.api.component.ActionRow;
import dev.serenity.rest.api.component.Button;
import dev.serenity.rest.api.component.Label;
import dev.serenity.rest.api.component.StringSelect;
import dev.serenity.rest.api.component.TextInput;
import org.springframework.stereotype.Component;

/**
 * Commands of every kind: a slash command with options and a button, a modal and its submit handler, user and
 * message commands, and a slow command that waits for the test.
 */
@Component
public class DiceCommands {

	/** Counted down when {@code /slow} starts. */
	public final CountDownLatch slowStarted = new CountDownLatch(1);

	/** Released by a test to let {@code /slow} answer. */
	public final CountDownLatch slowMayAnswer = new CountDownLatch(1);

	enum Mood {

		CALM, WILD

	}

	@SlashCommand(name = "roll", description = "Roll a die (deterministically, for tests)")
	void roll(InteractionResponder responder,
			@Option(description = "Sides of the die", min = 2, max = 100) long sides,
			@Option(description = "How to roll", required = false) Mood mood) {
		String text = "Rolled a d" + sides + ((mood != null) ? " " + mood.name().toLowerCase() + "ly" : "");
		responder.reply(MessageCreate.builder()
			.content(text)
			.components(ActionRow.of(Button.primary("reroll:" + sides, "Roll again")))
			.build(), false);
	}

	@ComponentHandler("reroll:(\\d+)")
	void reroll(InteractionResponder responder, MatchResult match) {
		responder.updateMessage(MessageEdit.content("Rolled a d" + match.group(1) + " again"));
	}

	@SlashCommand(name = "pick", description = "Pick colours from a menu")
	void pick(InteractionResponder responder) {
		responder.reply(MessageCreate.builder()
			.content("Pick colours")
			.components(ActionRow.of(StringSelect.of("colours", StringSelect.Option.of("Red", "red"),
					StringSelect.Option.of("Blue", "blue"))))
			.build(), false);
	}

	@ComponentHandler("colours")
	String picked(List<String> values) {
		return "You picked " + String.join(" and ", values);
	}

	@SlashCommand(name = "feedback", description = "Tell us what you think")
	void feedback(InteractionResponder responder) {
		responder.showModal("feedback", "Feedback", Label.of("Your feedback", TextInput.paragraph("text")));
	}

	@ModalHandler("feedback")
	String thanks(@ModalField("text") String text) {
		return "Thanks for: " + text;
	}

	@UserCommand(name = "Greet")
	String greet(User target) {
		return "Hello, " + target.username() + "!";
	}

	@MessageCommand(name = "Quote")
	String quote(Message target) {
		return "> " + target.content();
	}

	@SlashCommand(name = "broken", description = "Always fails")
	String broken() {
		throw new IllegalStateException("broken on purpose");
	}

	@SlashCommand(name = "slow", description = "Answers when the test lets it")
	String slow() throws InterruptedException {
		this.slowStarted.countDown();
		this.slowMayAnswer.await(30, TimeUnit.SECONDS);
		return "Finally";
	}

}
