package dev.serenity.sample;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.serenity.boot.listener.DiscordListener;
import dev.serenity.event.GuildCreateEvent;
import dev.serenity.event.GuildMemberAddEvent;
import dev.serenity.model.Channel;
import dev.serenity.model.ChannelType;
import dev.serenity.model.Guild;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.api.MessageApi;
import org.springframework.stereotype.Component;

/**
 * Welcomes new members in the guild's system channel, or its first text channel (member events need the privileged
 * GUILD_MEMBERS intent).
 */
@Component
public class WelcomeListener {

	private final Map<Snowflake, Snowflake> welcomeChannels = new ConcurrentHashMap<>();

	@DiscordListener
	void onGuild(GuildCreateEvent event) {
		Guild guild = event.guild();
		Snowflake channel = guild.systemChannelId();
		if (channel == null && guild.channels() != null) {
			channel = guild.channels()
				.stream()
				.filter((candidate) -> candidate.type() == ChannelType.GUILD_TEXT)
				.map(Channel::id)
				.findFirst()
				.orElse(null);
		}
		if (channel != null) {
			this.welcomeChannels.put(guild.id(), channel);
		}
	}

	@DiscordListener
	void onMemberJoin(GuildMemberAddEvent event, MessageApi messages) {
		Snowflake channel = this.welcomeChannels.get(event.member().guildId());
		if (channel != null && event.member().user() != null) {
			messages.say(channel, "Welcome, <@" + event.member().user().id().value() + ">!").block();
		}
	}

}
