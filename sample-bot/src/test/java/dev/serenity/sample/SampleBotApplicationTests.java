package dev.serenity.sample;

import java.time.Duration;

import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorControl;
import dev.serenity.simulator.world.SimMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample bot on the embedded simulator, end to end: a simulated user says {@code !ping} and the bot answers.
 */
@SpringBootTest(properties = "discord.simulator.enabled=true")
class SampleBotApplicationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	private DiscordSimulator simulator;

	@Test
	void answersPingWithPong() {
		SimulatorControl control = this.simulator.control();
		SimulatorControl.GuildWithMember scene = control.createGuildWithMember("Sample", "alice");
		SimMessage ping = control.say(scene.member().id(), scene.channel().id(), "!ping");
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(control.world().channelMessages(scene.channel().id()))
			.anySatisfy((message) -> {
				assertThat(message.authorId()).isEqualTo(this.simulator.botUserId());
				assertThat(message.content()).isEqualTo("Pong!");
				assertThat(message.referencedMessageId()).isEqualTo(ping.id());
			}));
	}

	@Test
	void welcomesANewMember() {
		SimulatorControl control = this.simulator.control();
		SimulatorControl.GuildWithMember scene = control.createGuildWithMember("Welcome", "bob");
		long carol = control.createUser("carol").id();
		control.addMember(scene.guild().id(), carol);
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(control.world().channelMessages(scene.channel().id()))
			.extracting(SimMessage::content)
			.contains("Welcome, <@" + carol + ">!"));
	}

	@Test
	void simulatorIsTheDefaultWithoutAToken() {
		assertThat(SampleBotApplication.defaults(null)).containsEntry("discord.simulator.enabled", true);
		assertThat(SampleBotApplication.defaults("token")).containsEntry("discord.simulator.enabled", false);
	}

}
