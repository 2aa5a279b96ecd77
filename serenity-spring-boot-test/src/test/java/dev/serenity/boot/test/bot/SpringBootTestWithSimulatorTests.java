package dev.serenity.boot.test.bot;

import dev.serenity.boot.test.AutoConfigureDiscordSimulator;
import dev.serenity.boot.test.SimulatedDiscord;
import dev.serenity.boot.test.SimulatedGuild;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureDiscordSimulator @AutoConfigureDiscordSimulator} with {@code @SpringBootTest}: the whole
 * application, connected to a simulator, with the {@link SimulatedDiscord} handle.
 */
@SpringBootTest(properties = "discord.intents=GUILDS,GUILD_MESSAGES,MESSAGE_CONTENT")
@AutoConfigureDiscordSimulator
class SpringBootTestWithSimulatorTests {

	@Autowired
	private SimulatedDiscord discord;

	@Autowired
	private ApplicationContext context;

	@Test
	void fullContextKeepsEveryComponent() {
		assertThat(this.context.getBeansOfType(GreetingService.class)).hasSize(1);
		assertThat(this.context.getBeansOfType(PingPongListener.class)).hasSize(1);
	}

	@Test
	void botAnswersOnTheSimulator() {
		SimulatedGuild guild = this.discord.guild("Full");
		guild.member("alice").says(guild.channel(), "!ping");
		assertThat(this.discord).channel(guild.channel()).awaitMessage("Pong!");
	}

}
