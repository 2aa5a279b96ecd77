package dev.serenity.client;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import dev.serenity.simulator.SimulatorConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * The default WebSocket client reads the shards on event loops of the client's own, as many as configured, and stops
 * them when the client closes.
 */
class EventLoopThreadsTests {

	/** Gateway event-loop threads alive now that were not in {@code before} (other tests' may still be stopping). */
	private static Set<Thread> newGatewayThreads(Set<Thread> before) {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().startsWith(GatewayEventLoops.THREAD_PREFIX + "-"))
			.filter((thread) -> !before.contains(thread))
			.collect(Collectors.toSet());
	}

	@Test
	void shardsShareTheConfiguredEventLoopThreadsWhichStopWhenTheClientCloses() {
		Set<Thread> before = newGatewayThreads(Set.of());
		try (SimulatedDiscord discord = SimulatedDiscord
			.start(SimulatorConfig.builder().guilds(4).maxConcurrency(16).recommendedShards(4))) {
			DiscordClient client = discord.client(1).eventLoopThreads(2).build();
			assertThat(newGatewayThreads(before)).as("no thread before the first connection").isEmpty();
			client.startShards(4);
			Set<Thread> started = newGatewayThreads(before);
			assertThat(started).as("four shards on two event loops").hasSize(2).allMatch(Thread::isAlive);
			client.close();
			await().atMost(Duration.ofSeconds(10)).until(() -> started.stream().noneMatch(Thread::isAlive));
		}
	}

	@Test
	void fewerThanOneThreadIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> DiscordClient.builder("token", 1).eventLoopThreads(0))
			.withMessage("'eventLoopThreads' must be at least 1 but was 0");
	}

}
