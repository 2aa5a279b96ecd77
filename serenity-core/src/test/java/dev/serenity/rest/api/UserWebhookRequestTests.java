package dev.serenity.rest.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.serenity.model.Application;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.RestFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The user, application and webhook request records and endpoint arguments on their own: the checks that run
 * before anything is sent (each naming its field) and the JSON they become.
 */
class UserWebhookRequestTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	/** Never sends: every call below fails its checks before a publisher exists. */
	private static DiscordRest rest;

	@BeforeAll
	static void start() {
		rest = DiscordRest.builder("Bot test-token").build();
	}

	@AfterAll
	static void stop() {
		rest.close();
	}

	@Test
	void aComponentsV2WebhookMessageRefusesContentEmbedsFilesAndPollsNamingTheField() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookExecute.builder().content("text").flags(MessageCreate.IS_COMPONENTS_V2).build())
			.withMessageContaining("'content' must not be set with IS_COMPONENTS_V2");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookExecute.builder()
				.file(RestFile.of("a.txt", new byte[1]))
				.flags(MessageCreate.IS_COMPONENTS_V2)
				.build())
			.withMessageContaining("'files' must not be set with IS_COMPONENTS_V2");
	}

	@Test
	void imageDataIsADataUriOfAnImageType() {
		assertThat(ImageData.png(PNG).toDataUri()).isEqualTo("data:image/png;base64,iVBORw==");
		assertThat(new ImageData(PNG, "IMAGE/GIF").contentType()).isEqualTo("image/gif");
		assertThatIllegalArgumentException().isThrownBy(() -> new ImageData(PNG, "text/plain"))
			.withMessageContaining("'contentType'");
		assertThatIllegalArgumentException().isThrownBy(() -> new ImageData(new byte[0], "image/png"))
			.withMessageContaining("'content'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ImageData(new byte[ImageData.MAX_BYTES + 1], "image/png"))
			.withMessageContaining("'content'");
		byte[] bytes = PNG.clone();
		ImageData image = ImageData.png(bytes);
		bytes[0] = 0;
		assertThat(image.content()[0]).isEqualTo((byte) 0x89);
		assertThat(image.toString()).isEqualTo("ImageData[image/png, 4 bytes]");
	}

	@Test
	void currentUserEditSendsOnlyWhatChanges() {
		CurrentUserEdit edit = CurrentUserEdit.builder().avatar(Patch.of(ImageData.png(PNG))).banner(Patch.clear())
			.build();
		Map<String, Object> json = edit.toJson();
		assertThat(json).containsOnlyKeys("avatar", "banner");
		assertThat(json.get("avatar")).isEqualTo("data:image/png;base64,iVBORw==");
		assertThat(json.get("banner")).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> CurrentUserEdit.builder().build())
			.withMessageContaining("'username'");
		assertThatIllegalArgumentException().isThrownBy(() -> CurrentUserEdit.builder().username("x").build())
			.withMessageContaining("'username'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CurrentUserEdit.builder().username("x".repeat(33)).build())
			.withMessageContaining("'username'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CurrentUserEdit(Patch.clear(), null, null))
			.withMessageContaining("'username'");
	}

	@Test
	void userGuildQueryLimitIsOneToTwoHundred() {
		assertThat(UserGuildQuery.first().limit()).isEqualTo(200);
		assertThat(UserGuildQuery.after(Snowflake.of(5), 1).includeCounts().withCounts()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> new UserGuildQuery(null, null, 0, false))
			.withMessageContaining("'limit'");
		assertThatIllegalArgumentException().isThrownBy(() -> new UserGuildQuery(null, null, 201, false))
			.withMessageContaining("'limit'");
		assertThatIllegalArgumentException().isThrownBy(() -> UserGuildQuery.after(Snowflake.of(0), 5))
			.withMessageContaining("'after'");
	}

	@Test
	void applicationEditChecksFlagsTagsAndUrls() {
		ApplicationEdit edit = ApplicationEdit.builder()
			.description(Patch.of("Hi"))
			.tags(Patch.of(List.of("fun", "tools")))
			.flags(Application.GATEWAY_MESSAGE_CONTENT_LIMITED)
			.interactionsEndpointUrl(Patch.clear())
			.build();
		assertThat(edit.toJson()).containsOnlyKeys("description", "interactions_endpoint_url", "tags", "flags")
			.containsEntry("flags", 1 << 19);
		assertThat(edit.toJson().get("interactions_endpoint_url")).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> ApplicationEdit.builder().build())
			.withMessageContaining("nothing changes");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ApplicationEdit.builder().flags(Application.GATEWAY_MESSAGE_CONTENT).build())
			.withMessageContaining("'flags'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ApplicationEdit.builder().tags(Patch.of(List.of("1", "2", "3", "4", "5", "6"))).build())
			.withMessageContaining("'tags'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ApplicationEdit.builder().tags(Patch.of(List.of("x".repeat(21)))).build())
			.withMessageContaining("'tags[0]'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ApplicationEdit.builder().description(Patch.of("x".repeat(401))).build())
			.withMessageContaining("'description'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ApplicationEdit.builder().customInstallUrl(Patch.of("ftp://example.com")).build())
			.withMessageContaining("'customInstallUrl'");
	}

	@Test
	void webhookNamesFollowDiscordsRules() {
		assertThat(WebhookCreate.of("x".repeat(80)).name()).hasSize(80);
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookCreate.of("x".repeat(81)))
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookCreate.of(" "))
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookCreate.of("My CLYDE"))
			.withMessageContaining("'name'").withMessageContaining("clyde");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookCreate.of("discordia"))
			.withMessageContaining("discord");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookEdit.name("clyde"))
			.withMessageContaining("'name'");
		assertThatIllegalArgumentException().isThrownBy(() -> new WebhookEdit(null, null, null))
			.withMessageContaining("nothing changes");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookExecute.builder().content("x")
			.username("Discord Bot").build()).withMessageContaining("'username'");
		assertThat(new WebhookEdit(null, Patch.clear(), Snowflake.of(7)).toJson()).containsEntry("channel_id", "7")
			.containsEntry("avatar", null);
	}

	@Test
	void webhookExecuteIsCheckedAsAMessage() {
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookExecute.builder().build())
			.withMessageContaining("'content'");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookExecute.of("x".repeat(2001)))
			.withMessageContaining("'content'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookExecute.builder().content("x").flags(MessageCreate.IS_VOICE_MESSAGE).build())
			.withMessageContaining("'flags'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookExecute.builder().content("x").avatarUrl("file:///etc/passwd").build())
			.withMessageContaining("'avatarUrl'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookExecute.builder().content("x").threadName("t".repeat(101)).build())
			.withMessageContaining("'threadName'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WebhookExecute.PollCreate("Q?", List.of(), 24, false))
			.withMessageContaining("'poll.answers'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WebhookExecute.PollCreate("Q?", List.of("a"), 769, false))
			.withMessageContaining("'poll.durationHours'");
		WebhookExecute poll = WebhookExecute.builder()
			.poll(new WebhookExecute.PollCreate("Lunch?", List.of("Pizza", "Soup"), 24, true))
			.username("Relay")
			.appliedTags(List.of(Snowflake.of(3)))
			.file(RestFile.of("a.txt", "a".getBytes(StandardCharsets.UTF_8)))
			.build();
		Map<String, Object> json = poll.toJson();
		assertThat(json).containsKeys("poll", "username", "applied_tags", "attachments").doesNotContainKey("content");
		assertThat(json.get("poll").toString()).contains("Lunch?").contains("poll_media").contains("duration=24");
	}

	@Test
	void endpointsCheckTheirArgumentsBeforeSending() {
		WebhookApi webhooks = new WebhookApi(rest);
		UserApi users = new UserApi(rest);
		assertThatIllegalArgumentException().isThrownBy(() -> webhooks.get(null)).withMessageContaining("'webhookId'");
		assertThatIllegalArgumentException().isThrownBy(() -> webhooks.get(Snowflake.of(1), " "))
			.withMessageContaining("'token'");
		assertThatIllegalArgumentException().isThrownBy(() -> webhooks.get(Snowflake.of(1), "a/b?secret"))
			.withMessageContaining("'token'")
			.withMessageNotContaining("secret");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> webhooks.executeAndWait(Snowflake.of(1), "token", null))
			.withMessageContaining("'message'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> webhooks.modify(Snowflake.of(1), "token", new WebhookEdit(null, null, Snowflake.of(2))))
			.withMessageContaining("'edit.channelId'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> webhooks.getMessage(Snowflake.of(1), "token", Snowflake.of(2), Snowflake.of(0)))
			.withMessageContaining("'threadId'");
		assertThatIllegalArgumentException().isThrownBy(() -> users.createDm(null)).withMessageContaining("'userId'");
		assertThatIllegalArgumentException().isThrownBy(() -> users.dm(Snowflake.of(1), null))
			.withMessageContaining("'message'");
		assertThatIllegalArgumentException().isThrownBy(() -> users.guilds(null)).withMessageContaining("'query'");
		assertThatIllegalArgumentException().isThrownBy(() -> new ApplicationApi(rest).editCurrent(null))
			.withMessageContaining("'edit'");
	}

}
