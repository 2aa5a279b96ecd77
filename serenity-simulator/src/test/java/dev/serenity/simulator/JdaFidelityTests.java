package dev.serenity.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import dev.serenity.simulator.record.ConnectionRecord;
import dev.serenity.simulator.record.SessionAttempt;
import dev.serenity.simulator.record.SessionAttempt.Kind;
import dev.serenity.simulator.record.SessionAttempt.Result;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimUser;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Points the real JDA 6.5.0 at the simulator: two shards through its sharded manager, its default zlib-stream
 * transport compression, READY and GUILD_CREATE on both shards, a message from a simulated user and the bot's reply
 * over REST.
 */
class JdaFidelityTests {

	private static final int SHARDS = 2;

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Test
	@Timeout(60)
	void jdaShardsConnectReceiveMessagesAndReplyOverRest() throws InterruptedException {
		SimulatorConfig config = SimulatorConfig.builder()
			.maxConcurrency(SHARDS)
			.identifyWindow(Duration.ofMillis(200))
			.build();
		try (DiscordSimulator simulator = DiscordSimulator.start(config)) {
			SimulatorControl control = simulator.control();
			// One guild per iteration with a member who will talk; consecutive snowflakes move guilds across shards.
			Map<Long, SimUser> speakers = new HashMap<>();
			Map<Integer, List<SimGuild>> guildsByShard = new HashMap<>();
			for (int i = 1; i <= 12 && !(count(guildsByShard, 0) >= 2 && count(guildsByShard, 1) >= 2); i++) {
				SimGuild guild = control.createGuild("JDA Guild " + i);
				SimUser speaker = control.createUser("speaker" + i);
				control.addMember(guild.id(), speaker.id());
				speakers.put(guild.id(), speaker);
				guildsByShard.computeIfAbsent(Snowflakes.shardOf(guild.id(), SHARDS), (shard) -> new ArrayList<>())
					.add(guild);
			}
			assertThat(count(guildsByShard, 0)).as("guilds on shard 0").isGreaterThanOrEqualTo(2);
			assertThat(count(guildsByShard, 1)).as("guilds on shard 1").isGreaterThanOrEqualTo(2);

			PingPong listener = new PingPong();
			List<Boolean> shutDown = new ArrayList<>();
			ShardManager shardManager = DefaultShardManagerBuilder
				.createDefault(simulator.token(), GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT)
				.setShardsTotal(SHARDS)
				.setRestConfig(new RestConfig().setBaseUrl(simulator.restUrl() + "/"))
				.setSessionController(new SimulatorSessionController(simulator.gatewayUrl()))
				.addEventListeners(listener)
				.build();
			try {
				await().atMost(WAIT).untilAsserted(() -> {
					assertThat(listener.readyShards).containsExactlyInAnyOrder(0, 1);
					assertThat(shardManager.getShards()).hasSize(SHARDS)
						.allSatisfy((jda) -> assertThat(jda.getStatus()).isEqualTo(JDA.Status.CONNECTED));
				});

				// Every guild is loaded on the shard Discord's formula assigns it to, and only there.
				for (JDA shard : shardManager.getShards()) {
					int shardId = shard.getShardInfo().getShardId();
					assertThat(shard.getShardInfo().getShardTotal()).isEqualTo(SHARDS);
					Set<Long> expected = guildsByShard.get(shardId)
						.stream()
						.map(SimGuild::id)
						.collect(Collectors.toSet());
					assertThat(shard.getGuilds()).extracting(Guild::getIdLong)
						.as("guilds of shard %d", shardId)
						.containsExactlyInAnyOrderElementsOf(expected);
					for (Guild guild : shard.getGuilds()) {
						assertThat(Snowflakes.shardOf(guild.getIdLong(), SHARDS)).isEqualTo(shardId);
						assertThat(guild.getName()).startsWith("JDA Guild ");
						assertThat(guild.getTextChannelById(control.defaultChannel(guild.getIdLong()).id()))
							.isNotNull();
					}
				}
				assertThat(shardManager.getGuilds())
					.hasSize(guildsByShard.values().stream().mapToInt(List::size).sum());

				// A simulated user says !ping in one guild of each shard; the bot answers over REST.
				Map<Long, Long> pingChannelByGuild = new HashMap<>();
				for (int shardId = 0; shardId < SHARDS; shardId++) {
					SimGuild guild = guildsByShard.get(shardId).get(0);
					long channelId = control.defaultChannel(guild.id()).id();
					control.say(speakers.get(guild.id()).id(), channelId, "!ping");
					pingChannelByGuild.put(guild.id(), channelId);
				}
				await().atMost(WAIT).untilAsserted(() -> {
					List<SimMessage> pongs = control.world()
						.messages()
						.stream()
						.filter((message) -> message.content().equals("Pong!"))
						.toList();
					assertThat(pongs).hasSize(SHARDS).allSatisfy((pong) -> {
						assertThat(pong.authorId()).isEqualTo(simulator.botUserId());
						assertThat(pingChannelByGuild).containsEntry(pong.guildId(), pong.channelId());
					});
					assertThat(pongs).extracting(SimMessage::channelId)
						.containsExactlyInAnyOrderElementsOf(pingChannelByGuild.values());
				});
				assertThat(listener.pingShards).containsExactlyInAnyOrder(0, 1);
				assertThat(listener.pingContents).containsExactly("!ping", "!ping");

				// JDA parsed the REST answer to its POST, and got its own message back as MESSAGE_CREATE.
				await().atMost(WAIT).untilAsserted(() -> {
					assertThat(listener.replyFailures).isEmpty();
					assertThat(listener.replies).hasSize(SHARDS);
					assertThat(listener.ownMessages).hasSize(SHARDS);
				});
				for (List<Message> sent : List.of(listener.replies, listener.ownMessages)) {
					assertThat(sent).allSatisfy((message) -> {
						assertThat(message.getContentRaw()).isEqualTo("Pong!");
						assertThat(message.getAuthor().getIdLong()).isEqualTo(simulator.botUserId());
						assertThat(message.getAuthor().isBot()).isTrue();
					});
					assertThat(sent).extracting((message) -> message.getChannel().getIdLong())
						.containsExactlyInAnyOrderElementsOf(pingChannelByGuild.values());
				}
			}
			finally {
				List<JDA> shards = List.copyOf(shardManager.getShards());
				shards.forEach(JDA::shutdownNow);
				shardManager.shutdown();
				for (JDA shard : shards) {
					shutDown.add(shard.awaitShutdown(Duration.ofSeconds(10)));
				}
			}
			assertThat(shutDown).as("JDA shards shut down").containsExactly(true, true);

			List<ConnectionRecord> connections = simulator.recorder().connections();
			assertThat(connections).hasSizeGreaterThanOrEqualTo(SHARDS)
				.allSatisfy((connection) -> {
					assertThat(connection.compression()).isEqualTo("zlib-stream");
					assertThat(connection.resumeUrl()).isFalse();
					assertThat(connection.url()).contains("v=10").contains("encoding=json");
				});
			List<SessionAttempt> identifies = simulator.recorder()
				.sessionAttempts()
				.stream()
				.filter((attempt) -> attempt.kind() == Kind.IDENTIFY)
				.toList();
			assertThat(identifies).filteredOn((attempt) -> attempt.result() == Result.READY)
				.hasSize(SHARDS)
				.allSatisfy((attempt) -> assertThat(attempt.numShards()).isEqualTo(SHARDS))
				.extracting(SessionAttempt::shardId)
				.containsExactlyInAnyOrder(0, 1);
			assertThat(identifies).allSatisfy((attempt) -> assertThat(attempt.result()).isEqualTo(Result.READY));
			long required = GatewayIntent.getRaw(EnumSet.of(GatewayIntent.GUILD_MESSAGES,
					GatewayIntent.MESSAGE_CONTENT));
			assertThat(identifies).allSatisfy(
					(attempt) -> assertThat(attempt.intents() & required).isEqualTo(required));
		}
	}

	private static int count(Map<Integer, List<SimGuild>> guildsByShard, int shardId) {
		return guildsByShard.getOrDefault(shardId, List.of()).size();
	}

	/** Replies "Pong!" to "!ping" and remembers what it saw. */
	private static final class PingPong extends ListenerAdapter {

		final Set<Integer> readyShards = ConcurrentHashMap.newKeySet();

		final Set<Integer> pingShards = ConcurrentHashMap.newKeySet();

		final List<String> pingContents = new CopyOnWriteArrayList<>();

		final List<Message> replies = new CopyOnWriteArrayList<>();

		final List<Throwable> replyFailures = new CopyOnWriteArrayList<>();

		final List<Message> ownMessages = new CopyOnWriteArrayList<>();

		@Override
		public void onReady(ReadyEvent event) {
			this.readyShards.add(event.getJDA().getShardInfo().getShardId());
		}

		@Override
		public void onMessageReceived(MessageReceivedEvent event) {
			if (event.getAuthor().getIdLong() == event.getJDA().getSelfUser().getIdLong()) {
				this.ownMessages.add(event.getMessage());
				return;
			}
			if (event.getAuthor().isBot()) {
				return;
			}
			this.pingShards.add(event.getJDA().getShardInfo().getShardId());
			this.pingContents.add(event.getMessage().getContentRaw());
			if (event.getMessage().getContentRaw().equals("!ping")) {
				event.getChannel().sendMessage("Pong!").queue(this.replies::add, this.replyFailures::add);
			}
		}

	}

	/** JDA's concurrent session controller, with the simulator as the gateway. */
	private static final class SimulatorSessionController extends ConcurrentSessionController {

		private final String gatewayUrl;

		SimulatorSessionController(String gatewayUrl) {
			this.gatewayUrl = gatewayUrl;
		}

		@Override
		public String getGateway() {
			return this.gatewayUrl;
		}

	}

}
