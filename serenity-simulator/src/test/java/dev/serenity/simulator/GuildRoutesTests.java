package dev.serenity.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.serenity.simulator.HttpTestClient.Reply;
import dev.serenity.simulator.gateway.Intent;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimRole;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.serenity.simulator.HttpTestClient.assertError;
import static dev.serenity.simulator.HttpTestClient.fieldError;
import static dev.serenity.simulator.HttpTestClient.id;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guild, member, role and ban routes: Discord's permission and hierarchy checks, validation and error codes,
 * and the dispatch after each change, gated by intents.
 */
class GuildRoutesTests {

	private static final long ADMINISTRATOR = 1L << 3;

	private final ManualClock clock = new ManualClock(Instant.parse("2025-06-01T12:00:00Z"));

	private DiscordSimulator discord;

	private SimGuild guild;

	private SimUser alice;

	private SimRole botRole;

	private String guildPath;

	private GatewayTestClient gateway;

	@BeforeEach
	void start() {
		this.discord = HttpTestClient.startWithRoomyLimits(this.clock);
		this.guild = this.discord.control().createGuild("Guilds");
		this.alice = this.discord.control().createUser("alice");
		this.discord.control().addMember(this.guild.id(), this.alice.id());
		this.guildPath = "/guilds/" + id(this.guild.id());
		this.gateway = connect(Intent.GUILDS.bit() | Intent.GUILD_MEMBERS.bit() | Intent.GUILD_MODERATION.bit());
	}

	@AfterEach
	void stop() {
		this.gateway.close();
		this.discord.close();
	}

	private GatewayTestClient connect(long intents) {
		return GatewayTestClient.identified(this.discord, intents);
	}

	private void makeBotAdministrator() {
		GuildControl guilds = this.discord.control().guilds();
		this.botRole = guilds.createRole(this.guild.id(), "Bot", ADMINISTRATOR);
		guilds.assignRole(this.guild.id(), this.discord.control().world().bot().id(), this.botRole.id());
		this.gateway.awaitDispatch("GUILD_MEMBER_UPDATE");
	}

	private Reply rest(String method, String path, String body) {
		return HttpTestClient.bot(this.discord, method, path, body);
	}

	@Test
	void aBotWithoutPermissionsGets50013AndNothingChanges() {
		assertError(rest("POST", this.guildPath + "/roles", "{\"name\":\"x\"}"), 403, 50013);
		assertError(rest("PUT", this.guildPath + "/bans/" + id(this.alice.id()), ""), 403, 50013);
		assertError(rest("DELETE", this.guildPath + "/members/" + id(this.alice.id()), ""), 403, 50013);
		assertError(rest("PATCH", this.guildPath, "{\"name\":\"mine\"}"), 403, 50013);
		assertError(rest("GET", this.guildPath + "/audit-logs", null), 403, 50013);
		assertThat(this.guild.roles()).hasSize(1);
		assertThat(this.guild.members()).containsKey(this.alice.id());
		assertThat(this.guild.name()).isEqualTo("Guilds");
	}

	@Test
	void unknownEntitiesHaveTheirCodes() {
		makeBotAdministrator();
		SimUser stranger = this.discord.control().createUser("stranger");
		assertError(rest("GET", this.guildPath + "/members/" + id(stranger.id()), null), 404, 10007);
		assertError(rest("GET", this.guildPath + "/roles/" + id(stranger.id()), null), 404, 10011);
		assertError(rest("PUT", this.guildPath + "/members/" + id(this.alice.id()) + "/roles/" + id(stranger.id()),
				null), 404, 10011);
		assertError(rest("GET", this.guildPath + "/bans/" + id(stranger.id()), null), 404, 10026);
		assertError(rest("DELETE", this.guildPath + "/bans/" + id(stranger.id()), null), 404, 10026);
		assertError(rest("GET", "/guilds/1/members/" + id(stranger.id()), null), 404, 10004);
	}

	@Test
	void badFieldsAre50035NamingTheField() {
		makeBotAdministrator();
		String member = this.guildPath + "/members/" + id(this.alice.id());
		Reply nick = rest("PATCH", member, "{\"nick\":\"" + "n".repeat(33) + "\"}");
		assertError(nick, 400, 50035);
		assertThat(fieldError(nick, "nick")).isEqualTo("BASE_TYPE_BAD_LENGTH");
		String tooLong = this.clock.instant().plus(Duration.ofDays(29)).toString();
		Reply timeout = rest("PATCH", member, "{\"communication_disabled_until\":\"" + tooLong + "\"}");
		assertError(timeout, 400, 50035);
		assertThat(fieldError(timeout, "communication_disabled_until")).isNotEmpty();
		Reply ban = rest("PUT", this.guildPath + "/bans/" + id(this.alice.id()),
				"{\"delete_message_seconds\":604801}");
		assertThat(fieldError(ban, "delete_message_seconds")).isEqualTo("NUMBER_TYPE_MAX");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 201; i++) {
			ids.add("\"" + (1000 + i) + "\"");
		}
		Reply bulk = rest("POST", this.guildPath + "/bulk-ban", "{\"user_ids\":" + ids + "}");
		assertThat(fieldError(bulk, "user_ids")).isEqualTo("BASE_TYPE_BAD_LENGTH");
		Reply role = rest("POST", this.guildPath + "/roles", "{\"name\":\"" + "r".repeat(101) + "\"}");
		assertThat(fieldError(role, "name")).isEqualTo("BASE_TYPE_BAD_LENGTH");
		Reply name = rest("PATCH", this.guildPath, "{\"name\":\"x\"}");
		assertThat(fieldError(name, "name")).isEqualTo("BASE_TYPE_BAD_LENGTH");
		Reply list = rest("GET", this.guildPath + "/members?limit=1001", null);
		assertThat(fieldError(list, "limit")).isEqualTo("NUMBER_TYPE_MAX");
		assertThat(this.guild.members().get(this.alice.id()).nick()).isNull();
		assertThat(this.guild.bans()).isEmpty();
	}

	@Test
	void theHierarchyProtectsTheOwnerAndRolesAtOrAboveTheBot() {
		makeBotAdministrator();
		assertError(rest("DELETE", this.guildPath + "/members/" + id(this.guild.ownerId()), null), 403, 50013);
		assertError(rest("PATCH", this.guildPath + "/roles/" + id(this.botRole.id()), "{\"name\":\"x\"}"), 403,
				50013);
		SimUser peer = this.discord.control().createUser("peer");
		this.discord.control().addMember(this.guild.id(), peer.id());
		this.discord.control().guilds().assignRole(this.guild.id(), peer.id(), this.botRole.id());
		assertError(rest("PUT", this.guildPath + "/bans/" + id(peer.id()), "{}"), 403, 50013);
		assertError(rest("PUT", this.guildPath + "/members/" + id(this.alice.id()) + "/roles/"
				+ id(this.botRole.id()), null), 403, 50013);
		assertThat(this.guild.members().get(this.alice.id()).roles()).isEmpty();
	}

	@Test
	void changesSendTheirDispatches() {
		makeBotAdministrator();
		Reply role = rest("POST", this.guildPath + "/roles", "{\"name\":\"Helpers\",\"hoist\":true}");
		assertThat(role.status()).as(role.text()).isEqualTo(200);
		String roleId = role.body().path("id").asString();
		assertThat(role.body().path("position").asInt()).isEqualTo(1);
		JsonNode created = this.gateway.awaitDispatch("GUILD_ROLE_CREATE").path("d");
		assertThat(created.path("role").path("id").asString()).isEqualTo(roleId);
		assertThat(created.path("guild_id").asString()).isEqualTo(id(this.guild.id()));
		Reply assign = rest("PATCH", this.guildPath + "/members/" + id(this.alice.id()),
				"{\"nick\":\"Al\",\"roles\":[\"" + roleId + "\"]}");
		assertThat(assign.status()).as(assign.text()).isEqualTo(200);
		JsonNode update = this.gateway.awaitDispatch("GUILD_MEMBER_UPDATE").path("d");
		assertThat(update.path("nick").asString()).isEqualTo("Al");
		assertThat(update.path("roles").path(0).asString()).isEqualTo(roleId);
		assertThat(rest("PATCH", this.guildPath, "{\"description\":\"hi\"}").status()).isEqualTo(200);
		assertThat(this.gateway.awaitDispatch("GUILD_UPDATE").path("d").path("description").asString())
			.isEqualTo("hi");
		assertThat(rest("PUT", this.guildPath + "/bans/" + id(this.alice.id()), null).status()).isEqualTo(204);
		assertThat(this.gateway.awaitDispatch("GUILD_MEMBER_REMOVE").path("d").path("user").path("id").asString())
			.isEqualTo(id(this.alice.id()));
		this.gateway.awaitDispatch("GUILD_BAN_ADD");
		JsonNode audit = this.gateway.awaitDispatch("GUILD_AUDIT_LOG_ENTRY_CREATE").path("d");
		assertThat(audit.path("action_type").asInt()).isEqualTo(22);
		assertThat(audit.path("target_id").asString()).isEqualTo(id(this.alice.id()));
		assertThat(rest("DELETE", this.guildPath + "/bans/" + id(this.alice.id()), null).status()).isEqualTo(204);
		this.gateway.awaitDispatch("GUILD_BAN_REMOVE");
		assertThat(rest("DELETE", this.guildPath + "/roles/" + roleId, null).status()).isEqualTo(204);
		assertThat(this.gateway.awaitDispatch("GUILD_ROLE_DELETE").path("d").path("role_id").asString())
			.isEqualTo(roleId);
	}

	@Test
	void memberAndBanDispatchesNeedTheirIntents() {
		makeBotAdministrator();
		// a second IDENTIFY waits out the 5 s max_concurrency window on the simulator's clock
		this.clock.advance(Duration.ofSeconds(6));
		GatewayTestClient guildsOnly = connect(Intent.GUILDS.bit());
		try {
			assertThat(rest("PATCH", this.guildPath + "/members/" + id(this.alice.id()), "{\"nick\":\"A\"}")
				.status()).isEqualTo(200);
			assertThat(rest("PUT", this.guildPath + "/bans/" + id(this.alice.id()), null).status()).isEqualTo(204);
			assertThat(rest("POST", this.guildPath + "/roles", "{}").status()).isEqualTo(200);
			List<String> seen = new ArrayList<>();
			guildsOnly.await((payload) -> {
				seen.add(payload.path("t").asString(""));
				return "GUILD_ROLE_CREATE".equals(payload.path("t").asString(null));
			}, "GUILD_ROLE_CREATE");
			assertThat(seen).doesNotContain("GUILD_MEMBER_UPDATE", "GUILD_MEMBER_REMOVE", "GUILD_BAN_ADD",
					"GUILD_AUDIT_LOG_ENTRY_CREATE");
			this.gateway.awaitDispatch("GUILD_BAN_ADD");
		}
		finally {
			guildsOnly.close();
		}
	}

	@Test
	void bulkBanAnswersBannedAndFailedUsers() {
		makeBotAdministrator();
		Reply reply = rest("POST", this.guildPath + "/bulk-ban", "{\"user_ids\":[\"" + id(this.alice.id()) + "\",\""
				+ id(this.guild.ownerId()) + "\"],\"delete_message_seconds\":0}");
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.body().path("banned_users").path(0).asString()).isEqualTo(id(this.alice.id()));
		assertThat(reply.body().path("failed_users").path(0).asString()).isEqualTo(id(this.guild.ownerId()));
		Reply again = HttpTestClient.bot(this.discord, "POST", this.guildPath + "/bulk-ban",
				"{\"user_ids\":[\"" + id(this.alice.id()) + "\"]}", Map.of("X-Audit-Log-Reason", "again"));
		assertError(again, 400, 500000);
		Reply log = rest("GET", this.guildPath + "/audit-logs?action_type=22&limit=10", null);
		assertThat(log.status()).as(log.text()).isEqualTo(200);
		assertThat(log.body().path("audit_log_entries")).hasSize(1);
		assertThat(log.body().path("audit_log_entries").path(0).path("target_id").asString())
			.isEqualTo(id(this.alice.id()));
		assertThat(log.body().path("users").findValuesAsString("username")).contains("alice");
	}

}
