package dev.serenity.rest.api;

import java.util.List;
import java.util.Map;

import dev.serenity.event.GuildRoleCreateEvent;
import dev.serenity.event.GuildRoleDeleteEvent;
import dev.serenity.event.GuildRoleUpdateEvent;
import dev.serenity.model.Permission;
import dev.serenity.model.Permissions;
import dev.serenity.model.Role;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRestException;
import dev.serenity.rest.JsonErrorCode;
import dev.serenity.simulator.record.RestRecord;
import dev.serenity.simulator.world.SimRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.serenity.rest.api.GuildScene.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link RoleApi} against the simulator: the request recorded, the world changed, the GUILD_ROLE_* dispatch the
 * client received, and the hierarchy errors.
 */
class RoleApiSimulatorTests {

	private static GuildScene scene;

	private static RoleApi api;

	@BeforeAll
	static void start() {
		scene = new GuildScene();
		api = new RoleApi(scene.client.rest());
	}

	@AfterAll
	static void stop() {
		scene.close();
	}

	@Test
	void createSendsTheFieldsAndDispatchesRoleCreate() {
		RoleCreate request = RoleCreate.builder()
			.name("Helpers")
			.permissions(Permissions.of(Permission.KICK_MEMBERS))
			.colors(new RoleCreate.Colors(0x3498db, null, null))
			.hoist(true)
			.mentionable(true)
			.build();
		Role role = api.create(scene.guildId(), request, "helpers needed").block(TIMEOUT);
		assertThat(role.name()).isEqualTo("Helpers");
		assertThat(role.position()).isEqualTo(1);
		assertThat(role.hoist()).isTrue();
		assertThat(role.colors().primaryColor()).isEqualTo(0x3498db);
		RestRecord record = scene.last("POST", "/guilds/" + scene.guild.id() + "/roles");
		assertThat(record.auditLogReason()).isEqualTo("helpers needed");
		JsonNode body = GuildScene.body(record);
		assertThat(body.get("permissions").asString()).isEqualTo("2");
		assertThat(body.get("colors").get("primary_color").asInt()).isEqualTo(0x3498db);
		assertThat(body.has("icon")).isFalse();
		assertThat(scene.guild.roles().get(role.id().value()).mentionable()).isTrue();
		assertThat(scene.awaitEvent(GuildRoleCreateEvent.class, (e) -> e.role().id().equals(role.id())).guildId())
			.isEqualTo(scene.guildId());
	}

	@Test
	void editSendsOnlyTheChangedFieldsAndDispatchesRoleUpdate() {
		SimRole target = scene.simulator.control().guilds().createRole(scene.guild.id(), "Temp", 0);
		scene.simulator.control().guilds().updateRole(scene.guild.id(), target.withPosition(1));
		Role role = api.edit(scene.guildId(), Snowflake.of(target.id()), RoleEdit.builder().name("Renamed").build(),
				null).block(TIMEOUT);
		assertThat(role.name()).isEqualTo("Renamed");
		JsonNode body = GuildScene.body(scene.last("PATCH", "/roles/" + target.id()));
		assertThat(body.propertyNames()).containsExactly("name");
		scene.awaitEvent(GuildRoleUpdateEvent.class,
				(e) -> e.role().id().value() == target.id() && "Renamed".equals(e.role().name()));
	}

	@Test
	void editingARoleAboveTheBotIsMissingPermissions() {
		SimRole top = scene.simulator.control().guilds().createRole(scene.guild.id(), "Owner's", 0);
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.edit(scene.guildId(), Snowflake.of(top.id()),
					RoleEdit.builder().name("mine now").build(), null).block(TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(403);
				assertThat(ex.errorCode()).contains(JsonErrorCode.MISSING_PERMISSIONS);
			});
		assertThat(scene.guild.roles().get(top.id()).name()).isEqualTo("Owner's");
	}

	@Test
	void deleteDispatchesRoleDeleteAndAnUnknownRoleIs10011() {
		Role role = api.create(scene.guildId(), RoleCreate.named("Doomed"), null).block(TIMEOUT);
		api.delete(scene.guildId(), role.id(), "cleanup").block(TIMEOUT);
		assertThat(scene.guild.roles()).doesNotContainKey(role.id().value());
		scene.awaitEvent(GuildRoleDeleteEvent.class, (e) -> e.roleId().equals(role.id()));
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.get(scene.guildId(), role.id()).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.errorCode()).contains(JsonErrorCode.UNKNOWN_ROLE));
	}

	@Test
	void listGetAndMemberCountsReadTheRoles() {
		List<Role> roles = api.list(scene.guildId()).block(TIMEOUT);
		assertThat(roles).extracting(Role::name).contains("@everyone", "Bot", "Moderators");
		Role bot = api.get(scene.guildId(), Snowflake.of(scene.botRole.id())).block(TIMEOUT);
		assertThat(bot.permissions().value()).isEqualTo(GuildScene.ADMINISTRATOR);
		Map<Snowflake, Integer> counts = api.memberCounts(scene.guildId()).block(TIMEOUT);
		assertThat(counts).containsEntry(Snowflake.of(scene.modRole.id()), 1)
			.doesNotContainKey(scene.guildId());
	}

	@Test
	void reorderMovesTheRoleAndAnswersEveryRole() {
		Role a = api.create(scene.guildId(), RoleCreate.named("A"), null).block(TIMEOUT);
		Role b = api.create(scene.guildId(), RoleCreate.named("B"), null).block(TIMEOUT);
		int aPosition = scene.guild.roles().get(a.id().value()).position();
		int bPosition = scene.guild.roles().get(b.id().value()).position();
		assertThat(bPosition).isLessThan(aPosition);
		List<Role> roles = api.reorder(scene.guildId(), List.of(new RolePosition(b.id(), aPosition)), "swap")
			.block(TIMEOUT);
		assertThat(GuildScene.body(scene.last("PATCH", "/guilds/" + scene.guild.id() + "/roles")).get(0)
			.get("position").asInt()).isEqualTo(aPosition);
		assertThat(scene.guild.roles().get(b.id().value()).position())
			.isGreaterThan(scene.guild.roles().get(a.id().value()).position());
		assertThat(roles).hasSameSizeAs(scene.guild.roles().values());
		scene.awaitEvent(GuildRoleUpdateEvent.class, (e) -> e.role().id().equals(b.id()));
	}

}
