package dev.serenity.sample;

import dev.serenity.boot.listener.DiscordListener;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.rest.api.MessageApi;
import org.springframework.stereotype.Component;

/**
 * Answers {@code !ping} with {@code Pong!}, as a reply.
 */
@Component
public class PingListener {

	@DiscordListener(condition = "#event.message().content() == '!ping'")
	void onPing(MessageCreateEvent event, MessageApi messages) {
		messages.reply(event.message(), "Pong!").block();
	}

}
