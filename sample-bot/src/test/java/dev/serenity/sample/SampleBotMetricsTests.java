package dev.serenity.sample;

import java.time.Duration;
import dev.serenity.boot.metrics.DiscordMetrics;
import dev.serenity.boot.metrics.DiscordRestMetrics;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorControl;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample bot's meters on the embedded simulator, end to end: what the simulator sent and what the bot did show up
 * in the application's {@link MeterRegistry} (Actuator's). The context may be shared with other test classes, so
 * every count is taken as a difference.
 */
@SpringBootTest(properties = "discord.simulator.enabled=true")
class SampleBotMetricsTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String MESSAGES_ROUTE = "/channels/{channel.id}/messages";

	@Autowired
	private DiscordSimulator simulator;

	@Autowired
	private MeterRegistry registry;

	@Test
	void metersCountWhatTheSimulatorSentAndWhatTheBotDid() {
		SimulatorControl control = this.simulator.control();
		long botId = this.simulator.botUserId();
		double eventsBefore = events("MESSAGE_CREATE");
		double unknownBefore = events(DiscordMetrics.UNKNOWN_TYPE);
		long restBefore = restCalls();
		long pingsBefore = listenerCalls("PingListener.onPing", "SUCCESS");

		// A new guild and member (the bot welcomes them), three pings and a message that is no command.
		SimulatorControl.GuildWithMember scene = control.createGuildWithMember("Metered", "alice");
		long channel = scene.channel().id();
		int pings = 3;
		for (int i = 0; i < pings; i++) {
			control.say(scene.member().id(), channel, "!ping");
		}
		control.say(scene.member().id(), channel, "not a command");
		control.dispatch("SOMETHING_NEW", scene.guild().id(), JsonNodeFactory.instance.objectNode());
		await().atMost(TIMEOUT).until(() -> pongs(control, channel, botId) == pings);

		// Every message of the channel (the user's, the welcome and the pongs) reached the bot as one MESSAGE_CREATE.
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(events("MESSAGE_CREATE") - eventsBefore)
			.isEqualTo(control.world().channelMessages(channel).size()));
		assertThat(control.world().channelMessages(channel)).hasSizeGreaterThanOrEqualTo(pings + 1 + pings);
		assertThat(events(DiscordMetrics.UNKNOWN_TYPE) - unknownBefore).isEqualTo(1.0);
		// Each message the bot wrote was one successful POST, tagged with the route template.
		long botMessages = control.world()
			.channelMessages(channel)
			.stream()
			.filter((message) -> message.authorId() == botId)
			.count();
		assertThat(restCalls() - restBefore).isEqualTo(botMessages);
		// The ping listener ran, and succeeded, once per ping; its condition skipped the other message.
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(listenerCalls("PingListener.onPing", "SUCCESS") - pingsBefore)
				.isEqualTo(pings));
		assertThat(this.registry.get(DiscordMetrics.SHARDS).tag("state", "CONNECTED").gauge().value()).isEqualTo(1.0);
	}

	private static long pongs(SimulatorControl control, long channelId, long botId) {
		return control.world()
			.channelMessages(channelId)
			.stream()
			.filter((message) -> message.authorId() == botId && "Pong!".equals(message.content()))
			.count();
	}

	private double events(String type) {
		return this.registry.find(DiscordMetrics.EVENTS)
			.tag("type", type)
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
	}

	private long restCalls() {
		Timer timer = this.registry.find(DiscordRestMetrics.REQUESTS)
			.tags("route", MESSAGES_ROUTE, "method", "POST", "outcome", "SUCCESS")
			.timer();
		return (timer != null) ? timer.count() : 0;
	}

	private long listenerCalls(String listener, String outcome) {
		Timer timer = this.registry.find("discord.listener")
			.tags("listener", listener, "event", "MESSAGE_CREATE", "outcome", outcome)
			.timer();
		return (timer != null) ? timer.count() : 0;
	}

}
