package dev.serenity.cache;

import java.util.List;

import dev.serenity.event.GuildCreateEvent;
import dev.serenity.event.GuildMemberAddEvent;
import dev.serenity.event.EventType;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.event.MessageDeleteBulkEvent;
import dev.serenity.event.MessageDeleteEvent;
import dev.serenity.event.MessageUpdateEvent;
import dev.serenity.model.Message;
import dev.serenity.simulator.SimulatorControl.GuildWithMember;
import dev.serenity.simulator.world.SimMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message cache after MESSAGE_CREATE, MESSAGE_UPDATE, MESSAGE_DELETE and MESSAGE_DELETE_BULK: bounded per
 * channel, the state before handed to listeners; and no messages (nor decoding for them) by default.
 */
class CacheMessageEventsTests {

	private CacheSimulation discord;

	private GuildWithMember world;

	private void start(CacheSettings settings) {
		this.discord = new CacheSimulation(settings);
		this.world = this.discord.control().createGuildWithMember("Talk", "alice");
		this.discord.await(GuildCreateEvent.class);
		this.discord.await(GuildMemberAddEvent.class);
	}

	@AfterEach
	void stop() {
		this.discord.close();
	}

	private SimMessage say(String content) {
		SimMessage sent = this.discord.control().say(this.world.member().id(), this.world.channel().id(), content);
		this.discord.await(MessageCreateEvent.class, (event) -> event.message().id().value() == sent.id());
		return sent;
	}

	private List<String> contents() {
		return this.discord.cache().messages(this.world.channel().id()).stream().map(Message::content).toList();
	}

	@Test
	void byDefaultNoMessageIsCachedAndMessageEventsAreNotForTheCache() {
		start(CacheSettings.DEFAULT);
		say("hello");
		assertThat(contents()).isEmpty();
		assertThat(this.discord.cache().handles(EventType.MESSAGE_CREATE)).isFalse();
		assertThat(this.discord.cache().handles(EventType.MESSAGE_UPDATE)).isFalse();
		assertThat(this.discord.cache().handles(EventType.GUILD_CREATE)).isTrue();
	}

	@Test
	void messageCreateKeepsTheNewestMessagesOfAChannel() {
		start(CacheSettings.builder().messagesPerChannel(3).build());
		for (int i = 1; i <= 5; i++) {
			say("message " + i);
		}
		assertThat(contents()).containsExactly("message 3", "message 4", "message 5");
		assertThat(this.discord.cache().statistics().get(CacheKind.MESSAGES).size()).isEqualTo(1);
	}

	@Test
	void messageUpdateReplacesTheCachedMessageAndHandsListenersTheOneBefore() {
		start(CacheSettings.builder().messagesPerChannel(10).build());
		SimMessage sent = say("frist");
		this.discord.control()
			.editMessage(this.world.channel().id(), sent.id(), (message) -> message.toBuilder().content("first").build());
		CacheSimulation.Received updated = this.discord.await(MessageUpdateEvent.class);
		assertThat(this.discord.cache().message(this.world.channel().id(), sent.id())).map(Message::content)
			.contains("first");
		assertThat(updated.context().before(Message.class)).map(Message::content).contains("frist");
	}

	@Test
	void messageDeleteAndBulkDeleteRemoveMessagesAndHandThemToListeners() {
		start(CacheSettings.builder().messagesPerChannel(10).build());
		SimMessage one = say("one");
		SimMessage two = say("two");
		SimMessage three = say("three");
		this.discord.control().deleteMessage(this.world.channel().id(), two.id());
		CacheSimulation.Received deleted = this.discord.await(MessageDeleteEvent.class);
		assertThat(contents()).containsExactly("one", "three");
		assertThat(deleted.context().before(Message.class)).map(Message::content).contains("two");

		this.discord.control().deleteMessages(this.world.channel().id(), List.of(one.id(), three.id()));
		CacheSimulation.Received bulk = this.discord.await(MessageDeleteBulkEvent.class);
		assertThat(contents()).isEmpty();
		assertThat(bulk.context().before(List.class)).hasValueSatisfying((before) -> assertThat(before).hasSize(2));
	}

	@Test
	void channelDeleteDropsTheChannelsMessages() {
		start(CacheSettings.builder().messagesPerChannel(10).build());
		say("doomed");
		this.discord.control().channels().delete(this.world.channel().id());
		this.discord.await(dev.serenity.event.ChannelDeleteEvent.class);
		assertThat(contents()).isEmpty();
		assertThat(this.discord.cache().statistics().get(CacheKind.MESSAGES).size()).isZero();
	}

}
