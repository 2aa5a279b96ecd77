package dev.serenity.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.serenity.event.MessageCreateEvent;
import dev.serenity.gateway.Latency;
import dev.serenity.gateway.Shard;
import dev.serenity.gateway.ShardState;
import dev.serenity.gateway.lifecycle.ShardLifecycleEvent;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.record.SessionAttempt.Kind;
import dev.serenity.simulator.record.SessionAttempt.Result;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A listener blocked for ten heartbeat intervals causes no reconnect loop, no lost event and bounded memory: the
 * shard stops reading while its lane is full, keeps heartbeating, and does not mistake the ACKs it has not read yet
 * for a zombied connection.
 */
class BlockedListenerTests {

	private static final int MESSAGES = 500;

	private static final int LANE_CAPACITY = 8;

	private static final Duration INTERVAL = Duration.ofSeconds(1);

	private SimulatedDiscord discord;

	private DiscordClient client;

	private SimUser user;

	private SimChannel channel;

	private final CountDownLatch release = new CountDownLatch(1);

	private final AtomicBoolean blocked = new AtomicBoolean();

	private final List<String> received = new CopyOnWriteArrayList<>();

	private final List<ShardLifecycleEvent> lifecycle = new CopyOnWriteArrayList<>();

	@BeforeEach
	void connect() {
		this.discord = SimulatedDiscord.startOnVirtualTime(SimulatorConfig.builder().heartbeatInterval(INTERVAL));
		SimGuild guild = this.discord.simulator.control().createGuild("Slow");
		this.user = this.discord.simulator.control().createUser("talker");
		this.discord.simulator.control().addMember(guild.id(), this.user.id());
		this.channel = this.discord.simulator.control().defaultChannel(guild.id());
		this.client = this.discord.track(this.discord.client(1 | 512 | 32768)
			.listenerLanes(1)
			.laneCapacity(LANE_CAPACITY)
			.listener(MessageCreateEvent.class, (event, context) -> {
				if (this.received.isEmpty()) {
					this.blocked.set(true);
					this.release.await(60, TimeUnit.SECONDS);
				}
				this.received.add(event.message().content());
			})
			.listener(ShardLifecycleEvent.class, (event, context) -> this.lifecycle.add(event))
			.build());
		this.client.startShardRangeAsync(0, 0, 1).join();
	}

	@AfterEach
	void stop() {
		this.release.countDown();
		this.discord.close();
	}

	private Shard shard() {
		return this.client.shards().get(0);
	}

	private long heartbeats() {
		return this.discord.simulator.recorder().frames().stream().filter((frame) -> frame.op() == 1).count();
	}

	@Test
	void listenerBlockedForTenHeartbeatIntervalsCausesNoReconnectNoLossAndBoundedBuffering() {
		// READY and the guild's GUILD_CREATE
		await().atMost(Duration.ofSeconds(10)).until(() -> shard().sequence() == 2);
		long sequenceBefore = shard().sequence();
		List<String> sent = new ArrayList<>();
		for (int i = 0; i < MESSAGES; i++) {
			String content = "message " + i;
			this.discord.simulator.control().say(this.user.id(), this.channel.id(), content);
			sent.add(content);
		}
		await().atMost(Duration.ofSeconds(10)).untilTrue(this.blocked);
		long maxAccepted = 0;
		for (int interval = 0; interval < 12; interval++) {
			long before = heartbeats();
			this.discord.scheduler.advanceTimeBy(INTERVAL);
			await().atMost(Duration.ofSeconds(10)).until(() -> heartbeats() > before);
			assertThat(shard().state()).as("state after %d intervals", interval + 1).isEqualTo(ShardState.CONNECTED);
			maxAccepted = Math.max(maxAccepted, shard().sequence() - sequenceBefore);
		}
		assertThat(this.received).as("messages handled while blocked").isEmpty();
		// One in the blocked listener, a full lane, and one parked until the lane has room; the rest stays unread.
		assertThat(maxAccepted).as("dispatches taken off the socket while blocked")
			.isBetween((long) LANE_CAPACITY + 1, (long) LANE_CAPACITY + 2);
		assertThat(shard().sequence() - sequenceBefore).isLessThanOrEqualTo(LANE_CAPACITY + 2);
		this.release.countDown();
		await().atMost(Duration.ofSeconds(30)).until(() -> this.received.size() >= MESSAGES);
		assertThat(this.received).containsExactlyElementsOf(sent);
		assertThat(shard().sequence() - sequenceBefore).isEqualTo(MESSAGES);
		// The ACKs of the heartbeats sent while blocked were queued behind the messages; a later message shows that
		// the shard has read them all.
		this.discord.simulator.control().say(this.user.id(), this.channel.id(), "sentinel");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.received.size() > MESSAGES);
		assertKeepsHeartbeatingAfterwards();
		assertThat(this.received).hasSize(MESSAGES + 1).endsWith("sentinel");
		assertThat(this.discord.simulator.recorder().sessionAttempts()).singleElement().satisfies((attempt) -> {
			assertThat(attempt.kind()).isEqualTo(Kind.IDENTIFY);
			assertThat(attempt.result()).isEqualTo(Result.READY);
		});
		assertThat(this.discord.simulator.recorder().closes()).isEmpty();
		assertThat(this.discord.simulator.recorder().connections()).hasSize(1);
		assertThat(shard().reconnectAttempts()).isZero();
		assertThat(this.lifecycle).extracting((event) -> event.getClass().getSimpleName())
			.containsOnly("ShardConnectedEvent");
	}

	/** Once the backlog is read, heartbeats are acknowledged again. */
	private void assertKeepsHeartbeatingAfterwards() {
		for (int i = 0; i < 3; i++) {
			long before = heartbeats();
			Latency latency = shard().latency();
			this.discord.scheduler.advanceTimeBy(INTERVAL);
			await().atMost(Duration.ofSeconds(10)).until(() -> heartbeats() > before && shard().latency() != latency);
			assertThat(shard().state()).isEqualTo(ShardState.CONNECTED);
		}
	}

}
