package dev.serenity.sample;

import java.util.Map;

import dev.serenity.boot.test.DiscordTest;
import dev.serenity.boot.test.SimulatedDiscord;
import dev.serenity.boot.test.SimulatedGuild;
import dev.serenity.boot.test.SimulatedInteraction;
import dev.serenity.boot.test.SimulatedUser;
import dev.serenity.simulator.world.SimMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's listeners in a {@link DiscordTest @DiscordTest} slice: only the Discord beans, on the embedded
 * simulator, driven with {@link SimulatedDiscord}.
 */
@DiscordTest
class SampleBotSliceTests {

	@Autowired
	private SimulatedDiscord discord;

	@Autowired
	private ApplicationContext context;

	@Test
	void sliceHoldsTheListeners() {
		assertThat(this.context.getBeansOfType(PingListener.class)).hasSize(1);
		assertThat(this.context.getBeansOfType(WelcomeListener.class)).hasSize(1);
		assertThat(this.context.getBeansOfType(DiceCommands.class)).hasSize(1);
	}

	@Test
	void pingIsAnsweredWithPong() {
		SimulatedGuild guild = this.discord.guild("Slice");
		SimMessage ping = guild.member("alice").says(guild.channel(), "!ping");
		assertThat(this.discord).channel(guild.channel()).awaitReplyTo(ping, "Pong!");
	}

	@Test
	void otherMessagesGetNoAnswer() {
		SimulatedGuild guild = this.discord.guild("Quiet");
		SimulatedUser alice = guild.member("alice");
		alice.says(guild.channel(), "ping");
		alice.says(guild.channel(), "!ping");
		assertThat(this.discord).channel(guild.channel())
			.awaitMessage("Pong!")
			.messages()
			.containsExactlyInAnyOrder("Welcome, " + alice.mention() + "!", "Pong!");
	}

	@Test
	void rollAnswersWithDiceAndItsButtonRerollsInPlace() {
		SimulatedGuild guild = this.discord.guild("Dice");
		SimulatedUser alice = guild.member("alice");
		SimulatedInteraction roll = alice.runs(guild.channel(), "/roll sides:6 count:3");
		assertThat(this.discord).interaction(roll).awaitCallback(4);
		assertThat(this.discord.responses(roll)).singleElement()
			.asString()
			.matches("Rolled 3d6: [1-6] [1-6] [1-6] \\(total \\d+\\)");
		SimulatedInteraction again = alice.clicksButton(guild.channel(), "Roll again");
		assertThat(this.discord).interaction(again).awaitCallback(7);
	}

	@Test
	void feedbackOpensAModalAndItsSubmissionIsThanked() {
		SimulatedGuild guild = this.discord.guild("Feedback");
		SimulatedUser bob = guild.member("bob");
		assertThat(this.discord).interaction(bob.runs(guild.channel(), "/feedback")).awaitModal("feedback");
		SimulatedInteraction submitted = bob.submitsModal(guild.channel(), "feedback", Map.of("text", "Nice dice"));
		assertThat(this.discord).interaction(submitted).awaitResponse("Thanks for your feedback: Nice dice");
	}

	@Test
	void newMemberIsWelcomed() {
		SimulatedGuild guild = this.discord.guild("Welcome");
		SimulatedUser bob = guild.member("bob");
		assertThat(this.discord).channel(guild.channel()).awaitMessage("Welcome, " + bob.mention() + "!");
	}

}
