package dev.serenity.simulator;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.serenity.simulator.HttpTestClient.FilePart;
import dev.serenity.simulator.HttpTestClient.Reply;
import dev.serenity.simulator.gateway.Intent;
import dev.serenity.simulator.record.RestRecord;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimMessage;
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
 * The message routes: Discord's validation and error codes, and the gateway event after each change.
 */
class MessageRoutesTests {

	private final ManualClock clock = new ManualClock(Instant.parse("2025-06-01T12:00:00Z"));

	private DiscordSimulator discord;

	private SimUser alice;

	private SimChannel channel;

	private String messages;

	private GatewayTestClient gateway;

	@BeforeEach
	void start() {
		this.discord = HttpTestClient.startWithRoomyLimits(this.clock);
		SimGuild guild = this.discord.control().createGuild("Messages");
		this.alice = this.discord.control().createUser("alice");
		this.discord.control().addMember(guild.id(), this.alice.id());
		this.channel = this.discord.control().defaultChannel(guild.id());
		this.messages = "/channels/" + id(this.channel.id()) + "/messages";
		this.gateway = GatewayTestClient.identified(this.discord, Intent.GUILDS.bit() | Intent.GUILD_MESSAGES.bit()
				| Intent.GUILD_MESSAGE_REACTIONS.bit() | Intent.MESSAGE_CONTENT.bit());
	}

	@AfterEach
	void stop() {
		this.gateway.close();
		this.discord.close();
	}

	private Reply rest(String method, String path, String body) {
		return HttpTestClient.bot(this.discord, method, path, body);
	}

	/** Send a message as the bot and consume its MESSAGE_CREATE. */
	private String create(String content) {
		Reply reply = rest("POST", this.messages, "{\"content\":\"" + content + "\"}");
		assertThat(reply.status()).isEqualTo(200);
		String id = reply.body().path("id").asString();
		assertThat(this.gateway.awaitDispatch("MESSAGE_CREATE").path("d").path("id").asString()).isEqualTo(id);
		return id;
	}

	private SimMessage aliceSays(String content) {
		SimMessage message = this.discord.control().say(this.alice.id(), this.channel.id(), content);
		this.gateway.awaitDispatch("MESSAGE_CREATE");
		return message;
	}

	@Test
	void editingOwnMessageChangesContentAndSendsMessageUpdate() {
		String id = create("first");
		this.clock.advance(Duration.ofSeconds(3));
		Reply edited = rest("PATCH", this.messages + "/" + id, "{\"content\":\"second <@" + id(this.alice.id()) + ">\"}");
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.body().path("content").asString()).startsWith("second");
		assertThat(edited.body().path("edited_timestamp").asString()).isEqualTo("2025-06-01T12:00:03.000000+00:00");
		assertThat(edited.body().path("mentions").path(0).path("id").asString()).isEqualTo(id(this.alice.id()));
		JsonNode update = this.gateway.awaitDispatch("MESSAGE_UPDATE").path("d");
		assertThat(update.path("id").asString()).isEqualTo(id);
		assertThat(update.path("content").asString()).startsWith("second");
		assertThat(update.path("guild_id").asString()).isEqualTo(id(this.channel.guildId()));
		assertThat(this.discord.control().world().findMessage(Long.parseUnsignedLong(id)).orElseThrow().content())
			.startsWith("second");
	}

	@Test
	void editingAnotherUsersContentGets50005ButFlagsMayChange() {
		SimMessage said = aliceSays("alice's words");
		Reply content = rest("PATCH", this.messages + "/" + id(said.id()), "{\"content\":\"not yours\"}");
		assertError(content, 403, 50005);
		Reply flags = rest("PATCH", this.messages + "/" + id(said.id()), "{\"flags\":4}");
		assertThat(flags.status()).isEqualTo(200);
		assertThat(flags.body().path("flags").asInt()).isEqualTo(4);
		assertThat(flags.body().path("content").asString()).isEqualTo("alice's words");
		assertThat(flags.body().path("edited_timestamp").isNull()).isTrue();
		assertThat(this.gateway.awaitDispatch("MESSAGE_UPDATE").path("d").path("flags").asInt()).isEqualTo(4);
		assertError(rest("PATCH", this.messages + "/" + id(said.id()) + "1", "{\"flags\":4}"), 404, 10008);
	}

	@Test
	void editThatEmptiesTheMessageGets50006() {
		String id = create("text");
		assertError(rest("PATCH", this.messages + "/" + id, "{\"content\":null}"), 400, 50006);
		assertError(rest("PATCH", this.messages + "/" + id, "{\"content\":\"" + "x".repeat(2001) + "\"}"), 400, 50035);
	}

	@Test
	void deletingAMessageAnswers204AndSendsMessageDelete() {
		String id = create("short-lived");
		Reply deleted = rest("DELETE", this.messages + "/" + id, null);
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(deleted.text()).isEmpty();
		JsonNode event = this.gateway.awaitDispatch("MESSAGE_DELETE").path("d");
		assertThat(event.path("id").asString()).isEqualTo(id);
		assertThat(event.path("channel_id").asString()).isEqualTo(id(this.channel.id()));
		assertThat(event.path("guild_id").asString()).isEqualTo(id(this.channel.guildId()));
		assertError(rest("DELETE", this.messages + "/" + id, null), 404, 10008);
		assertError(rest("GET", this.messages + "/" + id, null), 404, 10008);
	}

	@Test
	void bulkDeleteTakesTwoToHundredRecentDistinctIds() {
		String first = create("one");
		String second = create("two");
		String third = create("three");
		assertError(rest("POST", this.messages + "/bulk-delete", "{\"messages\":[\"" + first + "\"]}"), 400, 50016);
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			many.add("\"" + (Long.parseUnsignedLong(first) + i) + "\"");
		}
		assertError(rest("POST", this.messages + "/bulk-delete", "{\"messages\":" + many + "}"), 400, 50016);
		Reply duplicate = rest("POST", this.messages + "/bulk-delete",
				"{\"messages\":[\"" + first + "\",\"" + first + "\"]}");
		assertError(duplicate, 400, 50035);
		assertThat(fieldError(duplicate, "messages")).isEqualTo("BASE_TYPE_DUPLICATES");
		long old = (this.clock.millis() - Duration.ofDays(15).toMillis() - Snowflakes.DISCORD_EPOCH) << 22;
		assertError(rest("POST", this.messages + "/bulk-delete", "{\"messages\":[\"" + first + "\",\"" + old + "\"]}"),
				400, 50034);
		assertError(rest("POST", this.messages + "/bulk-delete", "{}"), 400, 50035);

		long unknown = Long.parseUnsignedLong(third) + 1000;
		Reply deleted = rest("POST", this.messages + "/bulk-delete",
				"{\"messages\":[\"" + first + "\",\"" + second + "\",\"" + unknown + "\"]}");
		assertThat(deleted.status()).isEqualTo(204);
		JsonNode event = this.gateway.awaitDispatch("MESSAGE_DELETE_BULK").path("d");
		assertThat(event.path("ids").valueStream().map(JsonNode::asString).toList()).containsExactly(first, second);
		assertThat(event.path("channel_id").asString()).isEqualTo(id(this.channel.id()));
		assertThat(this.discord.control().world().messages()).extracting(SimMessage::id)
			.containsExactly(Long.parseUnsignedLong(third));

		SimChannel dm = this.discord.control().world().dmChannel(this.alice.id());
		assertError(rest("POST", "/channels/" + id(dm.id()) + "/messages/bulk-delete",
				"{\"messages\":[\"" + third + "\",\"" + third + "1\"]}"), 403, 50003);
	}

	@Test
	void channelMessagesArePagedNewestFirst() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(create("m" + i));
		}
		assertThat(page("?limit=2")).containsExactly(ids.get(4), ids.get(3));
		assertThat(page("")).containsExactly(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));
		assertThat(page("?before=" + ids.get(2))).containsExactly(ids.get(1), ids.get(0));
		assertThat(page("?after=" + ids.get(1) + "&limit=2")).containsExactly(ids.get(3), ids.get(2));
		assertThat(page("?around=" + ids.get(2) + "&limit=3")).containsExactly(ids.get(3), ids.get(2), ids.get(1));
		Reply tooMany = rest("GET", this.messages + "?limit=101", null);
		assertError(tooMany, 400, 50035);
		assertThat(fieldError(tooMany, "limit")).isEqualTo("NUMBER_TYPE_MAX");
		assertThat(fieldError(rest("GET", this.messages + "?before=abc", null), "before"))
			.isEqualTo("NUMBER_TYPE_COERCE");
	}

	private List<String> page(String query) {
		Reply reply = rest("GET", this.messages + query, null);
		assertThat(reply.status()).isEqualTo(200);
		return reply.body().valueStream().map((message) -> message.path("id").asString()).toList();
	}

	@Test
	void pinningSendsChannelPinsUpdateAndPostsTheNotice() {
		String id = create("pin me");
		this.clock.advance(Duration.ofSeconds(2));
		Reply pinned = rest("PUT", this.messages + "/pins/" + id, null);
		assertThat(pinned.status()).isEqualTo(204);
		JsonNode update = this.gateway.awaitDispatch("CHANNEL_PINS_UPDATE").path("d");
		assertThat(update.path("channel_id").asString()).isEqualTo(id(this.channel.id()));
		assertThat(update.path("last_pin_timestamp").asString()).isEqualTo("2025-06-01T12:00:02.000000+00:00");
		JsonNode notice = this.gateway.awaitDispatch("MESSAGE_CREATE").path("d");
		assertThat(notice.path("type").asInt()).isEqualTo(6);
		assertThat(notice.path("message_reference").path("message_id").asString()).isEqualTo(id);

		JsonNode pins = rest("GET", this.messages + "/pins", null).body();
		assertThat(pins.path("items").path(0).path("message").path("id").asString()).isEqualTo(id);
		assertThat(pins.path("items").path(0).path("message").path("pinned").asBoolean()).isTrue();
		assertThat(pins.path("items").path(0).path("pinned_at").asString()).isEqualTo("2025-06-01T12:00:02.000000+00:00");
		assertThat(pins.path("has_more").asBoolean(true)).isFalse();
		assertThat(rest("GET", "/channels/" + id(this.channel.id()) + "/pins", null).body().path(0).path("id")
			.asString()).as("the deprecated route").isEqualTo(id);

		assertThat(rest("DELETE", "/channels/" + id(this.channel.id()) + "/pins/" + id, null).status()).isEqualTo(204);
		assertThat(this.gateway.awaitDispatch("CHANNEL_PINS_UPDATE").path("d").path("last_pin_timestamp").isNull())
			.isTrue();
		assertThat(rest("GET", this.messages + "/pins", null).body().path("items").isEmpty()).isTrue();
		assertError(rest("PUT", this.messages + "/pins/" + notice.path("id").asString(), null), 400, 50021);
		assertError(rest("PUT", this.messages + "/pins/1", null), 404, 10008);
	}

	@Test
	void reactionsAreAddedListedAndRemovedWithTheirEvents() {
		String id = create("react to me");
		String thumbs = URLEncoder.encode("👍", StandardCharsets.UTF_8);
		String reactions = this.messages + "/" + id + "/reactions/";
		assertThat(rest("PUT", reactions + thumbs + "/@me", null).status()).isEqualTo(204);
		JsonNode add = this.gateway.awaitDispatch("MESSAGE_REACTION_ADD").path("d");
		assertThat(add.path("user_id").asString()).isEqualTo(id(this.discord.botUserId()));
		assertThat(add.path("emoji").path("name").asString()).isEqualTo("👍");
		assertThat(add.path("emoji").path("id").isNull()).isTrue();
		assertThat(add.path("message_author_id").asString()).isEqualTo(id(this.discord.botUserId()));
		assertThat(add.path("member").path("user").path("id").asString()).isEqualTo(id(this.discord.botUserId()));

		this.discord.control().react(this.alice.id(), this.channel.id(), Long.parseUnsignedLong(id), "👍");
		this.gateway.awaitDispatch("MESSAGE_REACTION_ADD");
		JsonNode reaction = rest("GET", this.messages + "/" + id, null).body().path("reactions").path(0);
		assertThat(reaction.path("count").asInt()).isEqualTo(2);
		assertThat(reaction.path("me").asBoolean()).isTrue();
		assertThat(rest("GET", reactions + thumbs, null).body().valueStream().map((u) -> u.path("id").asString()))
			.containsExactlyInAnyOrder(id(this.discord.botUserId()), id(this.alice.id()));

		assertThat(rest("DELETE", reactions + thumbs + "/@me", null).status()).isEqualTo(204);
		assertThat(this.gateway.awaitDispatch("MESSAGE_REACTION_REMOVE").path("d").path("user_id").asString())
			.isEqualTo(id(this.discord.botUserId()));
		assertThat(rest("PUT", reactions + "blob:123456/@me", null).status()).isEqualTo(204);
		assertThat(this.gateway.awaitDispatch("MESSAGE_REACTION_ADD").path("d").path("emoji").path("id").asString())
			.isEqualTo("123456");
		assertThat(rest("DELETE", reactions, null).status()).isEqualTo(204);
		assertThat(this.gateway.awaitDispatch("MESSAGE_REACTION_REMOVE_ALL").path("d").path("message_id").asString())
			.isEqualTo(id);
		assertThat(rest("GET", this.messages + "/" + id, null).body().has("reactions")).isFalse();
		assertError(rest("PUT", reactions + "thumbsup/@me", null), 400, 10014);
	}

	@Test
	void aMessageTakesAtMostTwentyDifferentEmojis() {
		String id = create("many reactions");
		for (int i = 0; i < 20; i++) {
			assertThat(rest("PUT", this.messages + "/" + id + "/reactions/e" + i + ":" + (1000 + i) + "/@me", null)
				.status()).isEqualTo(204);
		}
		assertError(rest("PUT", this.messages + "/" + id + "/reactions/e20:2000/@me", null), 400, 30010);
	}

	@Test
	void embedsAreStoredEchoedAndChecked() {
		Reply reply = rest("POST", this.messages,
				"{\"embeds\":[{\"title\":\"Hello, Embed!\",\"description\":\"An embed\",\"fields\":[{\"name\":\"a\","
						+ "\"value\":\"b\"}]}]}");
		assertThat(reply.status()).isEqualTo(200);
		JsonNode embed = reply.body().path("embeds").path(0);
		assertThat(embed.path("title").asString()).isEqualTo("Hello, Embed!");
		assertThat(embed.path("type").asString()).isEqualTo("rich");
		assertThat(this.gateway.awaitDispatch("MESSAGE_CREATE").path("d").path("embeds").path(0).path("fields").path(0)
			.path("value").asString()).isEqualTo("b");
		String id = reply.body().path("id").asString();
		assertThat(rest("GET", this.messages + "/" + id, null).body().path("embeds").path(0).path("description")
			.asString()).isEqualTo("An embed");
		Reply long_ = rest("POST", this.messages, "{\"embeds\":[{\"title\":\"" + "t".repeat(257) + "\"}]}");
		assertError(long_, 400, 50035);
		assertThat(fieldError(long_, "embeds", "0", "title")).isEqualTo("BASE_TYPE_MAX_LENGTH");
		String big = "{\"description\":\"" + "d".repeat(4000) + "\"}";
		Reply tooBig = rest("POST", this.messages, "{\"embeds\":[" + big + "," + big + "]}");
		assertThat(fieldError(tooBig, "embeds")).isEqualTo("MAX_EMBED_SIZE_EXCEEDED");
	}

	@Test
	void aReplyReferencesItsMessageAndMentionsTheAuthorUnlessTold() {
		SimMessage question = aliceSays("question?");
		Reply reply = rest("POST", this.messages,
				"{\"content\":\"answer\",\"message_reference\":{\"message_id\":\"" + id(question.id()) + "\"}}");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().path("type").asInt()).isEqualTo(19);
		assertThat(reply.body().path("message_reference").path("message_id").asString()).isEqualTo(id(question.id()));
		assertThat(reply.body().path("referenced_message").path("content").asString()).isEqualTo("question?");
		assertThat(reply.body().path("mentions").path(0).path("id").asString()).isEqualTo(id(this.alice.id()));
		Reply quiet = rest("POST", this.messages, "{\"content\":\"quiet\",\"allowed_mentions\":{\"parse\":[]},"
				+ "\"message_reference\":{\"message_id\":\"" + id(question.id()) + "\"}}");
		assertThat(quiet.body().path("mentions").isEmpty()).isTrue();
		Reply unknown = rest("POST", this.messages,
				"{\"content\":\"x\",\"message_reference\":{\"message_id\":\"12345\"}}");
		assertThat(fieldError(unknown, "message_reference")).isEqualTo("MESSAGE_REFERENCE_UNKNOWN_MESSAGE");
		Reply lenient = rest("POST", this.messages,
				"{\"content\":\"x\",\"message_reference\":{\"message_id\":\"12345\",\"fail_if_not_exists\":false}}");
		assertThat(lenient.body().path("type").asInt()).isZero();
	}

	@Test
	void allowedMentionsMayNotParseAndListTheSameType() {
		String mention = "<@" + id(this.alice.id()) + ">";
		Reply both = rest("POST", this.messages, "{\"content\":\"" + mention + "\",\"allowed_mentions\":{\"parse\":"
				+ "[\"users\"],\"users\":[\"" + id(this.alice.id()) + "\"]}}");
		assertError(both, 400, 50035);
		assertThat(fieldError(both, "allowed_mentions")).isEqualTo("MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE");
		Reply badType = rest("POST", this.messages, "{\"content\":\"x\",\"allowed_mentions\":{\"parse\":[\"all\"]}}");
		assertThat(fieldError(badType, "allowed_mentions", "parse", "0")).isEqualTo("BASE_TYPE_CHOICES");
		Reply emptyList = rest("POST", this.messages, "{\"content\":\"" + mention + " @everyone\",\"allowed_mentions\":"
				+ "{\"parse\":[\"users\"],\"users\":[]}}");
		assertThat(emptyList.status()).isEqualTo(200);
		assertThat(emptyList.body().path("mentions").path(0).path("id").asString()).isEqualTo(id(this.alice.id()));
		assertThat(emptyList.body().path("mention_everyone").asBoolean(true)).isFalse();
		Reply listed = rest("POST", this.messages, "{\"content\":\"" + mention + " @everyone\",\"allowed_mentions\":"
				+ "{\"parse\":[\"everyone\"],\"users\":[]}}");
		assertThat(listed.body().path("mentions").isEmpty()).isTrue();
		assertThat(listed.body().path("mention_everyone").asBoolean()).isTrue();
	}

	@Test
	void multipartUploadsBecomeAttachmentsServedAtTheirUrl() throws Exception {
		byte[] text = "hello, file".getBytes(StandardCharsets.UTF_8);
		byte[] image = new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 1, 2 };
		Map<String, FilePart> files = new LinkedHashMap<>();
		files.put("files[0]", new FilePart("notes.txt", "text/plain", text));
		files.put("files[1]", new FilePart("cat.png", "image/png", image));
		Reply reply = HttpTestClient.multipart(this.discord, "POST", this.messages,
				"{\"content\":\"with files\",\"attachments\":[{\"id\":1,\"description\":\"A cat\"}]}", files);
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.body().path("content").asString()).isEqualTo("with files");
		JsonNode attachments = reply.body().path("attachments");
		assertThat(attachments.size()).isEqualTo(2);
		assertThat(attachments.path(0).path("filename").asString()).isEqualTo("notes.txt");
		assertThat(attachments.path(0).path("size").asInt()).isEqualTo(text.length);
		assertThat(attachments.path(0).path("content_type").asString()).isEqualTo("text/plain");
		assertThat(attachments.path(1).path("description").asString()).isEqualTo("A cat");
		assertThat(attachments.path(1).path("content_type").asString()).isEqualTo("image/png");
		HttpResponse<byte[]> download = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(attachments.path(1).path("url").asString())).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(image);
		assertThat(this.gateway.awaitDispatch("MESSAGE_CREATE").path("d").path("attachments").size()).isEqualTo(2);
		RestRecord record = this.discord.recorder().rest().get(0);
		assertThat(record.body()).contains("with files");
		assertThat(record.files()).containsExactly("files[0]=notes.txt (11 bytes)", "files[1]=cat.png (11 bytes)");

		Reply fileOnly = HttpTestClient.multipart(this.discord, "POST", this.messages, "{}",
				Map.of("files[0]", new FilePart("only.txt", "text/plain", text)));
		assertThat(fileOnly.status()).as("a file alone is not an empty message").isEqualTo(200);
	}

	@Test
	void anEditKeepsOnlyTheListedAttachmentsAndAppendsNewFiles() {
		Map<String, FilePart> files = new LinkedHashMap<>();
		files.put("files[0]", new FilePart("a.txt", "text/plain", new byte[] { 'a' }));
		files.put("files[1]", new FilePart("b.txt", "text/plain", new byte[] { 'b' }));
		JsonNode created = HttpTestClient.multipart(this.discord, "POST", this.messages, "{\"content\":\"files\"}",
				files).body();
		this.gateway.awaitDispatch("MESSAGE_CREATE");
		String id = created.path("id").asString();
		String keep = created.path("attachments").path(0).path("id").asString();
		Reply edited = HttpTestClient.multipart(this.discord, "PATCH", this.messages + "/" + id,
				"{\"attachments\":[{\"id\":\"" + keep + "\"},{\"id\":0,\"description\":\"new\"}]}",
				Map.of("files[0]", new FilePart("c.txt", "text/plain", new byte[] { 'c' })));
		assertThat(edited.status()).as(edited.text()).isEqualTo(200);
		assertThat(edited.body().path("attachments").valueStream().map((a) -> a.path("filename").asString()))
			.containsExactly("a.txt", "c.txt");
		assertThat(edited.body().path("attachments").path(1).path("description").asString()).isEqualTo("new");
		assertThat(this.gateway.awaitDispatch("MESSAGE_UPDATE").path("d").path("attachments").size()).isEqualTo(2);
		Reply dropAll = rest("PATCH", this.messages + "/" + id, "{\"attachments\":[]}");
		assertThat(dropAll.body().path("attachments").isEmpty()).isTrue();
		assertThat(dropAll.body().path("content").asString()).isEqualTo("files");
	}

	@Test
	void aBodyOfAnotherContentTypeGets50035() {
		Reply reply = HttpTestClient.bot(this.discord, "POST", this.messages, "{\"content\":\"hi\"}",
				Map.of("Content-Type", "text/plain"));
		assertError(reply, 400, 50035);
		assertThat(reply.body().path("errors").path("_errors").path(0).path("code").asString())
			.isEqualTo("CONTENT_TYPE_INVALID");
	}

	@Test
	void enforcedNonceReturnsTheEarlierMessage() {
		String body = "{\"content\":\"once\",\"nonce\":\"abc\",\"enforce_nonce\":true}";
		Reply first = rest("POST", this.messages, body);
		Reply second = rest("POST", this.messages, body);
		assertThat(second.body().path("id").asString()).isEqualTo(first.body().path("id").asString());
		assertThat(first.body().path("nonce").asString()).isEqualTo("abc");
		assertThat(this.discord.control().world().messages()).hasSize(1);
		assertError(rest("POST", this.messages, "{\"content\":\"x\",\"nonce\":\"" + "n".repeat(26) + "\"}"), 400, 50035);
	}

	@Test
	void aCategoryTakesNoMessages() {
		SimChannel category = this.discord.control()
			.createChannel(this.channel.guildId(), "Category", SimChannel.GUILD_CATEGORY);
		assertError(rest("POST", "/channels/" + id(category.id()) + "/messages", "{\"content\":\"x\"}"), 400, 50008);
	}

}
