package dev.serenity.cache;

import java.time.Duration;
import java.util.List;

import dev.serenity.event.ChannelUpdateEvent;
import dev.serenity.event.GuildCreateEvent;
import dev.serenity.event.GuildMemberAddEvent;
import dev.serenity.event.GuildMemberUpdateEvent;
import dev.serenity.event.GuildRoleCreateEvent;
import dev.serenity.model.Permission;
import dev.serenity.model.Permissions;
import dev.serenity.simulator.SimulatorControl.GuildWithMember;
import dev.serenity.simulator.world.SimMember;
import dev.serenity.simulator.world.SimOverwrite;
import dev.serenity.simulator.world.SimRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Permissions computed from what the cache holds, as roles, overwrites and timeouts change on the simulator.
 */
class CachePermissionsTests {

	private CacheSimulation discord;

	private GuildWithMember world;

	private long guildId;

	private long alice;

	@BeforeEach
	void start() {
		this.discord = new CacheSimulation(CacheSettings.DEFAULT);
		this.world = this.discord.control().createGuildWithMember("Perms", "alice");
		this.guildId = this.world.guild().id();
		this.alice = this.world.member().id();
		this.discord.await(GuildCreateEvent.class);
		this.discord.await(GuildMemberAddEvent.class);
	}

	@AfterEach
	void stop() {
		this.discord.close();
	}

	private Permissions in() {
		return this.discord.cache().permissionsIn(this.world.channel().id(), this.alice).orElseThrow();
	}

	@Test
	void theOwnerMayDoEverythingAndAMemberWhatEveryoneMay() {
		assertThat(this.discord.cache().permissions(this.guildId, this.world.guild().ownerId())).contains(Permissions.ALL);
		assertThat(this.discord.cache().permissions(this.guildId, this.alice))
			.contains(Permissions.of(SimRole.DEFAULT_EVERYONE_PERMISSIONS));
		assertThat(in().contains(Permission.SEND_MESSAGES)).isTrue();
		assertThat(in().contains(Permission.MANAGE_MESSAGES)).isFalse();
	}

	@Test
	void aRoleGrantsAndAMemberOverwriteDenies() {
		SimRole mods = this.discord.control().guilds().createRole(this.guildId, "mods", Permission.MANAGE_MESSAGES.mask());
		this.discord.await(GuildRoleCreateEvent.class);
		this.discord.control().guilds().assignRole(this.guildId, this.alice, mods.id());
		this.discord.await(GuildMemberUpdateEvent.class);
		assertThat(in().contains(Permission.MANAGE_MESSAGES)).isTrue();

		this.discord.control().channels().update(this.world.channel().id(), (channel) -> channel.toBuilder()
			.overwrites(List.of(new SimOverwrite(this.alice, SimOverwrite.MEMBER, 0, Permission.SEND_MESSAGES.mask())))
			.build());
		this.discord.await(ChannelUpdateEvent.class);
		assertThat(in().contains(Permission.SEND_MESSAGES)).isFalse();
		assertThat(in().contains(Permission.EMBED_LINKS)).as("implicitly denied without SEND_MESSAGES").isFalse();
		assertThat(in().contains(Permission.MANAGE_MESSAGES)).isTrue();
	}

	@Test
	void aTimedOutMemberKeepsOnlyViewAndHistory() {
		this.discord.control().guilds().updateMember(this.guildId, this.alice, (member) -> new SimMember(member.guildId(),
				member.userId(), member.nick(), member.roles(), member.joinedAt(), member.deaf(), member.mute(),
				this.discord.control().world().now().plus(Duration.ofHours(1))));
		this.discord.await(GuildMemberUpdateEvent.class);
		assertThat(in()).isEqualTo(Permissions.of(Permission.VIEW_CHANNEL, Permission.READ_MESSAGE_HISTORY));
	}

	@Test
	void unknownChannelsAndMembersHaveNoPermissions() {
		assertThat(this.discord.cache().permissionsIn(42, this.alice)).isEmpty();
		assertThat(this.discord.cache().permissionsIn(this.world.channel().id(), 42)).isEmpty();
	}

}
