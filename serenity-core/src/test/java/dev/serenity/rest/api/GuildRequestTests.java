package dev.serenity.rest.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;

import dev.serenity.model.Permissions;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.RestConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The guild family's requests are checked before anything is sent: each failure names the field.
 */
class GuildRequestTests {

	private static final Snowflake GUILD = Snowflake.of(81384788765712384L);

	private static final Snowflake USER = Snowflake.of(80351110224678912L);

	private static DiscordRest rest;

	@BeforeAll
	static void createClient() {
		rest = DiscordRest.builder(RestConfig.builder("never.used.token").baseUrl("http://127.0.0.1:9").build())
			.build();
	}

	@AfterAll
	static void closeClient() {
		rest.close();
	}

	@Test
	void roleNamesAndColoursAreLimited() {
		assertThatIllegalArgumentException().isThrownBy(() -> RoleCreate.named("x".repeat(101)))
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException().isThrownBy(() -> RoleCreate.builder().color(0x1000000).build())
			.withMessageContaining("'color'");
		assertThatIllegalArgumentException().isThrownBy(() -> new RoleCreate.Colors(0, -1, null))
			.withMessageContaining("'colors.secondaryColor'");
		assertThat(RoleCreate.named("x".repeat(100)).toJson()).containsOnlyKeys("name");
		assertThat(RoleCreate.builder().permissions(Permissions.of(1L << 63)).build().toJson())
			.containsEntry("permissions", "9223372036854775808");
	}

	@Test
	void roleEditsMustChangeSomethingAndClearedFieldsAreNull() {
		assertThatIllegalArgumentException().isThrownBy(() -> RoleEdit.builder().build())
			.withMessageContaining("'name'");
		assertThat(RoleEdit.builder().icon(null).build().toJson()).containsEntry("icon", null).hasSize(1);
		assertThatIllegalArgumentException().isThrownBy(() -> new RolePosition(USER, 0))
			.withMessageContaining("'position'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RoleApi(rest).reorder(GUILD, List.of(new RolePosition(USER, 1),
					new RolePosition(USER, 2)), null))
			.withMessageContaining("'positions'");
		assertThatIllegalArgumentException().isThrownBy(() -> new RoleApi(rest).reorder(GUILD, List.of(), null))
			.withMessageContaining("'positions'");
	}

	@Test
	void memberEditsCheckTheNickAndIds() {
		assertThatIllegalArgumentException().isThrownBy(() -> MemberEdit.builder().nick("n".repeat(33)).build())
			.withMessageContaining("'nick'");
		assertThatIllegalArgumentException().isThrownBy(() -> MemberEdit.builder().build())
			.withMessageContaining("'nick'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MemberEdit.builder().roles(List.of(USER, USER)).build())
			.withMessageContaining("'roles'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MemberEdit.builder().channelId(Snowflake.of(0)).build())
			.withMessageContaining("'channelId'");
		assertThat(MemberEdit.builder().clearNick().disconnect().build().toJson()).containsEntry("nick", null)
			.containsEntry("channel_id", null);
		assertThat(MemberEdit.builder().communicationDisabledUntil(Instant.parse("2030-01-01T00:00:00Z")).build()
			.toJson()).containsEntry("communication_disabled_until", "2030-01-01T00:00:00Z");
	}

	@Test
	void timeoutsLastMoreThanZeroAndAtMost28Days() {
		MemberApi members = new MemberApi(rest);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> members.timeout(GUILD, USER, Duration.ofDays(28).plusSeconds(1), null))
			.withMessageContaining("'duration'");
		assertThatIllegalArgumentException().isThrownBy(() -> members.timeout(GUILD, USER, Duration.ZERO, null))
			.withMessageContaining("'duration'");
		assertThat(members.timeout(GUILD, USER, Duration.ofDays(28), null)).isNotNull();
	}

	@Test
	void memberQueriesCheckLimitsAndIds() {
		MemberApi members = new MemberApi(rest);
		assertThatIllegalArgumentException().isThrownBy(() -> members.list(GUILD, 1001, null))
			.withMessageContaining("'limit'");
		assertThatIllegalArgumentException().isThrownBy(() -> members.list(GUILD, 0, null))
			.withMessageContaining("'limit'");
		assertThatIllegalArgumentException().isThrownBy(() -> members.search(GUILD, " ", 10))
			.withMessageContaining("'query'");
		assertThatIllegalArgumentException().isThrownBy(() -> members.get(null, USER))
			.withMessageContaining("'guildId'");
		assertThatIllegalArgumentException().isThrownBy(() -> members.kick(GUILD, Snowflake.of(0), null))
			.withMessageContaining("'userId'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> members.editCurrentNick(GUILD, "n".repeat(33), null))
			.withMessageContaining("'nick'");
		assertThatIllegalArgumentException().isThrownBy(() -> members.kick(GUILD, USER, "r".repeat(513)))
			.withMessageContaining("'auditLogReason'");
	}

	@Test
	void bansCheckTheDeleteSpanAndTheBulkSize() {
		BanApi bans = new BanApi(rest);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> bans.ban(GUILD, USER, Duration.ofDays(7).plusSeconds(1), null))
			.withMessageContaining("'deleteMessages'");
		assertThatIllegalArgumentException().isThrownBy(() -> bans.ban(GUILD, USER, Duration.ofMillis(1500), null))
			.withMessageContaining("'deleteMessages'");
		List<Snowflake> tooMany = LongStream.rangeClosed(1, 201).mapToObj(Snowflake::of).toList();
		assertThatIllegalArgumentException().isThrownBy(() -> bans.bulkBan(GUILD, tooMany, Duration.ZERO, null))
			.withMessageContaining("'userIds'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> bans.bulkBan(GUILD, Collections.emptyList(), Duration.ZERO, null))
			.withMessageContaining("'userIds'");
		assertThatIllegalArgumentException().isThrownBy(() -> bans.list(GUILD, 1001, null, null))
			.withMessageContaining("'limit'");
	}

	@Test
	void guildEditsCheckNameLevelsAndTimeout() {
		assertThatIllegalArgumentException().isThrownBy(() -> GuildEdit.builder().name("x").build())
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException().isThrownBy(() -> GuildEdit.builder().name("x".repeat(101)).build())
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException().isThrownBy(() -> GuildEdit.builder().verificationLevel(5).build())
			.withMessageContaining("'verificationLevel'");
		assertThatIllegalArgumentException().isThrownBy(() -> GuildEdit.builder().afkTimeout(120).build())
			.withMessageContaining("'afkTimeout'");
		assertThatIllegalArgumentException().isThrownBy(() -> GuildEdit.builder().build())
			.withMessageContaining("'name'");
		assertThat(GuildEdit.builder().afkChannelId(null).build().toJson()).containsEntry("afk_channel_id", null)
			.hasSize(1);
		assertThatIllegalArgumentException().isThrownBy(() -> new GuildApi(rest).edit(GUILD, null, null))
			.withMessageContaining("'edit'");
		assertThatIllegalArgumentException().isThrownBy(() -> AuditLogQuery.latest(101))
			.withMessageContaining("'limit'");
		assertThatIllegalArgumentException().isThrownBy(() -> AuditLogQuery.latest(10).withActionType(0))
			.withMessageContaining("'actionType'");
	}

}
