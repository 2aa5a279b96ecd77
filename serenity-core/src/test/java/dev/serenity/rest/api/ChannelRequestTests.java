package dev.serenity.rest.api;

import java.time.Duration;
import java.util.List;

import dev.serenity.model.ChannelType;
import dev.serenity.model.OverwriteType;
import dev.serenity.model.PermissionOverwrite;
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
 * The channel, thread and invite requests and endpoints check their arguments before any request: each failure is
 * an {@link IllegalArgumentException} naming the field.
 */
class ChannelRequestTests {

	private static final Snowflake ID = Snowflake.of(123456789012345678L);

	/** Never subscribed to: nothing listens at its address. */
	private static DiscordRest rest;

	@BeforeAll
	static void rest() {
		rest = DiscordRest.builder(RestConfig.builder("unused-token").baseUrl("http://127.0.0.1:9/api/v10").build())
			.build();
	}

	@AfterAll
	static void close() {
		rest.close();
	}

	@Test
	void channelCreateChecksNameTopicTypeAndRanges() {
		assertThat(ChannelCreate.text("general").toJson()).containsOnlyKeys("name");
		assertThatIllegalArgumentException().isThrownBy(() -> ChannelCreate.text(""))
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException().isThrownBy(() -> ChannelCreate.text("n".repeat(101)))
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChannelCreate.builder("t").topic("t".repeat(1025)).build())
			.withMessageContaining("'topic'");
		assertThat(ChannelCreate.builder("f").type(ChannelType.GUILD_FORUM).topic("t".repeat(4096)).build().topic())
			.hasSize(4096);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChannelCreate.builder("t").type(ChannelType.PUBLIC_THREAD).build())
			.withMessageContaining("'type'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChannelCreate.builder("t").rateLimitPerUser(21601).build())
			.withMessageContaining("'rateLimitPerUser'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChannelCreate.builder("v").type(ChannelType.GUILD_VOICE).userLimit(100).build())
			.withMessageContaining("'userLimit'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChannelCreate.builder("c").type(ChannelType.GUILD_CATEGORY).parent(ID).build())
			.withMessageContaining("'parentId'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChannelCreate.builder("t")
				.permissionOverwrites(List.of(new PermissionOverwrite(ID, OverwriteType.UNKNOWN, null, null)))
				.build())
			.withMessageContaining("'permissionOverwrites[0].type'");
	}

	@Test
	void channelEditSendsOnlyPresentFieldsAndChecksThem() {
		assertThat(ChannelEdit.builder().topic(null).clearParent().build().toJson()).containsOnlyKeys("topic",
				"parent_id").containsValue(null);
		assertThatIllegalArgumentException().isThrownBy(() -> ChannelEdit.builder().build())
			.withMessageContaining("changes nothing");
		assertThatIllegalArgumentException().isThrownBy(() -> ChannelEdit.builder().name(null).build())
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException().isThrownBy(() -> ChannelEdit.builder().name(" ").build())
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException().isThrownBy(() -> ChannelEdit.builder().autoArchiveDuration(61).build())
			.withMessageContaining("'autoArchiveDuration'");
		assertThatIllegalArgumentException().isThrownBy(() -> ChannelEdit.builder().bitrate(7999).build())
			.withMessageContaining("'bitrate'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChannelEdit.builder().type(ChannelType.GUILD_VOICE).build())
			.withMessageContaining("'type'");
		assertThatIllegalArgumentException().isThrownBy(() -> ChannelEdit.builder().topic("t".repeat(4097)).build())
			.withMessageContaining("'topic'");
	}

	@Test
	void threadRequestsCheckNameDurationAndType() {
		assertThat(ThreadCreate.builder("t").type(ChannelType.PRIVATE_THREAD).invitable(false).build().toJson(true))
			.containsOnlyKeys("name");
		assertThatIllegalArgumentException().isThrownBy(() -> ThreadCreate.named("x".repeat(101)))
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ThreadCreate.builder("t").autoArchiveDuration(30).build())
			.withMessageContaining("'autoArchiveDuration'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ThreadCreate.builder("t").type(ChannelType.GUILD_TEXT).build())
			.withMessageContaining("'type'");
		assertThatIllegalArgumentException().isThrownBy(() -> new ForumPost("post", null))
			.withMessageContaining("'message'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ForumPost("post", MessageCreate.builder().content("x").tts(true).build()))
			.withMessageContaining("'message'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ForumPost("post", MessageCreate.of("x"), null, null, List.of(Snowflake.of(1),
					Snowflake.of(2), Snowflake.of(3), Snowflake.of(4), Snowflake.of(5), Snowflake.of(6))))
			.withMessageContaining("'appliedTags'");
	}

	@Test
	void inviteCreateChecksAgeAndUses() {
		assertThat(InviteCreate.DEFAULT.toJson()).isEmpty();
		assertThat(InviteCreate.builder().maxAge(Duration.ZERO).build().toJson()).containsEntry("max_age", 0);
		assertThatIllegalArgumentException().isThrownBy(() -> InviteCreate.builder().maxAge(Duration.ofDays(8)).build())
			.withMessageContaining("'maxAge'");
		assertThatIllegalArgumentException().isThrownBy(() -> InviteCreate.builder().maxUses(101).build())
			.withMessageContaining("'maxUses'");
	}

	@Test
	void endpointsRefuseBadArgumentsWhenCalled() {
		ChannelApi channels = new ChannelApi(rest);
		ThreadApi threads = new ThreadApi(rest);
		InviteApi invites = new InviteApi(rest);
		assertThatIllegalArgumentException().isThrownBy(() -> channels.get(null)).withMessageContaining("'channelId'");
		assertThatIllegalArgumentException().isThrownBy(() -> channels.edit(ID, null)).withMessageContaining("'edit'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> channels.editPermission(ID, new PermissionOverwrite(Snowflake.of(0), OverwriteType.ROLE,
					Permissions.NONE, Permissions.NONE), null))
			.withMessageContaining("'overwrite[0].id'");
		assertThatIllegalArgumentException().isThrownBy(() -> channels.editPositions(ID, List.of(), null))
			.withMessageContaining("'positions'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> channels.editPositions(ID, List.of(ChannelPosition.of(ID, 1), ChannelPosition.of(ID, 2)),
					null))
			.withMessageContaining("'positions.id'");
		assertThatIllegalArgumentException().isThrownBy(() -> channels.follow(ID, null))
			.withMessageContaining("'targetChannelId'");
		assertThatIllegalArgumentException().isThrownBy(() -> threads.members(ID, false, null, 101))
			.withMessageContaining("'limit'");
		assertThatIllegalArgumentException().isThrownBy(() -> threads.publicArchived(ID, null, 1))
			.withMessageContaining("'limit'");
		assertThatIllegalArgumentException().isThrownBy(() -> threads.addMember(ID, null))
			.withMessageContaining("'userId'");
		assertThatIllegalArgumentException().isThrownBy(() -> threads.startFromMessage(ID, ID, null))
			.withMessageContaining("'thread'");
		assertThatIllegalArgumentException().isThrownBy(() -> invites.get("bad code", false))
			.withMessageContaining("'code'");
		assertThatIllegalArgumentException().isThrownBy(() -> invites.create(ID, null, null))
			.withMessageContaining("'invite'");
	}

}
