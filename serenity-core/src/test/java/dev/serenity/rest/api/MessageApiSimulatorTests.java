package dev.serenity.rest.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.serenity.client.DiscordClient;
import dev.serenity.event.ChannelPinsUpdateEvent;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.event.MessageDeleteBulkEvent;
import dev.serenity.event.MessageDeleteEvent;
import dev.serenity.event.MessageReactionAddEvent;
import dev.serenity.event.MessageReactionRemoveAllEvent;
import dev.serenity.event.MessageReactionRemoveEmojiEvent;
import dev.serenity.event.MessageReactionRemoveEvent;
import dev.serenity.event.MessageUpdateEvent;
import dev.serenity.model.Embed;
import dev.serenity.model.Message;
import dev.serenity.model.MessageType;
import dev.serenity.model.Snowflake;
import dev.serenity.rest.DiscordRestException;
import dev.serenity.rest.JsonErrorCode;
import dev.serenity.rest.RestFile;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.Route;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.record.RestRecord;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.serenity.rest.api.SimulatedBot.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link MessageApi} against the simulator: each endpoint's request as the simulator received it, the world it
 * changed, the gateway dispatch a connected client got, and Discord's errors as typed exceptions.
 */
class MessageApiSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	/** GUILDS, GUILD_MESSAGES, GUILD_MESSAGE_REACTIONS, MESSAGE_CONTENT. */
	private static final long INTENTS = 1 | 512 | 1024 | 32768;

	private static List<Object> events;

	private static SimulatedBot bot;

	private static DiscordSimulator simulator;

	private static DiscordClient client;

	private static MessageApi api;

	private static SimGuild guild;

	private static SimChannel channel;

	private static SimUser alice;

	@BeforeAll
	static void start() {
		bot = new SimulatedBot(SimulatorConfig.builder().guilds(0).build());
		simulator = bot.simulator;
		events = bot.events;
		guild = simulator.control().createGuild("Messages");
		channel = simulator.control().defaultChannel(guild.id());
		alice = simulator.control().createUser("alice");
		simulator.control().addMember(guild.id(), alice.id());
		client = bot.connect(INTENTS).client;
		api = new MessageApi(client.rest());
	}

	@AfterAll
	static void stop() {
		bot.close();
	}

	@Test
	void createSendsTheBodyAndDispatchesMessageCreate() {
		Embed embed = new Embed("Title", null, "Description", null, null, 0xff0000, null, null, null, null, null, null,
				List.of(new Embed.Field("name", "value", true)), null);
		MessageCreate message = MessageCreate.builder()
			.content("hello <@" + alice.id() + ">")
			.embed(embed)
			.allowedMentions(AllowedMentions.none())
			.nonce("n-1")
			.tts(true)
			.build();
		Message sent = api.create(channelId(), message).block(TIMEOUT);
		assertThat(sent.content()).isEqualTo("hello <@" + alice.id() + ">");
		assertThat(sent.mentions()).isEmpty();
		assertThat(sent.embeds()).singleElement().satisfies((e) -> assertThat(e.title()).isEqualTo("Title"));
		JsonNode body = body(bot.last("POST", "/channels/" + channel.id() + "/messages"));
		assertThat(body.get("allowed_mentions").get("parse")).isEmpty();
		assertThat(body.get("allowed_mentions").get("replied_user").asBoolean()).isFalse();
		assertThat(body.get("nonce").asString()).isEqualTo("n-1");
		assertThat(body.get("embeds").get(0).get("fields").get(0).get("inline").asBoolean()).isTrue();
		SimMessage stored = stored(sent);
		assertThat(stored.tts()).isTrue();
		assertThat(stored.nonce()).isEqualTo("n-1");
		assertThat(bot.awaitEvent(MessageCreateEvent.class, (e) -> e.message().id().equals(sent.id())).message()
			.content()).isEqualTo(sent.content());
	}

	@Test
	void createWithFilesIsAMultipartUpload() {
		MessageCreate message = MessageCreate.builder()
			.content("report")
			.file(RestFile.of("report.txt", "hello".getBytes(StandardCharsets.UTF_8)))
			.file(new RestFile("pixel.png", new byte[] { 1, 2, 3 }, "image/png"))
			.build();
		Message sent = api.create(channelId(), message).block(TIMEOUT);
		RestRecord record = bot.last("POST", "/channels/" + channel.id() + "/messages");
		assertThat(record.contentType()).startsWith("multipart/form-data");
		assertThat(record.files()).containsExactly("files[0]=report.txt (5 bytes)", "files[1]=pixel.png (3 bytes)");
		assertThat(body(record).get("content").asString()).isEqualTo("report");
		assertThat(sent.attachments()).extracting((a) -> a.filename()).containsExactly("report.txt", "pixel.png");
		assertThat(stored(sent).attachments()).hasSize(2);
		bot.awaitEvent(MessageCreateEvent.class, (e) -> e.message().id().equals(sent.id()));
	}

	@Test
	void sayAndReplyReferToTheOriginal() {
		SimMessage fromAlice = simulator.control().say(alice.id(), channel.id(), "question?");
		Message original = bot.awaitEvent(MessageCreateEvent.class,
				(e) -> e.message().id().value() == fromAlice.id()).message();
		Message reply = api.reply(original, "answer").block(TIMEOUT);
		JsonNode reference = body(bot.last("POST", "/channels/" + channel.id() + "/messages")).get("message_reference");
		assertThat(reference.get("message_id").asString()).isEqualTo(Long.toString(fromAlice.id()));
		assertThat(reference.get("fail_if_not_exists").asBoolean()).isFalse();
		assertThat(reply.type()).isEqualTo(MessageType.REPLY);
		assertThat(stored(reply).referencedMessageId()).isEqualTo(fromAlice.id());
		bot.awaitEvent(MessageCreateEvent.class, (e) -> e.message().id().equals(reply.id()));

		simulator.control().deleteMessage(channel.id(), fromAlice.id());
		Message plain = api.reply(original, "original is gone").block(TIMEOUT);
		assertThat(plain.type()).isEqualTo(MessageType.DEFAULT);
		Message said = api.say(channelId(), "said").block(TIMEOUT);
		assertThat(stored(said).content()).isEqualTo("said");
		assertThat(body(bot.last("POST", "/channels/" + channel.id() + "/messages")).properties())
			.extracting(Map.Entry::getKey)
			.containsExactly("content");
	}

	@Test
	void editPatchesOnlyTheGivenFieldsAndDispatchesMessageUpdate() {
		Message sent = api.create(channelId(), MessageCreate.builder()
			.content("before")
			.embed(new Embed("E", null, null, null, null, null, null, null, null, null, null, null, null, null))
			.build()).block(TIMEOUT);
		Message edited = api.edit(channelId(), sent.id(), MessageEdit.builder().content("after").build())
			.block(TIMEOUT);
		assertThat(edited.content()).isEqualTo("after");
		assertThat(edited.embeds()).hasSize(1);
		assertThat(body(bot.last("PATCH", "/messages/" + sent.id().value())).properties()).extracting(Map.Entry::getKey)
			.containsExactly("content");
		assertThat(bot.awaitEvent(MessageUpdateEvent.class,
				(e) -> e.message().id().equals(sent.id()) && "after".equals(e.message().content())).message()
			.editedTimestamp()).isNotNull();

		Message cleared = api.edit(channelId(), sent.id(), MessageEdit.builder().clearEmbeds().build()).block(TIMEOUT);
		assertThat(cleared.embeds()).isEmpty();
		JsonNode body = body(bot.last("PATCH", "/messages/" + sent.id().value()));
		assertThat(body.has("embeds")).isTrue();
		assertThat(body.get("embeds").isNull()).isTrue();
		assertThat(body.has("content")).isFalse();
		assertThat(stored(sent).embeds()).isEmpty();
		assertThat(stored(sent).content()).isEqualTo("after");
	}

	@Test
	void editingAnotherUsersContentIsTheTypedError50005() {
		SimMessage fromAlice = simulator.control().say(alice.id(), channel.id(), "mine");
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.edit(channelId(), Snowflake.of(fromAlice.id()), MessageEdit.content("yours"))
				.block(TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(403);
				assertThat(ex.is(JsonErrorCode.CANNOT_EDIT_OTHER_USERS_MESSAGE)).isTrue();
			});
		Message suppressed = api.edit(channelId(), Snowflake.of(fromAlice.id()),
				MessageEdit.builder().flags(MessageCreate.SUPPRESS_EMBEDS).build()).block(TIMEOUT);
		assertThat(suppressed.flags() & MessageCreate.SUPPRESS_EMBEDS).isNotZero();
		assertThat(simulator.control().world().findMessage(fromAlice.id()).orElseThrow().content()).isEqualTo("mine");
	}

	@Test
	void getAndDeleteWithAuditLogReasonThenUnknownMessageIs10008() {
		Message sent = api.say(channelId(), "short-lived").block(TIMEOUT);
		assertThat(api.get(channelId(), sent.id()).block(TIMEOUT).content()).isEqualTo("short-lived");
		api.delete(channelId(), sent.id(), "cleaning up").block(TIMEOUT);
		RestRecord record = bot.last("DELETE", "/messages/" + sent.id().value());
		assertThat(record.status()).isEqualTo(204);
		assertThat(record.auditLogReason()).isEqualTo("cleaning up");
		assertThat(simulator.control().world().findMessage(sent.id().value())).isEmpty();
		bot.awaitEvent(MessageDeleteEvent.class, (e) -> e.id().equals(sent.id()) && e.channelId().equals(channelId()));
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.get(channelId(), sent.id()).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.is(JsonErrorCode.UNKNOWN_MESSAGE)).isTrue());
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.delete(channelId(), sent.id()).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.is(JsonErrorCode.UNKNOWN_MESSAGE)).isTrue());
	}

	@Test
	void bulkDeleteSendsTheIdsAndDispatchesOneEvent() {
		Message first = api.say(channelId(), "one").block(TIMEOUT);
		Message second = api.say(channelId(), "two").block(TIMEOUT);
		api.bulkDelete(channelId(), List.of(first.id(), second.id()), "tidy").block(TIMEOUT);
		RestRecord record = bot.last("POST", "/messages/bulk-delete");
		assertThat(body(record).get("messages").valueStream().map(JsonNode::asString))
			.containsExactly(Long.toString(first.id().value()), Long.toString(second.id().value()));
		assertThat(record.auditLogReason()).isEqualTo("tidy");
		assertThat(bot.awaitEvent(MessageDeleteBulkEvent.class, (e) -> e.ids().contains(first.id())).ids())
			.containsExactlyInAnyOrder(first.id(), second.id());
		Snowflake old = Snowflake.ofTimestamp(Instant.now().minus(Duration.ofDays(15)));
		Snowflake older = Snowflake.ofTimestamp(Instant.now().minus(Duration.ofDays(16)));
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.bulkDelete(channelId(), List.of(old, older)).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.is(JsonErrorCode.MESSAGE_TOO_OLD_TO_BULK_DELETE)).isTrue());
	}

	@Test
	void bulkDeleteOfOneIdIsRefusedByTheClientAndByDiscordAs50016() {
		Message only = api.say(channelId(), "alone").block(TIMEOUT);
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> api.bulkDelete(channelId(), List.of(only.id())))
			.withMessageContaining("'messageIds'");
		Route route = Route.post("/channels/{channel.id}/messages/bulk-delete", channel.id());
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> client.rest()
				.exchange(RestRequest.of(route).withBody(Map.of("messages", List.of(only.id()))))
				.block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.is(JsonErrorCode.INVALID_BULK_DELETE_COUNT)).isTrue());
	}

	@Test
	void listPagesWithLimitBeforeAfterAndAround() {
		SimChannel own = simulator.control().createChannel(guild.id(), "history", SimChannel.GUILD_TEXT);
		Snowflake id = Snowflake.of(own.id());
		List<Message> sent = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			sent.add(api.say(id, "m" + i).block(TIMEOUT));
		}
		assertThat(api.list(id, MessageQuery.latest(3)).block(TIMEOUT)).extracting(Message::content)
			.containsExactly("m4", "m3", "m2");
		assertThat(bot.last("GET", "/channels/" + own.id() + "/messages").query()).isEqualTo("limit=3");
		assertThat(api.list(id, MessageQuery.before(sent.get(3).id(), 2)).block(TIMEOUT)).extracting(Message::content)
			.containsExactly("m2", "m1");
		assertThat(bot.last("GET", "/channels/" + own.id() + "/messages").query())
			.isEqualTo("limit=2&before=" + sent.get(3).id().value());
		assertThat(api.stream(id, MessageQuery.after(sent.get(1).id(), 2)).collectList().block(TIMEOUT))
			.extracting(Message::content)
			.containsExactly("m3", "m2");
		assertThat(api.list(id, MessageQuery.around(sent.get(2).id(), 3)).block(TIMEOUT)).extracting(Message::content)
			.containsExactly("m3", "m2", "m1");
		assertThat(bot.last("GET", "/channels/" + own.id() + "/messages").query())
			.isEqualTo("limit=3&around=" + sent.get(2).id().value());
	}

	@Test
	void pinAndUnpinDispatchChannelPinsUpdate() {
		Message sent = api.say(channelId(), "pin me").block(TIMEOUT);
		events.clear();
		api.pin(channelId(), sent.id(), "important").block(TIMEOUT);
		RestRecord record = bot.last("PUT", "/messages/pins/" + sent.id().value());
		assertThat(record.status()).isEqualTo(204);
		assertThat(record.auditLogReason()).isEqualTo("important");
		assertThat(stored(sent).pinnedAt()).isNotNull();
		assertThat(bot.awaitEvent(ChannelPinsUpdateEvent.class, (e) -> e.channelId().equals(channelId()))
			.lastPinTimestamp()).isNotNull();
		events.clear();
		api.unpin(channelId(), sent.id(), null).block(TIMEOUT);
		assertThat(bot.last("DELETE", "/messages/pins/" + sent.id().value()).auditLogReason()).isNull();
		assertThat(stored(sent).pinnedAt()).isNull();
		bot.awaitEvent(ChannelPinsUpdateEvent.class, (e) -> e.channelId().equals(channelId()));
	}

	@Test
	void reactionsWithUnicodeAndCustomEmoji() {
		Message sent = api.say(channelId(), "react to me").block(TIMEOUT);
		ReactionEmoji thumbs = ReactionEmoji.unicode("👍");
		ReactionEmoji blob = ReactionEmoji.custom("blob", Snowflake.of(123456789012345678L));
		api.react(channelId(), sent.id(), thumbs).block(TIMEOUT);
		assertThat(bot.last("PUT", "/reactions/👍/@me").status()).isEqualTo(204);
		assertThat(bot.awaitEvent(MessageReactionAddEvent.class, (e) -> e.messageId().equals(sent.id())).emoji().name())
			.isEqualTo("👍");
		api.react(channelId(), sent.id(), blob).block(TIMEOUT);
		assertThat(bot.last("PUT", "/reactions/blob:123456789012345678/@me").status()).isEqualTo(204);
		assertThat(stored(sent).reactions()).hasSize(2);
		assertThat(bot.awaitEvent(MessageReactionAddEvent.class,
				(e) -> e.messageId().equals(sent.id()) && e.emoji().id() != null).emoji().name()).isEqualTo("blob");

		api.unreact(channelId(), sent.id(), thumbs).block(TIMEOUT);
		bot.awaitEvent(MessageReactionRemoveEvent.class, (e) -> e.messageId().equals(sent.id()));
		assertThat(stored(sent).reactions()).hasSize(1);
		api.clearReactions(channelId(), sent.id(), blob).block(TIMEOUT);
		bot.awaitEvent(MessageReactionRemoveEmojiEvent.class, (e) -> e.messageId().equals(sent.id()));
		api.react(channelId(), sent.id(), thumbs).block(TIMEOUT);
		api.clearReactions(channelId(), sent.id()).block(TIMEOUT);
		bot.awaitEvent(MessageReactionRemoveAllEvent.class, (e) -> e.messageId().equals(sent.id()));
		assertThat(stored(sent).reactions()).isEmpty();
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.react(channelId(), Snowflake.of(1), thumbs).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.is(JsonErrorCode.UNKNOWN_MESSAGE)).isTrue());
	}

	@Test
	void badInputFailsBeforeAnyRequestIsSent() {
		Snowflake message = Snowflake.of(42);
		simulator.recorder().clear();
		List<Runnable> calls = List.of(() -> api.say(channelId(), ""),
				() -> api.say(channelId(), "x".repeat(2001)),
				() -> api.create(null, MessageCreate.of("hi")),
				() -> api.create(Snowflake.of(0), MessageCreate.of("hi")),
				() -> api.create(channelId(), null),
				() -> api.edit(channelId(), message, MessageEdit.builder().build()),
				() -> api.bulkDelete(channelId(), List.of()),
				() -> api.bulkDelete(channelId(), List.of(message, message)),
				() -> api.bulkDelete(channelId(), java.util.stream.LongStream.rangeClosed(1, 101)
					.mapToObj(Snowflake::of).toList()),
				() -> api.list(channelId(), new MessageQuery(101, null, null, null)),
				() -> api.list(channelId(), new MessageQuery(10, message, message, null)),
				() -> api.react(channelId(), message, ReactionEmoji.unicode("a:b")),
				() -> api.delete(channelId(), message, " "),
				() -> api.get(channelId(), null));
		for (Runnable call : calls) {
			assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(call::run);
		}
		assertThat(simulator.recorder().rest()).isEmpty();
	}

	private static Snowflake channelId() {
		return Snowflake.of(channel.id());
	}

	private static SimMessage stored(Message message) {
		return simulator.control().world().findMessage(message.id().value()).orElseThrow();
	}
}
