package dev.serenity.cache;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.serenity.event.GuildCreateEvent;
import dev.serenity.event.GuildMemberAddEvent;
import dev.serenity.event.GuildMemberRemoveEvent;
import dev.serenity.event.GuildMemberUpdateEvent;
import dev.serenity.event.GuildRoleCreateEvent;
import dev.serenity.event.PresenceUpdateEvent;
import dev.serenity.event.ReadyEvent;
import dev.serenity.event.UserUpdateEvent;
import dev.serenity.event.VoiceStateUpdateEvent;
import dev.serenity.gateway.lifecycle.ShardDisconnectedEvent;
import dev.serenity.model.Member;
import dev.serenity.model.OnlineStatus;
import dev.serenity.model.Presence;
import dev.serenity.model.User;
import dev.serenity.model.VoiceState;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimUser;
import dev.serenity.simulator.world.WorldJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache after each member-level event the simulator sends: members, users, presences, voice states, the bot's
 * user; and how the member cache policy decides.
 */
class CacheMemberEventsTests {

	private CacheSimulation discord;

	private SimGuild guild;

	private long guildId;

	private void start(CacheSettings settings) {
		this.discord = new CacheSimulation(settings);
		this.guild = this.discord.guild("Members");
		this.guildId = this.guild.id();
	}

	@AfterEach
	void stop() {
		this.discord.close();
	}

	private DiscordCache cache() {
		return this.discord.cache();
	}

	@Test
	void memberAddUpdateAndRemoveKeepTheMemberStoreCurrentWithTheStateBefore() {
		start(CacheSettings.DEFAULT);
		SimUser alice = this.discord.control().createUser("alice");
		this.discord.control().addMember(this.guildId, alice.id());
		this.discord.await(GuildMemberAddEvent.class);
		assertThat(cache().member(this.guildId, alice.id())).map(Member::displayName).contains("alice");
		assertThat(cache().member(this.guildId, alice.id()).orElseThrow().guildId().value()).isEqualTo(this.guildId);
		assertThat(cache().user(alice.id())).map(User::username).contains("alice");

		this.discord.control().guilds().updateMember(this.guildId, alice.id(), (member) -> member.withNick("ally"));
		CacheSimulation.Received updated = this.discord.await(GuildMemberUpdateEvent.class);
		assertThat(cache().member(this.guildId, alice.id())).map(Member::nick).contains("ally");
		assertThat(updated.context().before(Member.class)).map(Member::displayName).contains("alice");

		this.discord.control().removeMember(this.guildId, alice.id());
		CacheSimulation.Received removed = this.discord.await(GuildMemberRemoveEvent.class);
		assertThat(cache().member(this.guildId, alice.id())).isEmpty();
		assertThat(removed.context().before(Member.class)).map(Member::nick).contains("ally");
	}

	@Test
	void membersInSeveralGuildsShareOneCachedUser() {
		start(CacheSettings.DEFAULT);
		SimGuild second = this.discord.control().createGuild("Second", this.guild.ownerId());
		this.discord.await(GuildCreateEvent.class, (event) -> event.guild().id().value() == second.id());
		Member first = cache().member(this.guildId, this.guild.ownerId()).orElseThrow();
		Member other = cache().member(second.id(), this.guild.ownerId()).orElseThrow();
		assertThat(other.user()).isSameAs(first.user());
		assertThat(cache().statistics().get(CacheKind.USERS).size()).isEqualTo(2);
	}

	@Test
	void presenceUpdateCachesPresencesOfUsersWhoAreNotOffline() {
		start(CacheSettings.DEFAULT);
		long ownerId = this.guild.ownerId();
		this.discord.control().dispatch("PRESENCE_UPDATE", this.guildId, presence(ownerId, "idle"));
		this.discord.await(PresenceUpdateEvent.class);
		assertThat(cache().presence(this.guildId, ownerId)).map(Presence::status).contains(OnlineStatus.IDLE);

		this.discord.control().dispatch("PRESENCE_UPDATE", this.guildId, presence(ownerId, "offline"));
		CacheSimulation.Received offline = this.discord.await(PresenceUpdateEvent.class);
		assertThat(cache().presence(this.guildId, ownerId)).isEmpty();
		assertThat(offline.context().before(Presence.class)).map(Presence::status).contains(OnlineStatus.IDLE);
	}

	@Test
	void voiceStateUpdateCachesConnectedUsersAndForgetsThoseWhoLeave() {
		start(CacheSettings.DEFAULT);
		long ownerId = this.guild.ownerId();
		SimChannel voice = this.discord.voiceChannel(this.guild);
		this.discord.control().dispatch("VOICE_STATE_UPDATE", this.guildId, voiceState(ownerId, voice.id()));
		this.discord.await(VoiceStateUpdateEvent.class);
		assertThat(cache().voiceState(this.guildId, ownerId)).map((state) -> state.channelId().value())
			.contains(voice.id());
		assertThat(cache().voiceStates(this.guildId)).hasSize(1);

		this.discord.control().dispatch("VOICE_STATE_UPDATE", this.guildId, voiceState(ownerId, 0));
		CacheSimulation.Received left = this.discord.await(VoiceStateUpdateEvent.class);
		assertThat(cache().voiceState(this.guildId, ownerId)).isEmpty();
		assertThat(left.context().before(VoiceState.class)).isPresent();
	}

	@Test
	void userUpdateReplacesTheBotsUser() {
		start(CacheSettings.DEFAULT);
		long botId = this.discord.control().world().bot().id();
		assertThat(cache().currentUser()).map((user) -> user.id().value()).contains(botId);
		this.discord.control().accounts().updateUser(botId, (user) -> user.withProfile("renamed-bot", null, null));
		CacheSimulation.Received updated = this.discord.await(UserUpdateEvent.class);
		assertThat(cache().currentUser()).map(User::username).contains("renamed-bot");
		assertThat(updated.context().before(User.class)).map(User::username).isPresent()
			.isNotEqualTo(java.util.Optional.of("renamed-bot"));
	}

	@Test
	void voicePolicyKeepsOnlyMembersInVoiceAndTheBot() {
		start(CacheSettings.builder().memberCachePolicy(MemberCachePolicy.VOICE).build());
		long ownerId = this.guild.ownerId();
		long botId = this.discord.control().world().bot().id();
		assertThat(cache().members(this.guildId)).extracting((member) -> member.user().id().value())
			.containsExactly(botId);
		SimChannel voice = this.discord.voiceChannel(this.guild);
		this.discord.control().dispatch("VOICE_STATE_UPDATE", this.guildId, voiceState(ownerId, voice.id()));
		this.discord.await(VoiceStateUpdateEvent.class);
		assertThat(cache().member(this.guildId, ownerId)).isPresent();

		this.discord.control().dispatch("VOICE_STATE_UPDATE", this.guildId, voiceState(ownerId, 0));
		this.discord.await(VoiceStateUpdateEvent.class);
		assertThat(cache().member(this.guildId, ownerId)).isEmpty();
	}

	@Test
	void onlinePolicyDropsMembersWhoGoOffline() {
		start(CacheSettings.builder().memberCachePolicy(MemberCachePolicy.ONLINE.or(MemberCachePolicy.OWNER)).build());
		SimUser alice = this.discord.control().createUser("alice");
		this.discord.control().dispatch("PRESENCE_UPDATE", this.guildId, presence(alice.id(), "online"));
		this.discord.await(PresenceUpdateEvent.class);
		this.discord.control().addMember(this.guildId, alice.id());
		this.discord.await(GuildMemberAddEvent.class);
		assertThat(cache().member(this.guildId, alice.id())).isPresent();
		assertThat(cache().member(this.guildId, this.guild.ownerId())).as("owner").isPresent();

		this.discord.control().dispatch("PRESENCE_UPDATE", this.guildId, presence(alice.id(), "offline"));
		this.discord.await(PresenceUpdateEvent.class);
		assertThat(cache().member(this.guildId, alice.id())).isEmpty();
	}

	@Test
	void nonePolicyKeepsOnlyTheBotsOwnMember() {
		start(CacheSettings.builder().memberCachePolicy(MemberCachePolicy.NONE).build());
		long botId = this.discord.control().world().bot().id();
		assertThat(cache().members(this.guildId)).extracting((member) -> member.user().id().value())
			.containsExactly(botId);
	}

	@Test
	void aNewSessionsReadyReachesTheCacheBeforeTheGuildCreatesThatFollowItOnOtherLanes() throws Exception {
		CountDownLatch shardLaneHeld = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		SimGuild[] created = new SimGuild[1];
		this.discord = new CacheSimulation(CacheSettings.builder().memberCachePolicy(MemberCachePolicy.NONE).build(),
				SimulatorConfig.builder(), (simulator, builder) -> {
					created[0] = simulator.control().createGuild("Lanes");
					builder.listenerLanes(lanesPuttingOffTheShardsLane(created[0].id()))
						.listener(ShardDisconnectedEvent.class, (event, context) -> {
							// Holds the lane of the shard's guildless dispatches, READY among them.
							shardLaneHeld.countDown();
							release.await(10, TimeUnit.SECONDS);
						});
				});
		this.guild = created[0];
		this.guildId = this.guild.id();
		this.discord.await(GuildCreateEvent.class, (event) -> event.guild().id().value() == this.guildId);
		this.discord.await(ReadyEvent.class);
		long botId = this.discord.control().world().bot().id();

		this.discord.control().shard(0).invalidateSession(false);
		assertThat(shardLaneHeld.await(10, TimeUnit.SECONDS)).isTrue();
		this.discord.await(GuildCreateEvent.class, (event) -> event.guild().id().value() == this.guildId);
		try {
			assertThat(cache().unavailableGuilds()).doesNotContain(this.guildId);
			assertThat(cache().guild(this.guildId)).isPresent();
			assertThat(cache().members(this.guildId)).extracting((member) -> member.user().id().value())
				.containsExactly(botId);
		}
		finally {
			release.countDown();
		}
		this.discord.await(ReadyEvent.class);
		assertThat(cache().unavailableGuilds()).doesNotContain(this.guildId);
	}

	/**
	 * Return a lane count that puts the guild on another lane than shard 0's guildless dispatches: the dispatcher
	 * picks a guild's lane from its snowflake's timestamp, and shard 0's from its id, 0.
	 */
	private static int lanesPuttingOffTheShardsLane(long guildId) {
		int lanes = 2;
		while (Long.remainderUnsigned(guildId >>> 22, lanes) == 0) {
			lanes++;
		}
		return lanes;
	}

	@Test
	void predicatePolicyDecidesOnTheMember() {
		start(CacheSettings.builder()
			.memberCachePolicy(MemberCachePolicy.of((member) -> member.user().username().startsWith("a")))
			.build());
		SimUser alice = this.discord.control().createUser("alice");
		SimUser bob = this.discord.control().createUser("bob");
		this.discord.control().addMember(this.guildId, alice.id());
		this.discord.control().addMember(this.guildId, bob.id());
		this.discord.await(GuildMemberAddEvent.class, (event) -> event.member().user().id().value() == bob.id());
		assertThat(cache().member(this.guildId, alice.id())).isPresent();
		assertThat(cache().member(this.guildId, bob.id())).isEmpty();
	}

	@Test
	void eventsForUnknownGuildsAndPartialObjectsAreCountedAndChangeNothing() {
		start(CacheSettings.DEFAULT);
		long unknownGuild = 41771983423143999L;
		ObjectNode role = WorldJson.object();
		role.put("guild_id", WorldJson.id(unknownGuild));
		role.putObject("role").put("id", "41771983423143998").put("name", "ghost").put("permissions", "0");
		this.discord.control().dispatch("GUILD_ROLE_CREATE", this.guildId, role);
		ObjectNode member = WorldJson.object();
		member.put("guild_id", WorldJson.id(this.guildId));
		member.putArray("roles");
		this.discord.control().dispatch("GUILD_MEMBER_ADD", this.guildId, member);
		ObjectNode deleted = WorldJson.object();
		deleted.put("id", WorldJson.id(unknownGuild));
		this.discord.control().dispatch("GUILD_DELETE", this.guildId, deleted);
		this.discord.await(GuildRoleCreateEvent.class);
		this.discord.await(GuildMemberAddEvent.class);
		this.discord.await(dev.serenity.event.GuildDeleteEvent.class);
		assertThat(cache().ignoredEvents()).isEqualTo(3);
		assertThat(cache().roles(unknownGuild)).isEmpty();
		assertThat(cache().guild(this.guildId)).isPresent();
		assertThat(cache().members(this.guildId)).hasSize(2);
	}

	private ObjectNode presence(long userId, String status) {
		ObjectNode presence = WorldJson.object();
		presence.putObject("user").put("id", WorldJson.id(userId));
		presence.put("guild_id", WorldJson.id(this.guildId));
		presence.put("status", status);
		presence.putArray("activities");
		presence.putObject("client_status");
		return presence;
	}

	private ObjectNode voiceState(long userId, long channelId) {
		ObjectNode state = WorldJson.object();
		state.put("guild_id", WorldJson.id(this.guildId));
		if (channelId != 0) {
			state.put("channel_id", WorldJson.id(channelId));
		}
		else {
			state.putNull("channel_id");
		}
		state.put("user_id", WorldJson.id(userId));
		state.set("member", this.discord.json().member(this.guild.members().get(userId), true));
		state.put("session_id", "session-" + userId);
		state.put("deaf", false);
		state.put("mute", false);
		state.put("self_deaf", false);
		state.put("self_mute", false);
		state.put("self_video", false);
		state.put("suppress", false);
		state.putNull("request_to_speak_timestamp");
		return state;
	}

}
