package dev.serenity.rest.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.serenity.event.GuildMemberRemoveEvent;
import dev.serenity.event.GuildMemberUpdateEvent;
import dev.serenity.model.Member;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRestException;
import dev.serenity.rest.JsonErrorCode;
import dev.serenity.simulator.record.RestRecord;
import dev.serenity.simulator.world.SimMember;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.serenity.rest.api.GuildScene.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link MemberApi} against the simulator: the request recorded, the member changed, the GUILD_MEMBER_UPDATE or
 * GUILD_MEMBER_REMOVE the client received, and Discord's errors (10007, 50013) as typed exceptions.
 */
class MemberApiSimulatorTests {

	private static GuildScene scene;

	private static MemberApi api;

	@BeforeAll
	static void start() {
		scene = new GuildScene();
		api = new MemberApi(scene.client.rest());
	}

	@AfterAll
	static void stop() {
		scene.close();
	}

	private static SimUser newMember(String name) {
		SimUser user = scene.simulator.control().createUser(name);
		scene.simulator.control().addMember(scene.guild.id(), user.id());
		return user;
	}

	private static SimMember stored(SimUser user) {
		return scene.guild.members().get(user.id());
	}

	@Test
	void getListAndSearchReadMembers() {
		Member alice = api.get(scene.guildId(), Snowflake.of(scene.alice.id())).block(TIMEOUT);
		assertThat(alice.user().username()).isEqualTo("alice");
		List<Member> page = api.list(scene.guildId(), 1000, null).block(TIMEOUT);
		assertThat(page).extracting((m) -> m.user().id().value()).contains(scene.alice.id(), scene.mod.id())
			.isSorted();
		assertThat(scene.last("GET", "/guilds/" + scene.guild.id() + "/members").query()).isEqualTo("limit=1000");
		List<Member> found = api.search(scene.guildId(), "ALI", 10).block(TIMEOUT);
		assertThat(found).extracting((m) -> m.user().username()).containsExactly("alice");
	}

	@Test
	void anUnknownMemberIs10007() {
		SimUser stranger = scene.simulator.control().createUser("stranger");
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.get(scene.guildId(), Snowflake.of(stranger.id())).block(TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(404);
				assertThat(ex.errorCode()).contains(JsonErrorCode.UNKNOWN_MEMBER);
			});
	}

	@Test
	void editSendsTheFieldsAndDispatchesMemberUpdate() {
		SimUser bob = newMember("bob");
		MemberEdit edit = MemberEdit.builder()
			.nick("Bobby")
			.roles(List.of(Snowflake.of(scene.modRole.id())))
			.mute(true)
			.build();
		Member member = api.edit(scene.guildId(), Snowflake.of(bob.id()), edit, "promotion").block(TIMEOUT);
		assertThat(member.nick()).isEqualTo("Bobby");
		assertThat(member.mute()).isTrue();
		RestRecord record = scene.last("PATCH", "/members/" + bob.id());
		assertThat(record.auditLogReason()).isEqualTo("promotion");
		JsonNode body = GuildScene.body(record);
		assertThat(body.propertyNames()).containsExactly("nick", "roles", "mute");
		assertThat(body.get("roles").get(0).asString()).isEqualTo(Long.toString(scene.modRole.id()));
		assertThat(stored(bob).roles()).containsExactly(scene.modRole.id());
		GuildMemberUpdateEvent event = scene.awaitEvent(GuildMemberUpdateEvent.class,
				(e) -> e.member().user().id().value() == bob.id() && "Bobby".equals(e.member().nick()));
		assertThat(event.member().roles()).containsExactly(Snowflake.of(scene.modRole.id()));
	}

	@Test
	void timeoutSetsCommunicationDisabledUntilAndRemoveTimeoutClearsIt() {
		SimUser carol = newMember("carol");
		Instant before = Instant.now();
		Member member = api.timeout(scene.guildId(), Snowflake.of(carol.id()), Duration.ofMinutes(10), "spam")
			.block(TIMEOUT);
		assertThat(member.communicationDisabledUntil()).isCloseTo(before.plus(Duration.ofMinutes(10)),
				within(Duration.ofMinutes(1).toMillis(), java.time.temporal.ChronoUnit.MILLIS));
		assertThat(stored(carol).communicationDisabledUntil()).isNotNull();
		scene.awaitEvent(GuildMemberUpdateEvent.class, (e) -> e.member().user().id().value() == carol.id()
				&& e.member().communicationDisabledUntil() != null);
		api.removeTimeout(scene.guildId(), Snowflake.of(carol.id()), null).block(TIMEOUT);
		JsonNode body = GuildScene.body(scene.last("PATCH", "/members/" + carol.id()));
		assertThat(body.get("communication_disabled_until").isNull()).isTrue();
		assertThat(stored(carol).communicationDisabledUntil()).isNull();
	}

	@Test
	void editCurrentNickRenamesTheBot() {
		Member bot = api.editCurrentNick(scene.guildId(), "Helper", null).block(TIMEOUT);
		assertThat(bot.nick()).isEqualTo("Helper");
		assertThat(scene.last("PATCH", "/members/@me").body()).isEqualTo("{\"nick\":\"Helper\"}");
		long botId = scene.simulator.control().world().bot().id();
		assertThat(scene.guild.members().get(botId).nick()).isEqualTo("Helper");
	}

	@Test
	void addAndRemoveRoleDispatchMemberUpdate() {
		SimUser dave = newMember("dave");
		Snowflake role = Snowflake.of(scene.modRole.id());
		api.addRole(scene.guildId(), Snowflake.of(dave.id()), role, "trusted").block(TIMEOUT);
		assertThat(stored(dave).roles()).containsExactly(scene.modRole.id());
		assertThat(scene.last("PUT", "/members/" + dave.id() + "/roles/").auditLogReason()).isEqualTo("trusted");
		scene.awaitEvent(GuildMemberUpdateEvent.class,
				(e) -> e.member().user().id().value() == dave.id() && e.member().roles().contains(role));
		api.removeRole(scene.guildId(), Snowflake.of(dave.id()), role, null).block(TIMEOUT);
		assertThat(stored(dave).roles()).isEmpty();
	}

	@Test
	void assigningTheBotsOwnRoleIsMissingPermissions() {
		SimUser erin = newMember("erin");
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.addRole(scene.guildId(), Snowflake.of(erin.id()), Snowflake.of(scene.botRole.id()),
					null).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.errorCode()).contains(JsonErrorCode.MISSING_PERMISSIONS));
		assertThat(stored(erin).roles()).isEmpty();
	}

	@Test
	void kickRemovesTheMemberAndDispatchesMemberRemove() {
		SimUser frank = newMember("frank");
		api.kick(scene.guildId(), Snowflake.of(frank.id()), "bye").block(TIMEOUT);
		assertThat(scene.guild.members()).doesNotContainKey(frank.id());
		assertThat(scene.last("DELETE", "/members/" + frank.id()).auditLogReason()).isEqualTo("bye");
		scene.awaitEvent(GuildMemberRemoveEvent.class, (e) -> e.user().id().value() == frank.id());
	}

	@Test
	void kickingTheOwnerOrAnEqualMemberIsMissingPermissions() {
		SimUser peer = newMember("peer");
		scene.simulator.control().guilds().assignRole(scene.guild.id(), peer.id(), scene.botRole.id());
		for (long target : new long[] { scene.guild.ownerId(), peer.id() }) {
			assertThatExceptionOfType(DiscordRestException.class)
				.isThrownBy(() -> api.kick(scene.guildId(), Snowflake.of(target), null).block(TIMEOUT))
				.satisfies((ex) -> {
					assertThat(ex.status()).isEqualTo(403);
					assertThat(ex.errorCode()).contains(JsonErrorCode.MISSING_PERMISSIONS);
				});
			assertThat(scene.guild.members()).containsKey(target);
		}
	}

}
