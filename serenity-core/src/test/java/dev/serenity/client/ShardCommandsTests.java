package dev.serenity.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.serenity.event.VoiceServerUpdateEvent;
import dev.serenity.event.VoiceStateUpdateEvent;
import dev.serenity.gateway.Shard;
import dev.serenity.gateway.ShardState;
import dev.serenity.gateway.command.ActivityData;
import dev.serenity.gateway.command.PresenceUpdate;
import dev.serenity.gateway.command.RequestGuildMembers;
import dev.serenity.gateway.command.VoiceStateUpdate;
import dev.serenity.gateway.lifecycle.ReconnectAttemptEvent;
import dev.serenity.gateway.lifecycle.ShardConnectedEvent;
import dev.serenity.gateway.lifecycle.ShardDisconnectedEvent;
import dev.serenity.gateway.lifecycle.ShardLifecycleEvent;
import dev.serenity.gateway.lifecycle.ShardResumedEvent;
import dev.serenity.gateway.voice.VoiceCommandSender;
import dev.serenity.gateway.voice.VoiceGatewayManager;
import dev.serenity.model.Member;
import dev.serenity.model.OnlineStatus;
import dev.serenity.model.Snowflake;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.record.CloseRecord;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a shard sends on request: presence (within the command limit), member requests answered by chunks, voice
 * state for a voice library; and the lifecycle events listeners see.
 */
class ShardCommandsTests {

	private static final long INTENTS = 1 | 2 | 128 | 512;

	@Test
	void presenceUpdatesBeyondTheCommandLimitWaitInsteadOfTripping4008() {
		try (SimulatedDiscord discord = SimulatedDiscord.startOnVirtualTime(SimulatorConfig.builder().guilds(1))) {
			DiscordClient client = discord.track(discord.client(INTENTS).build());
			client.startShardRangeAsync(0, 0, 1).join();
			Shard shard = client.shards().get(0);
			List<CompletableFuture<Void>> sent = new java.util.ArrayList<>();
			for (int i = 0; i < 150; i++) {
				sent.add(shard.updatePresence(PresenceUpdate.of(OnlineStatus.DND, ActivityData.playing("n" + i))));
			}
			await().atMost(Duration.ofSeconds(20)).until(() -> {
				discord.scheduler.advanceTimeBy(Duration.ofSeconds(5));
				return sent.stream().allMatch(CompletableFuture::isDone);
			});
			await().atMost(Duration.ofSeconds(10))
				.until(() -> discord.simulator.recorder().presences().size() == 151);
			assertThat(discord.simulator.recorder().closes()).isEmpty();
			assertThat(shard.state()).isEqualTo(ShardState.CONNECTED);
			assertThat(discord.simulator.recorder().presences().get(150).json()).contains("n149");
		}
	}

	@Test
	void memberRequestCollectsEveryChunk() {
		try (SimulatedDiscord discord = SimulatedDiscord.start(SimulatorConfig.builder())) {
			SimGuild guild = discord.simulator.control().createGuild("Members");
			for (int i = 0; i < 2300; i++) {
				discord.simulator.control().world().addMember(guild.id(),
						discord.simulator.control().world().createUser("member" + i, false).id());
			}
			DiscordClient client = discord.track(discord.client(INTENTS).build());
			client.start();
			List<Member> members = client.shards()
				.get(0)
				.requestGuildMembers(RequestGuildMembers.all(Snowflake.of(guild.id())), Duration.ofSeconds(10))
				.join();
			assertThat(members).hasSize(2300 + 2);
			assertThat(members).extracting((m) -> m.user().id()).doesNotHaveDuplicates();
		}
	}

	@Test
	void voiceManagerGetsTheBotsVoiceStateAndServerAndCanSendOp4() {
		try (SimulatedDiscord discord = SimulatedDiscord.start(SimulatorConfig.builder())) {
			SimGuild guild = discord.simulator.control().createGuild("Voice");
			SimChannel voice = discord.simulator.control().world().channelsOf(guild).stream()
				.filter((c) -> c.type() == SimChannel.GUILD_VOICE).findFirst().orElseThrow();
			List<Object> received = new CopyOnWriteArrayList<>();
			List<VoiceCommandSender> senders = new CopyOnWriteArrayList<>();
			List<Snowflake> userIds = new CopyOnWriteArrayList<>();
			VoiceGatewayManager manager = new VoiceGatewayManager() {
				@Override
				public void initialize(int shardCount, Snowflake userId) {
					userIds.add(userId);
				}

				@Override
				public void registerShard(int shardId, VoiceCommandSender sender) {
					senders.add(sender);
				}

				@Override
				public void onVoiceStateUpdate(int shardId, VoiceStateUpdateEvent event) {
					received.add(event);
				}

				@Override
				public void onVoiceServerUpdate(int shardId, VoiceServerUpdateEvent event) {
					received.add(event);
				}
			};
			DiscordClient client = discord.track(discord.client(INTENTS).voiceGatewayManager(manager).build());
			client.start();
			await().atMost(Duration.ofSeconds(10)).until(() -> senders.size() == 1);
			assertThat(userIds).containsExactly(Snowflake.of(discord.simulator.botUserId()));
			assertThat(client.applicationId()).contains(discord.simulator.applicationId());
			senders.get(0).updateVoiceState(new VoiceStateUpdate(Snowflake.of(guild.id()), Snowflake.of(voice.id()), false, true));
			await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 2);
			assertThat(received.get(0)).isInstanceOf(VoiceStateUpdateEvent.class);
			assertThat(received.get(1)).isInstanceOf(VoiceServerUpdateEvent.class);
			assertThat(received.get(1).toString()).doesNotContain(((VoiceServerUpdateEvent) received.get(1)).token());
		}
	}

	@Test
	void lifecycleEventsFollowAConnectionThroughADropAndResume() {
		try (SimulatedDiscord discord = SimulatedDiscord.start(SimulatorConfig.builder().guilds(1))) {
			List<ShardLifecycleEvent> events = new CopyOnWriteArrayList<>();
			DiscordClient client = discord.track(discord.client(INTENTS)
				.listener(ShardLifecycleEvent.class, (event, context) -> events.add(event))
				.build());
			client.start();
			discord.simulator.control().shard(0).drop();
			await().atMost(Duration.ofSeconds(10)).until(() -> events.stream().anyMatch(ShardResumedEvent.class::isInstance));
			assertThat(events).extracting(Object::getClass)
				.containsExactly((Class) ShardConnectedEvent.class, ShardDisconnectedEvent.class, ReconnectAttemptEvent.class,
						ShardResumedEvent.class);
			assertThat(((ShardDisconnectedEvent) events.get(1)).resumable()).isTrue();
			assertThat(((ReconnectAttemptEvent) events.get(2)).attempt()).isEqualTo(1);
			assertThat(discord.simulator.recorder().closes()).extracting(CloseRecord::initiator)
				.containsExactly(CloseRecord.Initiator.SERVER);
		}
	}

	@Test
	void managerRestartsAShardWhichResumes() {
		try (SimulatedDiscord discord = SimulatedDiscord.start(SimulatorConfig.builder().guilds(1))) {
			DiscordClient client = discord.track(discord.client(INTENTS).build());
			client.start();
			client.shardManager().orElseThrow().restart(0).join();
			assertThat(client.shards().get(0).state()).isEqualTo(ShardState.CONNECTED);
			assertThat(discord.attempts(dev.serenity.simulator.record.SessionAttempt.Kind.RESUME)).hasSize(1);
		}
	}

}
