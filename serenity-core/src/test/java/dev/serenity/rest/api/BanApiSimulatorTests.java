package dev.serenity.rest.api;

import java.time.Duration;
import java.util.List;

import dev.serenity.event.GuildBanAddEvent;
import dev.serenity.event.GuildBanRemoveEvent;
import dev.serenity.event.GuildMemberRemoveEvent;
import dev.serenity.model.Ban;
import dev.serenity.model.BulkBanResult;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRestException;
import dev.serenity.rest.JsonErrorCode;
import dev.serenity.simulator.record.RestRecord;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.serenity.rest.api.GuildScene.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link BanApi} against the simulator: the request recorded, the bans stored, GUILD_BAN_ADD/REMOVE and
 * GUILD_MEMBER_REMOVE received, and Discord's errors (10026, 50013, 500000) as typed exceptions.
 */
class BanApiSimulatorTests {

	private static GuildScene scene;

	private static BanApi api;

	@BeforeAll
	static void start() {
		scene = new GuildScene();
		api = new BanApi(scene.client.rest());
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

	@Test
	void banRemovesTheMemberDeletesMessagesAndDispatchesBanAdd() {
		SimUser spammer = newMember("spammer");
		long channel = scene.simulator.control().defaultChannel(scene.guild.id()).id();
		scene.simulator.control().say(spammer.id(), channel, "buy now");
		scene.simulator.control().say(spammer.id(), channel, "buy now!!");
		api.ban(scene.guildId(), Snowflake.of(spammer.id()), Duration.ofHours(1), "spam").block(TIMEOUT);
		RestRecord record = scene.last("PUT", "/bans/" + spammer.id());
		assertThat(record.auditLogReason()).isEqualTo("spam");
		assertThat(GuildScene.body(record).get("delete_message_seconds").asInt()).isEqualTo(3600);
		assertThat(scene.guild.bans().get(spammer.id()).reason()).isEqualTo("spam");
		assertThat(scene.guild.members()).doesNotContainKey(spammer.id());
		assertThat(scene.simulator.control().world().channelMessages(channel))
			.noneMatch((m) -> m.authorId() == spammer.id());
		scene.awaitEvent(GuildMemberRemoveEvent.class, (e) -> e.user().id().value() == spammer.id());
		scene.awaitEvent(GuildBanAddEvent.class, (e) -> e.user().id().value() == spammer.id());
		Ban ban = api.get(scene.guildId(), Snowflake.of(spammer.id())).block(TIMEOUT);
		assertThat(ban.reason()).isEqualTo("spam");
		assertThat(ban.user().username()).isEqualTo("spammer");
	}

	@Test
	void unbanDispatchesBanRemoveAndAnUnknownBanIs10026() {
		SimUser troll = newMember("troll");
		api.ban(scene.guildId(), Snowflake.of(troll.id()), Duration.ZERO, null).block(TIMEOUT);
		api.unban(scene.guildId(), Snowflake.of(troll.id()), "second chance").block(TIMEOUT);
		assertThat(scene.guild.bans()).doesNotContainKey(troll.id());
		scene.awaitEvent(GuildBanRemoveEvent.class, (e) -> e.user().id().value() == troll.id());
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.get(scene.guildId(), Snowflake.of(troll.id())).block(TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(404);
				assertThat(ex.errorCode()).contains(JsonErrorCode.UNKNOWN_BAN);
			});
	}

	@Test
	void banningTheOwnerIsMissingPermissions() {
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.ban(scene.guildId(), Snowflake.of(scene.guild.ownerId()), Duration.ZERO, null)
				.block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.errorCode()).contains(JsonErrorCode.MISSING_PERMISSIONS));
		assertThat(scene.guild.bans()).doesNotContainKey(scene.guild.ownerId());
	}

	@Test
	void bulkBanReportsBannedAndFailedUsers() {
		SimUser one = newMember("raider-1");
		SimUser two = scene.simulator.control().createUser("raider-2");
		List<Snowflake> ids = List.of(Snowflake.of(one.id()), Snowflake.of(two.id()),
				Snowflake.of(scene.guild.ownerId()));
		BulkBanResult result = api.bulkBan(scene.guildId(), ids, Duration.ZERO, "raid").block(TIMEOUT);
		assertThat(result.bannedUsers()).containsExactly(Snowflake.of(one.id()), Snowflake.of(two.id()));
		assertThat(result.failedUsers()).containsExactly(Snowflake.of(scene.guild.ownerId()));
		assertThat(GuildScene.body(scene.last("POST", "/bulk-ban")).get("user_ids")).hasSize(3);
		scene.awaitEvent(GuildBanAddEvent.class, (e) -> e.user().id().value() == two.id());
		List<Ban> bans = api.list(scene.guildId(), 1000, null, null).block(TIMEOUT);
		assertThat(bans).extracting((b) -> b.user().id().value()).contains(one.id(), two.id());
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.bulkBan(scene.guildId(), List.of(Snowflake.of(one.id())), Duration.ZERO, null)
				.block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.errorCode()).contains(JsonErrorCode.BULK_BAN_FAILED));
	}

}
