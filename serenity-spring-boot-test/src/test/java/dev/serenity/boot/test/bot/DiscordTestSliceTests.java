package dev.serenity.boot.test.bot;

import java.time.Duration;
import java.util.Map;

import dev.serenity.boot.autoconfigure.DiscordConnectionDetails;
import dev.serenity.boot.test.DiscordTest;
import dev.serenity.boot.test.SimulatedChannel;
import dev.serenity.boot.test.SimulatedDiscord;
import dev.serenity.boot.test.SimulatedGuild;
import dev.serenity.boot.test.SimulatedInteraction;
import dev.serenity.boot.test.SimulatedUser;
import dev.serenity.client.DiscordClient;
import dev.serenity.gateway.Shard;
import dev.serenity.gateway.ShardState;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.record.SessionAttempt;
import dev.serenity.simulator.world.SimMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * {@link DiscordTest @DiscordTest} on {@link TestBotApplication}: what the slice contains, the simulator it connects
 * to, and the {@link SimulatedDiscord} DSL with its assertions.
 */
@DiscordTest(properties = "discord.intents=GUILDS,GUILD_MESSAGES,MESSAGE_CONTENT")
class DiscordTestSliceTests {

	private static final Duration SHORT = Duration.ofMillis(300);

	@Autowired
	private SimulatedDiscord discord;

	@Autowired
	private ApplicationContext context;

	@Test
	void sliceContainsListenerAndCustomizerBeansButNoOtherComponents() {
		assertThat(this.context.getBeansOfType(PingPongListener.class)).hasSize(1);
		assertThat(this.context.getBeansOfType(RecordingCustomizer.class)).hasSize(1);
		assertThat(this.context.getBeansOfType(GreetingService.class)).isEmpty();
		assertThat(this.context.getBean(RecordingCustomizer.class).calls).hasValue(1);
	}

	@Test
	void botIsConnectedToTheSimulatorOfThisContext() {
		DiscordSimulator simulator = this.context.getBean(DiscordSimulator.class);
		assertThat(this.discord.simulator()).isSameAs(simulator);
		assertThat(this.context.getBean(DiscordConnectionDetails.class).restUrl()).isEqualTo(simulator.restUrl())
			.startsWith("http://127.0.0.1:");
		assertThat(this.context.getBean(DiscordClient.class).shards()).isNotEmpty()
			.extracting(Shard::state)
			.containsOnly(ShardState.CONNECTED);
		assertThat(simulator.recorder().sessionAttempts()).extracting(SessionAttempt::result)
			.contains(SessionAttempt.Result.READY);
	}

	@Test
	void memberSaysPingAndTheBotRepliesPong() {
		SimulatedGuild guild = this.discord.guild("Ping");
		SimulatedUser alice = guild.member("alice");
		SimMessage ping = alice.says(guild.channel(), "!ping");
		assertThat(this.discord).channel(guild.channel()).awaitReplyTo(ping, "Pong!").receivedMessage("Pong!");
		assertThat(this.discord).channel(guild.channel()).messages().containsExactly("Pong!");
	}

	@Test
	void messagesInAnotherChannelOrGuildDoNotCount() {
		SimulatedGuild guild = this.discord.guild("Channels");
		SimulatedChannel general = guild.channel();
		SimulatedChannel random = guild.channel("random");
		assertThat(random).isNotEqualTo(general).isEqualTo(guild.channel("random"));
		SimulatedUser bob = guild.member("bob");
		bob.says(random, "!hello");
		assertThat(this.discord).channel(random).awaitMessage("Hello, bob!");
		assertThat(this.discord).channel(general).receivedNoMessage();
		assertThat(this.discord).channel(this.discord.guild("Other").channel()).receivedNoMessage();
	}

	@Test
	void slashCommandIsAnsweredWithItsOption() {
		SimulatedGuild guild = this.discord.guild("Commands");
		SimulatedInteraction echo = guild.member("carol").runs(guild.channel(), "/echo", Map.of("text", "hi there"));
		assertThat(this.discord).interaction(echo).awaitResponse("hi there").respondedWith("hi there");
		assertThat(this.discord.callbacks(echo)).singleElement()
			.satisfies((callback) -> assertThat(callback.type()).isEqualTo(4));
	}

	@Test
	void failedAssertionSaysWhatTheBotSent() {
		SimulatedGuild guild = this.discord.guild("Failures");
		SimulatedChannel channel = guild.channel();
		SimMessage ping = guild.member("dave").says(channel, "!ping");
		assertThat(this.discord).channel(channel).awaitReplyTo(ping, "Pong!");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(this.discord).channel(channel).receivedMessage("Pong?"))
			.withMessageContaining("Expected the bot to send \"Pong?\" in #general")
			.withMessageContaining("but it sent:\n  - \"Pong!\" (reply to " + Long.toUnsignedString(ping.id()) + ")");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(this.discord).channel(channel).awaitMessage("Pong?", SHORT))
			.withMessageContaining("within 300 ms")
			.withMessageContaining("\"Pong!\"");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(this.discord).channel(channel).receivedNoMessage())
			.withMessageContaining("Expected the bot to send nothing")
			.withMessageContaining("\"Pong!\"");
	}

	@Test
	void failedAssertionNamesTheBotsFailedRequestsAboutTheChannel() {
		SimulatedGuild guild = this.discord.guild("Forgetful");
		SimulatedChannel channel = guild.channel();
		guild.member("heidi").says(channel, "!forget");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.discord.restRequests(channel).stream().anyMatch((request) -> request.status() == 404));
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(this.discord).channel(channel).receivedMessage("Forgotten"))
			.withMessageContaining("but it sent nothing there")
			.withMessageContaining("Its REST requests about this channel that failed:\n"
					+ "  - DELETE /channels/{channel_id}/messages/{message_id} -> 404");
	}

	@Test
	void failedAssertionSaysWhenTheBotSentNothing() {
		SimulatedGuild guild = this.discord.guild("Silence");
		guild.member("erin").says(guild.channel(), "not a command");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(this.discord).channel(guild.channel()).awaitMessage("Pong!", SHORT))
			.withMessageContaining("but it sent nothing there");
	}

	@Test
	void failedInteractionAssertionSaysTheBotDidNotAnswer() {
		SimulatedGuild guild = this.discord.guild("Unanswered");
		SimulatedInteraction unknown = guild.member("frank").runs(guild.channel(), "/unknown");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(this.discord).interaction(unknown).awaitResponse("anything", SHORT))
			.withMessageContaining("Expected the bot to answer /unknown")
			.withMessageContaining("but it did not answer");
	}

	@Test
	void failedInteractionAssertionSaysWhatTheBotAnswered() {
		SimulatedGuild guild = this.discord.guild("Answered");
		SimulatedInteraction echo = guild.member("grace").runs(guild.channel(), "echo", Map.of("text", "one"));
		assertThat(this.discord).interaction(echo).awaitResponse("one");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(this.discord).interaction(echo).respondedWith("two"))
			.withMessageContaining("with \"two\"")
			.withMessageContaining("callback type(s) [4] and:\n  - \"one\"");
	}

}
