package dev.serenity.rest.api;

import java.util.List;
import java.util.Map;

import dev.serenity.event.MessageCreateEvent;
import dev.serenity.event.ThreadCreateEvent;
import dev.serenity.event.ThreadDeleteEvent;
import dev.serenity.event.ThreadMemberUpdateEvent;
import dev.serenity.event.ThreadMembersUpdateEvent;
import dev.serenity.event.ThreadUpdateEvent;
import dev.serenity.model.Channel;
import dev.serenity.model.ChannelType;
import dev.serenity.model.Snowflake;
import dev.serenity.model.ThreadList;
import dev.serenity.model.ThreadMember;
import dev.serenity.rest.DiscordRestException;
import dev.serenity.rest.JsonErrorCode;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimGuild;
import dev.serenity.simulator.world.SimMessage;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.serenity.rest.api.SimulatedBot.TIMEOUT;
import static dev.serenity.rest.api.SimulatedBot.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link ThreadApi} (and thread changes through {@link ChannelApi}) against the simulator: the request received, the
 * world changed, the THREAD_* dispatch the client got, and Discord's errors as typed exceptions.
 */
class ThreadApiSimulatorTests {

	private static SimulatedBot bot;

	private static ThreadApi api;

	private static ChannelApi channels;

	private static SimGuild guild;

	private static SimChannel general;

	private static SimUser alice;

	@BeforeAll
	static void start() {
		bot = new SimulatedBot();
		var scene = bot.simulator.control().createGuildWithMember("Threads", "alice");
		guild = scene.guild();
		general = scene.channel();
		alice = scene.member();
		api = new ThreadApi(bot.client.rest());
		channels = new ChannelApi(bot.client.rest());
	}

	@AfterAll
	static void stop() {
		bot.close();
	}

	private static Snowflake id(long id) {
		return Snowflake.of(id);
	}

	@Test
	void startFromMessageDispatchesThreadCreateAndRefusesASecondThread() {
		SimMessage message = bot.simulator.control().say(alice.id(), general.id(), "let's discuss");
		Channel thread = api.startFromMessage(id(general.id()), id(message.id()), ThreadCreate.builder("Discussion")
			.autoArchiveDuration(60)
			.type(ChannelType.PRIVATE_THREAD)
			.build()).block(TIMEOUT);
		assertThat(thread.id().value()).isEqualTo(message.id());
		assertThat(thread.type()).isEqualTo(ChannelType.PUBLIC_THREAD);
		assertThat(thread.threadMetadata().autoArchiveDuration()).isEqualTo(60);
		assertThat(body(bot.last("POST", "/messages/" + message.id() + "/threads")).properties())
			.extracting(Map.Entry::getKey)
			.containsExactly("name", "auto_archive_duration");
		ThreadCreateEvent created = bot.awaitEvent(ThreadCreateEvent.class, (e) -> e.thread().id().equals(thread.id()));
		assertThat(created.newlyCreated()).isTrue();
		bot.awaitEvent(ThreadMemberUpdateEvent.class, (e) -> thread.id().equals(e.member().id()));
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.startFromMessage(id(general.id()), id(message.id()), ThreadCreate.named("Again"))
				.block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.is(JsonErrorCode.THREAD_ALREADY_CREATED)).isTrue());
	}

	@Test
	void membersJoinLeaveAndAreListed() {
		Channel thread = api.start(id(general.id()), ThreadCreate.builder("staff")
			.type(ChannelType.PRIVATE_THREAD)
			.invitable(false)
			.build()).block(TIMEOUT);
		assertThat(body(bot.last("POST", "/channels/" + general.id() + "/threads")).get("invitable").asBoolean())
			.isFalse();
		assertThat(thread.threadMetadata().invitable()).isFalse();
		api.addMember(thread.id(), id(alice.id())).block(TIMEOUT);
		assertThat(bot.last("PUT", "/thread-members/" + alice.id()).status()).isEqualTo(204);
		ThreadMember member = api.member(thread.id(), id(alice.id()), true).block(TIMEOUT);
		assertThat(member.member().user().id().value()).isEqualTo(alice.id());
		List<ThreadMember> members = api.members(thread.id(), false, null, 100).block(TIMEOUT);
		assertThat(members).hasSize(2);
		api.leave(thread.id()).block(TIMEOUT);
		ThreadMembersUpdateEvent left = bot.awaitEvent(ThreadMembersUpdateEvent.class,
				(e) -> e.id().equals(thread.id()) && !e.removedMemberIds().isEmpty());
		assertThat(left.removedMemberIds()).containsExactly(id(bot.simulator.control().world().bot().id()));
		api.join(thread.id()).block(TIMEOUT);
		bot.awaitEvent(ThreadMembersUpdateEvent.class, (e) -> e.id().equals(thread.id()) && !e.addedMembers().isEmpty()
				&& e.addedMembers().get(0).userId().value() == bot.simulator.control().world().bot().id());
		assertThat(bot.simulator.control().world().channelStore().threadMembers(thread.id().value())).hasSize(2);
	}

	@Test
	void archivedThreadsAreListedAndRefuseNewMembers() {
		Channel thread = api.start(id(general.id()), ThreadCreate.builder("old news")
			.type(ChannelType.PUBLIC_THREAD)
			.build()).block(TIMEOUT);
		Channel archived = channels.edit(thread.id(), ChannelEdit.builder().archived(true).locked(true).build())
			.block(TIMEOUT);
		assertThat(archived.threadMetadata().archived()).isTrue();
		bot.awaitEvent(ThreadUpdateEvent.class,
				(e) -> e.thread().id().equals(thread.id()) && e.thread().threadMetadata().archived());
		ThreadList list = api.publicArchived(id(general.id()), null, 50).block(TIMEOUT);
		assertThat(list.threads()).extracting(Channel::id).contains(thread.id());
		assertThat(list.more()).isFalse();
		assertThat(bot.last("GET", "/threads/archived/public").query()).isEqualTo("limit=50");
		assertThat(api.active(id(guild.id())).block(TIMEOUT).threads()).extracting(Channel::id)
			.doesNotContain(thread.id());
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.addMember(thread.id(), id(alice.id())).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.is(JsonErrorCode.THREAD_ARCHIVED)).isTrue());
		channels.delete(thread.id(), null).block(TIMEOUT);
		assertThat(bot.awaitEvent(ThreadDeleteEvent.class, (e) -> e.id().equals(thread.id())).parentId().value())
			.isEqualTo(general.id());
	}

	@Test
	void forumPostCreatesTheThreadAndItsFirstMessage() {
		SimChannel forum = bot.simulator.control().createChannel(guild.id(), "help", SimChannel.GUILD_FORUM);
		Channel post = api.startPost(id(forum.id()), new ForumPost("How do I?", MessageCreate.of("Details")))
			.block(TIMEOUT);
		assertThat(post.parentId().value()).isEqualTo(forum.id());
		assertThat(body(bot.last("POST", "/channels/" + forum.id() + "/threads")).get("message").get("content")
			.asString()).isEqualTo("Details");
		bot.awaitEvent(ThreadCreateEvent.class, (e) -> e.thread().id().equals(post.id()));
		assertThat(bot.awaitEvent(MessageCreateEvent.class, (e) -> e.message().channelId().equals(post.id()))
			.message()
			.content()).isEqualTo("Details");
		assertThat(api.active(id(guild.id())).block(TIMEOUT).threads()).extracting(Channel::id).contains(post.id());
	}

	@Test
	void threadsInAVoiceChannelAreTheTypedError50024() {
		SimChannel voice = bot.simulator.control().createChannel(guild.id(), "Voice", SimChannel.GUILD_VOICE);
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> api.start(id(voice.id()), ThreadCreate.named("nope")).block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex.is(JsonErrorCode.INVALID_CHANNEL_TYPE)).isTrue());
	}

}
