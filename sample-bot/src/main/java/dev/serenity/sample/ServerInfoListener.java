package dev.serenity.sample;

import dev.serenity.boot.listener.DiscordListener;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.model.Channel;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.Route;
import dev.serenity.rest.api.MessageApi;
import org.springframework.stereotype.Component;

/**
 * {@code !channel}: reads the channel over REST and answers with its name, a command that uses the REST client.
 */
@Component
public class ServerInfoListener {

	@DiscordListener(condition = "#event.message().content() == '!channel'")
	void onChannel(MessageCreateEvent event, DiscordRest rest, MessageApi messages) {
		Channel channel = rest
			.exchange(RestRequest.of(Route.get("/channels/{channel.id}", event.message().channelId().value()),
					Channel.class))
			.block();
		String name = (channel != null && channel.name() != null) ? channel.name() : "this channel";
		messages.reply(event.message(), "You are in #" + name + ".").block();
	}

}
