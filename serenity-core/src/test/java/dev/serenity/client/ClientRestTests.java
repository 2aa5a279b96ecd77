package dev.serenity.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.serenity.event.MessageCreateEvent;
import dev.serenity.rest.ratelimit.RestRateLimitedEvent;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.http.RateLimitScope;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The client's REST handle: a listener replies with a blocking call, and rate-limit waits reach listeners as events
 * (serenity's ratelimit callback).
 */
class ClientRestTests {

	@Test
	void listenerRepliesOverRestAndRateLimitWaitsReachListeners() {
		try (SimulatedDiscord discord = SimulatedDiscord.start(SimulatorConfig.builder())) {
			SimGuild guild = discord.simulator.control().createGuild("Rest");
			SimUser user = discord.simulator.control().createUser("asker");
			discord.simulator.control().addMember(guild.id(), user.id());
			SimChannel channel = discord.simulator.control().defaultChannel(guild.id());
			List<RestRateLimitedEvent> waits = new CopyOnWriteArrayList<>();
			DiscordClient client = discord.track(discord.client(1 | 512 | 32768)
				.listener(MessageCreateEvent.class, (event, context) -> {
					if ("!ping".equals(event.message().content())) {
						context.client().messages().reply(event.message(), "Pong!").block();
					}
				})
				.listener(RestRateLimitedEvent.class, (event, context) -> waits.add(event))
				.build());
			client.start();
			discord.simulator.control()
				.forceRateLimit(RateLimitScope.GLOBAL, "POST /channels/{channel_id}/messages", Duration.ofMillis(50));
			discord.simulator.control().say(user.id(), channel.id(), "!ping");
			await().atMost(Duration.ofSeconds(10))
				.until(() -> discord.simulator.control().world().messages().stream()
					.anyMatch((message) -> message.content().equals("Pong!")
							&& message.authorId() == discord.simulator.botUserId()
							&& message.referencedMessageId() != 0));
			await().atMost(Duration.ofSeconds(5)).until(() -> !waits.isEmpty());
			assertThat(waits.get(0).route()).isEqualTo("/channels/{channel.id}/messages");
			assertThat(waits.get(0).rateLimitResponse()).isTrue();
		}
	}

}
