package dev.serenity.rest.api;

import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;

import dev.serenity.json.DiscordJson;
import dev.serenity.model.Embed;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.RestFile;
import dev.serenity.rest.Route;
import dev.serenity.rest.api.AllowedMentions.MentionType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The request records on their own: the checks that run before anything is sent (each naming its field) and the
 * JSON they become.
 */
class MessageRequestTests {

	private static final Embed EMBED = new Embed("t", null, null, null, null, null, null, null, null, null, null, null,
			null, null);

	@Test
	void embedsOverDiscordsLimitsAreRefusedNamingTheField() {
		dev.serenity.model.Embed long1 = new dev.serenity.model.Embed(null, null, "x".repeat(4000), null, null, null,
				null, null, null, null, null, null, null, null);
		dev.serenity.model.Embed long2 = new dev.serenity.model.Embed(null, null, "y".repeat(2001), null, null, null,
				null, null, null, null, null, null, null, null);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreate.builder().embeds(java.util.List.of(long1, long2)).build())
			.withMessageContaining("'embeds' must have at most 6000 characters")
			.withMessageContaining("6001");
		dev.serenity.model.Embed badField = new dev.serenity.model.Embed(null, null, null, null, null, null, null,
				null, null, null, null, null,
				java.util.List.of(new dev.serenity.model.Embed.Field("name", "v".repeat(1025), false)), null);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreate.builder().embeds(java.util.List.of(badField)).build())
			.withMessageContaining("'embeds[0].fields[0].value' must have at most 1024 characters");
	}

	@Test
	void emptyMessageIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> MessageCreate.builder().build())
			.withMessageContaining("'content'");
		assertThatIllegalArgumentException().isThrownBy(() -> MessageCreate.of(""))
			.withMessageContaining("'content'");
		assertThat(MessageCreate.builder().embed(EMBED).build().embeds()).hasSize(1);
		assertThat(MessageCreate.builder().file(RestFile.of("a.txt", new byte[0])).build().files()).hasSize(1);
		assertThat(MessageCreate.builder().stickerIds(List.of(Snowflake.of(5))).build().stickerIds()).hasSize(1);
	}

	@Test
	void limitsNameTheirField() {
		assertThat(MessageCreate.of("x".repeat(2000)).content()).hasSize(2000);
		assertThat(MessageCreate.of("😀".repeat(2000)).content()).hasSize(4000);
		assertThatIllegalArgumentException().isThrownBy(() -> MessageCreate.of("x".repeat(2001)))
			.withMessageContaining("'content'")
			.withMessageContaining("2001");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreate.builder().embeds(Collections.nCopies(11, EMBED)).build())
			.withMessageContaining("'embeds'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreate.builder().content("a").nonce("n".repeat(26)).build())
			.withMessageContaining("'nonce'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreate.builder().content("a").enforceNonce(true).build())
			.withMessageContaining("'enforceNonce'");
		assertThatIllegalArgumentException().isThrownBy(() -> MessageCreate.builder().content("a").flags(1).build())
			.withMessageContaining("'flags'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreate.builder().content("a").stickerIds(List.of(Snowflake.of(0))).build())
			.withMessageContaining("'stickerIds[0]'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreate.Reference.to((Snowflake) null))
			.withMessageContaining("'messageReference.messageId'");
	}

	@Test
	void allowedMentionsChecksIdsAndParseExclusivity() {
		List<Snowflake> hundredOne = LongStream.rangeClosed(1, 101).mapToObj(Snowflake::of).toList();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AllowedMentions.builder().users(hundredOne).build())
			.withMessageContaining("'allowedMentions.users'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AllowedMentions.builder().roles(hundredOne).build())
			.withMessageContaining("'allowedMentions.roles'");
		assertThat(AllowedMentions.builder().users(hundredOne.subList(0, 100)).build().users()).hasSize(100);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AllowedMentions.builder().parse(MentionType.USERS).users(List.of(Snowflake.of(1))).build())
			.withMessageContaining("'allowedMentions.parse'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AllowedMentions.builder().parse(MentionType.ROLES).roles(List.of(Snowflake.of(1))).build())
			.withMessageContaining("'allowedMentions.parse'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AllowedMentions.builder().users(List.of(Snowflake.of(1), Snowflake.of(1))).build())
			.withMessageContaining("'allowedMentions.users'");
		AllowedMentions mixed = AllowedMentions.builder()
			.parse(MentionType.EVERYONE, MentionType.ROLES)
			.users(List.of(Snowflake.of(7)))
			.repliedUser(true)
			.build();
		JsonNode json = DiscordJson.mapper().valueToTree(mixed.toJson());
		assertThat(json.toString())
			.isEqualTo("{\"parse\":[\"roles\",\"everyone\"],\"users\":[\"7\"],\"replied_user\":true}");
	}

	@Test
	void createJsonHoldsOnlyWhatWasGiven() {
		MessageCreate message = MessageCreate.builder()
			.content("hi")
			.messageReference(new MessageCreate.Reference(Snowflake.of(9), Snowflake.of(8), null, false))
			.file(RestFile.of("a.txt", new byte[] { 1 }))
			.flags(MessageCreate.SUPPRESS_NOTIFICATIONS)
			.build();
		JsonNode json = DiscordJson.mapper().valueToTree(message.toJson());
		assertThat(json.toString()).isEqualTo("{\"content\":\"hi\",\"message_reference\":{\"message_id\":\"9\","
				+ "\"channel_id\":\"8\",\"fail_if_not_exists\":false},\"flags\":4096,"
				+ "\"attachments\":[{\"id\":0,\"filename\":\"a.txt\"}]}");
		assertThat(message.toBuilder().build()).isEqualTo(message);
		assertThat(MessageCreate.DEFAULT_TTS).isFalse();
		assertThat(MessageCreate.of("x").flags()).isEqualTo(MessageCreate.DEFAULT_FLAGS);
	}

	@Test
	void editDistinguishesAbsentFromCleared() {
		assertThatIllegalArgumentException().isThrownBy(() -> MessageEdit.builder().build())
			.withMessageContaining("changes nothing");
		assertThatIllegalArgumentException().isThrownBy(() -> MessageEdit.content("x".repeat(2001)))
			.withMessageContaining("'content'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageEdit.builder().embeds(Collections.nCopies(11, EMBED)).build())
			.withMessageContaining("'embeds'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageEdit.builder().flags(MessageCreate.SUPPRESS_NOTIFICATIONS).build())
			.withMessageContaining("'flags'");
		MessageEdit edit = MessageEdit.builder().clearContent().embeds(List.of(EMBED)).build();
		assertThat(edit.content().cleared()).isTrue();
		assertThat(edit.flags().present()).isFalse();
		JsonNode json = DiscordJson.mapper().valueToTree(edit.toJson());
		assertThat(json.has("content")).isTrue();
		assertThat(json.get("content").isNull()).isTrue();
		assertThat(json.has("flags")).isFalse();
		assertThat(json.get("embeds")).hasSize(1);
		MessageEdit keep = MessageEdit.builder()
			.keepAttachments(List.of(Snowflake.of(11)))
			.file(RestFile.of("b.txt", new byte[0]))
			.build();
		assertThat(DiscordJson.mapper().valueToTree(keep.toJson()).toString())
			.isEqualTo("{\"attachments\":[{\"id\":\"11\"},{\"id\":0,\"filename\":\"b.txt\"}]}");
		assertThat(new MessageEdit(null, null, null, null, null, List.of(RestFile.of("c", new byte[0]))).content()
			.present()).isFalse();
	}

	@Test
	void queryAndEmojiChecks() {
		assertThat(MessageQuery.latest().limit()).isEqualTo(MessageQuery.DEFAULT_LIMIT);
		assertThatIllegalArgumentException().isThrownBy(() -> MessageQuery.latest(0)).withMessageContaining("'limit'");
		assertThatIllegalArgumentException().isThrownBy(() -> MessageQuery.latest(101))
			.withMessageContaining("'limit'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MessageQuery(5, null, Snowflake.of(1), Snowflake.of(2)))
			.withMessageContaining("exclusive");
		assertThatIllegalArgumentException().isThrownBy(() -> MessageQuery.before(null, 5))
			.withMessageContaining("'before'");
		assertThat(ReactionEmoji.unicode("👍").pathValue()).isEqualTo("👍");
		assertThat(Route.put("/channels/{channel.id}/messages/{message.id}/reactions/{emoji}/@me", 1, 2,
				ReactionEmoji.unicode("👍").pathValue()).path()).endsWith("/reactions/%F0%9F%91%8D/@me");
		assertThat(Route.put("/channels/{channel.id}/messages/{message.id}/reactions/{emoji}/@me", 1, 2,
				ReactionEmoji.custom("blob", Snowflake.of(12)).pathValue()).path()).endsWith("/reactions/blob:12/@me");
		assertThat(ReactionEmoji.custom("blob", Snowflake.of(12)).pathValue()).isEqualTo("blob:12");
		assertThatIllegalArgumentException().isThrownBy(() -> ReactionEmoji.unicode(" "))
			.withMessageContaining("'emoji.name'");
		assertThatIllegalArgumentException().isThrownBy(() -> ReactionEmoji.custom("blob", null))
			.withMessageContaining("'emoji.id'");
		assertThat(Patch.of(null).cleared()).isTrue();
		assertThat(Patch.absent().present()).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new Patch<>(false, "x"));
	}

}
