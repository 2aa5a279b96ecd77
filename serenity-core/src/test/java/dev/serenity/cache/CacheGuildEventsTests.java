package dev.serenity.cache;

import java.util.List;

import dev.serenity.event.ChannelCreateEvent;
import dev.serenity.event.ChannelDeleteEvent;
import dev.serenity.event.ChannelUpdateEvent;
import dev.serenity.event.GuildCreateEvent;
import dev.serenity.event.GuildDeleteEvent;
import dev.serenity.event.GuildEmojisUpdateEvent;
import dev.serenity.event.GuildRoleCreateEvent;
import dev.serenity.event.GuildRoleDeleteEvent;
import dev.serenity.event.GuildRoleUpdateEvent;
import dev.serenity.event.GuildStickersUpdateEvent;
import dev.serenity.event.GuildUpdateEvent;
import dev.serenity.event.ThreadCreateEvent;
import dev.serenity.event.ThreadDeleteEvent;
import dev.serenity.event.ThreadListSyncEvent;
import dev.serenity.event.ThreadUpdateEvent;
import dev.serenity.model.Channel;
import dev.serenity.model.Emoji;
import dev.serenity.model.Guild;
import dev.serenity.model.Role;
import dev.serenity.model.Sticker;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimRole;
import dev.serenity.simulator.world.SimThread;
import dev.serenity.simulator.world.WorldJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache after each guild-level event the simulator sends: guilds, channels, threads, roles, emojis, stickers.
 */
class CacheGuildEventsTests {

	private CacheSimulation discord;

	private SimGuild guild;

	private long guildId;

	@BeforeEach
	void start() {
		this.discord = new CacheSimulation(CacheSettings.DEFAULT);
		this.guild = this.discord.guild("Cached");
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
	void guildCreateCachesTheGuildItsChannelsRolesAndMembersInTheirOwnStores() {
		Guild cached = cache().guild(this.guildId).orElseThrow();
		assertThat(cached.name()).isEqualTo("Cached");
		assertThat(cached.channels()).isEmpty();
		assertThat(cache().channels(this.guildId)).extracting(Channel::name).containsExactlyInAnyOrder("general",
				"General");
		assertThat(cache().channels(this.guildId)).allSatisfy((channel) -> assertThat(channel.guildId().value())
			.isEqualTo(this.guildId));
		assertThat(cache().roles(this.guildId)).extracting((role) -> role.id().value()).contains(this.guildId);
		assertThat(cache().members(this.guildId)).extracting((member) -> member.user().id().value())
			.containsExactlyInAnyOrder(this.guild.ownerId(), this.discord.control().world().bot().id());
		assertThat(cache().user(this.guild.ownerId())).isPresent();
		assertThat(cache().unavailableGuilds()).doesNotContain(this.guildId);
		assertThat(this.discord.rawSawCachedGuild).as("raw listeners run after the cache applied GUILD_CREATE")
			.isNotEmpty()
			.containsOnly(true);
	}

	@Test
	void guildUpdateReplacesTheGuildAndHandsListenersTheOneBefore() {
		this.discord.control().guilds().updateGuild(this.guildId, (settings) -> new SimGuildSettingsRenamer("Renamed")
			.apply(settings));
		CacheSimulation.Received update = this.discord.await(GuildUpdateEvent.class);
		assertThat(cache().guild(this.guildId)).map(Guild::name).contains("Renamed");
		assertThat(update.context().before(Guild.class)).map(Guild::name).contains("Cached");
	}

	@Test
	void guildDeleteForAnOutageKeepsTheGuildAsUnavailableUntilItComesBack() {
		ObjectNode outage = WorldJson.object();
		outage.put("id", WorldJson.id(this.guildId));
		outage.put("unavailable", true);
		this.discord.control().dispatch("GUILD_DELETE", this.guildId, outage);
		CacheSimulation.Received deleted = this.discord.await(GuildDeleteEvent.class);
		assertThat(cache().guild(this.guildId)).isEmpty();
		assertThat(cache().channels(this.guildId)).isEmpty();
		assertThat(cache().members(this.guildId)).isEmpty();
		assertThat(cache().unavailableGuilds()).contains(this.guildId);
		assertThat(deleted.context().before(Guild.class)).map(Guild::name).contains("Cached");

		this.discord.control().dispatch("GUILD_CREATE", this.guildId,
				this.discord.json().guildCreate(this.guild, true, 250));
		this.discord.await(GuildCreateEvent.class);
		assertThat(cache().guild(this.guildId)).isPresent();
		assertThat(cache().channels(this.guildId)).hasSize(2);
		assertThat(cache().unavailableGuilds()).doesNotContain(this.guildId);
	}

	@Test
	void guildDeleteWhenTheBotLeftRemovesEverythingOfTheGuild() {
		this.discord.control().accounts().leaveGuild(this.guildId);
		this.discord.await(GuildDeleteEvent.class);
		assertThat(cache().guild(this.guildId)).isEmpty();
		assertThat(cache().channels(this.guildId)).isEmpty();
		assertThat(cache().roles(this.guildId)).isEmpty();
		assertThat(cache().members(this.guildId)).isEmpty();
		assertThat(cache().unavailableGuilds()).doesNotContain(this.guildId);
		assertThat(cache().ignoredEvents()).isZero();
	}

	@Test
	void channelCreateUpdateAndDeleteKeepTheChannelStoreCurrent() {
		SimChannel created = this.discord.control().createChannel(this.guildId, "news", SimChannel.GUILD_TEXT);
		this.discord.await(ChannelCreateEvent.class);
		assertThat(cache().channel(created.id())).map(Channel::name).contains("news");

		this.discord.control().channels().update(created.id(), (channel) -> channel.toBuilder().name("old-news").build());
		CacheSimulation.Received updated = this.discord.await(ChannelUpdateEvent.class);
		assertThat(cache().channel(created.id())).map(Channel::name).contains("old-news");
		assertThat(updated.context().before(Channel.class)).map(Channel::name).contains("news");

		this.discord.control().channels().delete(created.id());
		CacheSimulation.Received deleted = this.discord.await(ChannelDeleteEvent.class);
		assertThat(cache().channel(created.id())).isEmpty();
		assertThat(deleted.context().before(Channel.class)).map(Channel::name).contains("old-news");
	}

	@Test
	void threadCreateUpdateAndDeleteKeepTheThreadStoreCurrent() {
		SimChannel thread = startThread("chat");
		assertThat(cache().channel(thread.id())).map(Channel::name).contains("chat");
		assertThat(cache().threads(this.guildId)).extracting(Channel::name).containsExactly("chat");
		assertThat(cache().channels(this.guildId)).extracting(Channel::name).doesNotContain("chat");

		this.discord.control().channels().update(thread.id(), (channel) -> channel.toBuilder().name("talk").build());
		this.discord.await(ThreadUpdateEvent.class);
		assertThat(cache().channel(thread.id())).map(Channel::name).contains("talk");

		this.discord.control().channels().delete(thread.id());
		CacheSimulation.Received deleted = this.discord.await(ThreadDeleteEvent.class);
		assertThat(cache().channel(thread.id())).isEmpty();
		assertThat(deleted.context().before(Channel.class)).map(Channel::name).contains("talk");
	}

	@Test
	void threadListSyncReplacesTheThreadsOfTheSyncedParents() {
		SimChannel parent = this.discord.control().defaultChannel(this.guildId);
		SimChannel stale = startThread("stale");
		ObjectNode sync = WorldJson.object();
		sync.put("guild_id", WorldJson.id(this.guildId));
		sync.putArray("channel_ids").add(WorldJson.id(parent.id()));
		ObjectNode fresh = sync.putArray("threads").addObject();
		fresh.put("id", WorldJson.id(this.discord.control().world().nextId()));
		fresh.put("type", SimChannel.PUBLIC_THREAD);
		fresh.put("name", "fresh");
		fresh.put("parent_id", WorldJson.id(parent.id()));
		sync.putArray("members");
		this.discord.control().dispatch("THREAD_LIST_SYNC", this.guildId, sync);
		this.discord.await(ThreadListSyncEvent.class);
		assertThat(cache().channel(stale.id())).isEmpty();
		assertThat(cache().threads(this.guildId)).extracting(Channel::name).containsExactly("fresh");
		assertThat(cache().threads(this.guildId).get(0).guildId().value()).isEqualTo(this.guildId);
	}

	@Test
	void roleCreateUpdateAndDeleteKeepTheRoleStoreCurrent() {
		SimRole role = this.discord.control().guilds().createRole(this.guildId, "mods", 8);
		this.discord.await(GuildRoleCreateEvent.class);
		assertThat(cache().role(this.guildId, role.id())).map(Role::name).contains("mods");

		this.discord.control()
			.guilds()
			.updateRole(this.guildId, new SimRole(role.id(), "admins", 8, role.position()));
		CacheSimulation.Received updated = this.discord.await(GuildRoleUpdateEvent.class);
		assertThat(cache().role(this.guildId, role.id())).map(Role::name).contains("admins");
		assertThat(updated.context().before(Role.class)).map(Role::name).contains("mods");

		this.discord.control().guilds().deleteRole(this.guildId, role.id());
		CacheSimulation.Received deleted = this.discord.await(GuildRoleDeleteEvent.class);
		assertThat(cache().role(this.guildId, role.id())).isEmpty();
		assertThat(deleted.context().before(Role.class)).map(Role::name).contains("admins");
	}

	@Test
	void emojisAndStickersUpdatesReplaceTheGuildsSets() {
		ObjectNode emojis = WorldJson.object();
		emojis.put("guild_id", WorldJson.id(this.guildId));
		ArrayNode list = emojis.putArray("emojis");
		list.addObject().put("id", "41771983429993000").put("name", "party");
		list.addObject().put("id", "41771983429993001").put("name", "wave");
		this.discord.control().dispatch("GUILD_EMOJIS_UPDATE", this.guildId, emojis);
		this.discord.await(GuildEmojisUpdateEvent.class);
		assertThat(cache().emojis(this.guildId)).extracting(Emoji::name).containsExactlyInAnyOrder("party", "wave");

		list.remove(0);
		this.discord.control().dispatch("GUILD_EMOJIS_UPDATE", this.guildId, emojis);
		this.discord.await(GuildEmojisUpdateEvent.class);
		assertThat(cache().emojis(this.guildId)).extracting(Emoji::name).containsExactly("wave");

		ObjectNode stickers = WorldJson.object();
		stickers.put("guild_id", WorldJson.id(this.guildId));
		stickers.putArray("stickers").addObject().put("id", "41771983429993002").put("name", "cat");
		this.discord.control().dispatch("GUILD_STICKERS_UPDATE", this.guildId, stickers);
		CacheSimulation.Received updated = this.discord.await(GuildStickersUpdateEvent.class);
		assertThat(cache().sticker(this.guildId, 41771983429993002L)).map(Sticker::name).contains("cat");
		assertThat(updated.context().before()).isEqualTo(List.of());
	}

	/**
	 * Start a public thread in the guild's text channel and wait until the client received it.
	 */
	private SimChannel startThread(String name) {
		java.time.Instant now = this.discord.control().world().now();
		long parentId = this.discord.control().defaultChannel(this.guildId).id();
		SimChannel thread = new SimChannel(this.discord.control().world().nextId(), this.guildId, name,
				SimChannel.PUBLIC_THREAD, 0, parentId, List.of())
			.toBuilder()
			.ownerId(this.guild.ownerId())
			.thread(new SimThread(false, 1440, now, false, true, now, 0))
			.build();
		this.discord.control().channels().startThread(thread);
		this.discord.await(ThreadCreateEvent.class);
		return thread;
	}

	/**
	 * Renames a guild in the simulator's settings.
	 */
	private record SimGuildSettingsRenamer(String name)
			implements java.util.function.UnaryOperator<dev.serenity.simulator.world.SimGuildSettings> {

		@Override
		public dev.serenity.simulator.world.SimGuildSettings apply(dev.serenity.simulator.world.SimGuildSettings s) {
			return new dev.serenity.simulator.world.SimGuildSettings(this.name, s.description(), s.verificationLevel(),
					s.defaultMessageNotifications(), s.explicitContentFilter(), s.afkChannelId(), s.afkTimeout(),
					s.systemChannelId(), s.preferredLocale(), s.premiumProgressBarEnabled());
		}

	}

}
