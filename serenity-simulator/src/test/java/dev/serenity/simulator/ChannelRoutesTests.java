package dev.serenity.simulator;

import java.time.Duration;
import java.time.Instant;

import dev.serenity.simulator.HttpTestClient.Reply;
import dev.serenity.simulator.gateway.Intent;
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
 * The channel, thread and invite routes: Discord's validation and error codes, and the gateway event after each
 * change.
 */
class ChannelRoutesTests {

	private final ManualClock clock = new ManualClock(Instant.parse("2025-06-01T12:00:00Z"));

	private DiscordSimulator discord;

	private SimGuild guild;

	private SimUser alice;

	private SimChannel channel;

	private GatewayTestClient gateway;

	@BeforeEach
	void start() {
		this.discord = HttpTestClient.startWithRoomyLimits(this.clock);
		SimulatorControl.GuildWithMember scene = this.discord.control().createGuildWithMember("Channels", "alice");
		this.guild = scene.guild();
		this.alice = scene.member();
		this.channel = scene.channel();
		this.gateway = GatewayTestClient.identified(this.discord, Intent.GUILDS.bit() | Intent.GUILD_MESSAGES.bit()
				| Intent.GUILD_INVITES.bit() | Intent.GUILD_MESSAGE_TYPING.bit());
	}

	@AfterEach
	void stop() {
		this.gateway.close();
		this.discord.close();
	}

	private Reply rest(String method, String path, String body) {
		return HttpTestClient.bot(this.discord, method, path, body);
	}

	@Test
	void createGuildChannelNormalizesTheNameAndSendsChannelCreate() {
		Reply reply = rest("POST", "/guilds/" + id(this.guild.id()) + "/channels",
				"{\"name\":\"Bot Talk\",\"type\":0,\"topic\":\"about bots\",\"rate_limit_per_user\":5}");
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.body().path("name").asString()).isEqualTo("bot-talk");
		assertThat(reply.body().path("topic").asString()).isEqualTo("about bots");
		JsonNode created = this.gateway.awaitDispatch("CHANNEL_CREATE").path("d");
		assertThat(created.path("id").asString()).isEqualTo(reply.body().path("id").asString());
		assertThat(created.path("rate_limit_per_user").asInt()).isEqualTo(5);
		Reply list = rest("GET", "/guilds/" + id(this.guild.id()) + "/channels", null);
		assertThat(list.body()).hasSize(3);
	}

	@Test
	void createGuildChannelChecksNameTopicAndType() {
		String path = "/guilds/" + id(this.guild.id()) + "/channels";
		Reply noName = rest("POST", path, "{\"type\":0}");
		assertError(noName, 400, 50035);
		assertThat(fieldError(noName, "name")).isEqualTo("BASE_TYPE_REQUIRED");
		assertThat(fieldError(rest("POST", path, "{\"name\":\"" + "n".repeat(101) + "\"}"), "name"))
			.isEqualTo("BASE_TYPE_BAD_LENGTH");
		assertThat(fieldError(rest("POST", path, "{\"name\":\"t\",\"topic\":\"" + "t".repeat(1025) + "\"}"), "topic"))
			.isEqualTo("BASE_TYPE_MAX_LENGTH");
		assertThat(rest("POST", path, "{\"name\":\"f\",\"type\":15,\"topic\":\"" + "t".repeat(1025) + "\"}").status())
			.isEqualTo(200);
		assertThat(fieldError(rest("POST", path, "{\"name\":\"t\",\"type\":11}"), "type"))
			.isEqualTo("BASE_TYPE_CHOICES");
		assertError(rest("POST", "/guilds/1/channels", "{\"name\":\"x\"}"), 404, 10004);
	}

	@Test
	void modifyChannelPatchesGivenFieldsAndSendsChannelUpdate() {
		Reply reply = rest("PATCH", "/channels/" + id(this.channel.id()), "{\"topic\":\"new topic\",\"nsfw\":true}");
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		JsonNode update = this.gateway.awaitDispatch("CHANNEL_UPDATE").path("d");
		assertThat(update.path("topic").asString()).isEqualTo("new topic");
		assertThat(update.path("nsfw").asBoolean()).isTrue();
		assertThat(update.path("name").asString()).isEqualTo("general");
		SimChannel stored = this.discord.control().world().channel(this.channel.id());
		assertThat(stored.topic()).isEqualTo("new topic");
		assertThat(fieldError(rest("PATCH", "/channels/" + id(this.channel.id()), "{\"rate_limit_per_user\":21601}"),
				"rate_limit_per_user")).isEqualTo("NUMBER_TYPE_MAX");
		assertError(rest("PATCH", "/channels/1", "{\"name\":\"x\"}"), 404, 10003);
	}

	@Test
	void permissionOverwritesAreEditedAndDeleted() {
		String path = "/channels/" + id(this.channel.id()) + "/permissions/" + id(this.alice.id());
		assertThat(rest("PUT", path, "{\"type\":1,\"allow\":\"1024\",\"deny\":\"2048\"}").status()).isEqualTo(204);
		JsonNode update = this.gateway.awaitDispatch("CHANNEL_UPDATE").path("d");
		assertThat(update.path("permission_overwrites").path(0).path("allow").asString()).isEqualTo("1024");
		assertThat(fieldError(rest("PUT", path, "{\"allow\":\"1\"}"), "type")).isEqualTo("BASE_TYPE_REQUIRED");
		assertThat(rest("DELETE", path, null).status()).isEqualTo(204);
		assertThat(this.gateway.awaitDispatch("CHANNEL_UPDATE").path("d").path("permission_overwrites")).isEmpty();
		assertError(rest("DELETE", path, null), 404, 10009);
	}

	@Test
	void deleteChannelAnswersTheChannelAndSendsChannelDelete() {
		SimChannel doomed = this.discord.control().createChannel(this.guild.id(), "doomed", SimChannel.GUILD_TEXT);
		this.gateway.awaitDispatch("CHANNEL_CREATE");
		Reply reply = rest("DELETE", "/channels/" + id(doomed.id()), null);
		assertThat(reply.body().path("name").asString()).isEqualTo("doomed");
		assertThat(this.gateway.awaitDispatch("CHANNEL_DELETE").path("d").path("id").asString())
			.isEqualTo(id(doomed.id()));
		assertThat(this.discord.control().world().findChannel(doomed.id())).isEmpty();
		assertError(rest("GET", "/channels/" + id(doomed.id()), null), 404, 10003);
	}

	@Test
	void typingSendsTypingStartFromTheBot() {
		assertThat(rest("POST", "/channels/" + id(this.channel.id()) + "/typing", null).status()).isEqualTo(204);
		JsonNode typing = this.gateway.awaitDispatch("TYPING_START").path("d");
		assertThat(typing.path("user_id").asString()).isEqualTo(id(this.discord.control().world().bot().id()));
		assertThat(typing.path("timestamp").asLong()).isEqualTo(this.clock.instant().getEpochSecond());
	}

	@Test
	void threadFromMessageSendsThreadCreateAndRefusesASecondThread() {
		SimMessage message = this.discord.control().say(this.alice.id(), this.channel.id(), "discuss");
		String path = "/channels/" + id(this.channel.id()) + "/messages/" + id(message.id()) + "/threads";
		Reply reply = rest("POST", path, "{\"name\":\"Discussion\",\"auto_archive_duration\":60}");
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.body().path("id").asString()).isEqualTo(id(message.id()));
		assertThat(reply.body().path("type").asInt()).isEqualTo(SimChannel.PUBLIC_THREAD);
		assertThat(reply.body().path("thread_metadata").path("auto_archive_duration").asInt()).isEqualTo(60);
		JsonNode created = this.gateway.awaitDispatch("THREAD_CREATE").path("d");
		assertThat(created.path("newly_created").asBoolean()).isTrue();
		assertThat(this.gateway.awaitDispatch("THREAD_MEMBER_UPDATE").path("d").path("id").asString())
			.isEqualTo(id(message.id()));
		assertError(rest("POST", path, "{\"name\":\"Again\"}"), 400, 160004);
		assertThat(fieldError(rest("POST", path, "{\"name\":\"x\",\"auto_archive_duration\":61}"),
				"auto_archive_duration")).isEqualTo("BASE_TYPE_CHOICES");
	}

	@Test
	void threadsCannotStartInVoiceChannels() {
		SimChannel voice = this.discord.control().defaultChannel(this.guild.id());
		for (SimChannel candidate : this.discord.control().world().channelsOf(this.guild)) {
			if (candidate.type() == SimChannel.GUILD_VOICE) {
				voice = candidate;
			}
		}
		assertError(rest("POST", "/channels/" + id(voice.id()) + "/threads", "{\"name\":\"x\"}"), 400, 50024);
	}

	@Test
	void threadMembersJoinLeaveAndArchivedThreadsRefuseChanges() {
		Reply thread = rest("POST", "/channels/" + id(this.channel.id()) + "/threads",
				"{\"name\":\"private\",\"type\":12}");
		String threadId = thread.body().path("id").asString();
		this.gateway.awaitDispatch("THREAD_CREATE");
		String members = "/channels/" + threadId + "/thread-members/";
		assertThat(rest("PUT", members + id(this.alice.id()), null).status()).isEqualTo(204);
		assertThat(rest("GET", members + id(this.alice.id()) + "?with_member=true", null).body().path("member")
			.path("user").path("id").asString()).isEqualTo(id(this.alice.id()));
		assertThat(rest("GET", "/channels/" + threadId + "/thread-members", null).body()).hasSize(2);
		assertThat(rest("DELETE", members + "@me", null).status()).isEqualTo(204);
		JsonNode removed = this.gateway.awaitDispatch("THREAD_MEMBERS_UPDATE").path("d");
		assertThat(removed.path("removed_member_ids").path(0).asString())
			.isEqualTo(id(this.discord.control().world().bot().id()));
		Reply archived = rest("PATCH", "/channels/" + threadId, "{\"archived\":true}");
		assertThat(archived.body().path("thread_metadata").path("archived").asBoolean()).isTrue();
		assertThat(this.gateway.awaitDispatch("THREAD_UPDATE").path("d").path("id").asString()).isEqualTo(threadId);
		assertError(rest("PUT", members + "@me", null), 400, 50083);
		JsonNode page = rest("GET", "/channels/" + id(this.channel.id()) + "/threads/archived/private", null).body();
		assertThat(page.path("threads").path(0).path("id").asString()).isEqualTo(threadId);
		assertThat(page.path("has_more").asBoolean()).isFalse();
		assertThat(rest("GET", "/guilds/" + id(this.guild.id()) + "/threads/active", null).body().path("threads"))
			.isEmpty();
		assertError(rest("PUT", "/channels/" + id(this.channel.id()) + "/thread-members/@me", null), 400, 50024);
	}

	@Test
	void forumPostCreatesTheThreadAndItsFirstMessage() {
		SimChannel forum = this.discord.control().createChannel(this.guild.id(), "forum", SimChannel.GUILD_FORUM);
		this.gateway.awaitDispatch("CHANNEL_CREATE");
		Reply reply = rest("POST", "/channels/" + id(forum.id()) + "/threads",
				"{\"name\":\"Question\",\"message\":{\"content\":\"How?\"}}");
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.body().path("message").path("content").asString()).isEqualTo("How?");
		assertThat(reply.body().path("message").path("channel_id").asString())
			.isEqualTo(reply.body().path("id").asString());
		this.gateway.awaitDispatch("THREAD_CREATE");
		assertThat(this.gateway.awaitDispatch("MESSAGE_CREATE").path("d").path("content").asString()).isEqualTo("How?");
		String threadId = reply.body().path("id").asString();
		this.discord.control().say(this.alice.id(), Long.parseUnsignedLong(threadId), "Like this");
		JsonNode thread = rest("GET", "/channels/" + threadId, null).body();
		assertThat(thread.path("message_count").asInt()).as("the first message does not count").isEqualTo(1);
		assertThat(thread.path("member_count").asInt()).isEqualTo(1);
		assertError(rest("POST", "/channels/" + id(forum.id()) + "/threads", "{\"name\":\"Empty\",\"message\":{}}"),
				400, 50006);
	}

	@Test
	void invitesAreCreatedReusedReadAndDeleted() {
		String path = "/channels/" + id(this.channel.id()) + "/invites";
		Reply created = rest("POST", path, "{\"max_age\":3600,\"max_uses\":5}");
		assertThat(created.status()).as(created.text()).isEqualTo(200);
		String code = created.body().path("code").asString();
		assertThat(created.body().path("max_uses").asInt()).isEqualTo(5);
		assertThat(created.body().path("expires_at").asString()).isEqualTo("2025-06-01T13:00:00.000000+00:00");
		JsonNode event = this.gateway.awaitDispatch("INVITE_CREATE").path("d");
		assertThat(event.path("code").asString()).isEqualTo(code);
		assertThat(rest("POST", path, "{\"max_age\":3600,\"max_uses\":5}").body().path("code").asString())
			.isEqualTo(code);
		assertThat(rest("POST", path, "{\"max_age\":3600,\"max_uses\":5,\"unique\":true}").body().path("code")
			.asString()).isNotEqualTo(code);
		assertThat(rest("GET", path, null).body()).hasSize(2);
		assertThat(fieldError(rest("POST", path, "{\"max_age\":604801}"), "max_age")).isEqualTo("NUMBER_TYPE_MAX");
		assertThat(rest("GET", "/invites/" + code + "?with_counts=true", null).body()
			.path("approximate_member_count").asInt()).isEqualTo(3);
		assertThat(rest("DELETE", "/invites/" + code, null).body().path("code").asString()).isEqualTo(code);
		assertThat(this.gateway.awaitDispatch("INVITE_DELETE").path("d").path("code").asString()).isEqualTo(code);
		assertError(rest("GET", "/invites/" + code, null), 404, 10006);
		this.clock.advance(Duration.ofHours(2));
		assertThat(rest("GET", path, null).body()).isEmpty();
	}

}
