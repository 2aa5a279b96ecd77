package dev.serenity.boot.test.bot;

import dev.serenity.boot.listener.DiscordListener;
import dev.serenity.event.InteractionCreateEvent;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.model.Interaction;
import dev.serenity.model.InteractionOption;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.api.InteractionResponse;
import dev.serenity.rest.api.MessageApi;
import dev.serenity.rest.api.RestApis;
import org.springframework.stereotype.Component;

/**
 * Answers {@code !ping} with a {@code Pong!} reply, {@code !hello} with a greeting, and {@code /echo text:...} with
 * the text; {@code !forget} makes it delete a message that does not exist.
 */
@Component
public class PingPongListener {

	@DiscordListener(condition = "#event.message().content() == '!ping'")
	void onPing(MessageCreateEvent event, MessageApi messages) {
		messages.reply(event.message(), "Pong!").block();
	}

	@DiscordListener(condition = "#event.message().content() == '!hello'")
	void onHello(MessageCreateEvent event, MessageApi messages) {
		messages.say(event.message().channelId(), "Hello, " + event.message().author().username() + "!").block();
	}

	@DiscordListener(condition = "#event.message().content() == '!forget'")
	void onForget(MessageCreateEvent event, MessageApi messages) {
		// Deletes a message the channel does not have: Discord (and the simulator) answer 404.
		messages.delete(event.message().channelId(), Snowflake.of(1)).onErrorComplete().block();
	}

	@DiscordListener
	void onCommand(InteractionCreateEvent event, RestApis api) {
		Interaction interaction = event.interaction();
		if (interaction.data() != null && "echo".equals(interaction.data().name())) {
			String text = interaction.data()
				.options()
				.stream()
				.filter((option) -> "text".equals(option.name()))
				.map(InteractionOption::stringValue)
				.findFirst()
				.orElse("(nothing)");
			api.interactions().respond(interaction, InteractionResponse.message(text)).block();
		}
	}

}
