package dev.serenity.rest.api;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import dev.serenity.client.DiscordClient;
import dev.serenity.event.ChannelCreateEvent;
import dev.serenity.event.ChannelDeleteEvent;
import dev.serenity.event.ChannelUpdateEvent;
import dev.serenity.event.InviteCreateEvent;
import dev.serenity.event.InviteDeleteEvent;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.event.ThreadCreateEvent;
import dev.serenity.event.ThreadDeleteEvent;
import dev.serenity.event.ThreadMemberUpdateEvent;
import dev.serenity.event.ThreadMembersUpdateEvent;
import dev.serenity.event.ThreadUpdateEvent;
import dev.serenity.event.TypingStartEvent;
import dev.serenity.json.DiscordJson;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import dev.serenity.simulator.record.RestRecord;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A {@link DiscordClient} connected to an embedded simulator, recording the channel, thread, typing and invite
 * events it receives: the scene of the channel-family API tests.
 */
final class SimulatedBot implements AutoCloseable {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	/** GUILDS, GUILD_WEBHOOKS, GUILD_INVITES, GUILD_MESSAGES, GUILD_MESSAGE_TYPING, MESSAGE_CONTENT. */
	static final long INTENTS = 1 | 32 | 64 | 512 | 2048 | 32768;

	final List<Object> events = new CopyOnWriteArrayList<>();

	final DiscordSimulator simulator;

	final DiscordClient client;

	SimulatedBot() {
		this.simulator = DiscordSimulator.start(SimulatorConfig.builder().guilds(0).build());
		this.client = DiscordClient.builder(this.simulator.token(), INTENTS)
			.restUrl(this.simulator.restUrl())
			.listener(ChannelCreateEvent.class, (event, context) -> this.events.add(event))
			.listener(ChannelUpdateEvent.class, (event, context) -> this.events.add(event))
			.listener(ChannelDeleteEvent.class, (event, context) -> this.events.add(event))
			.listener(ThreadCreateEvent.class, (event, context) -> this.events.add(event))
			.listener(ThreadUpdateEvent.class, (event, context) -> this.events.add(event))
			.listener(ThreadDeleteEvent.class, (event, context) -> this.events.add(event))
			.listener(ThreadMemberUpdateEvent.class, (event, context) -> this.events.add(event))
			.listener(ThreadMembersUpdateEvent.class, (event, context) -> this.events.add(event))
			.listener(TypingStartEvent.class, (event, context) -> this.events.add(event))
			.listener(InviteCreateEvent.class, (event, context) -> this.events.add(event))
			.listener(InviteDeleteEvent.class, (event, context) -> this.events.add(event))
			.listener(MessageCreateEvent.class, (event, context) -> this.events.add(event))
			.listener(dev.serenity.event.WebhooksUpdateEvent.class, (event, context) -> this.events.add(event))
			.build();
		this.client.start();
	}

	/**
	 * Return the last request whose method matches and whose path contains the given part.
	 */
	RestRecord last(String method, String pathPart) {
		List<RestRecord> records = this.simulator.recorder()
			.rest()
			.stream()
			.filter((r) -> r.method().equals(method) && r.path().contains(pathPart))
			.toList();
		assertThat(records).as(method + " *" + pathPart + "* in " + this.simulator.recorder().rest()).isNotEmpty();
		return records.get(records.size() - 1);
	}

	static JsonNode body(RestRecord record) {
		return DiscordJson.mapper().readTree(record.body());
	}

	<E> E awaitEvent(Class<E> type, Predicate<E> match) {
		await().atMost(TIMEOUT)
			.until(() -> this.events.stream().anyMatch((e) -> type.isInstance(e) && match.test(type.cast(e))));
		return this.events.stream().filter(type::isInstance).map(type::cast).filter(match).findFirst().orElseThrow();
	}

	@Override
	public void close() {
		this.client.close();
		this.simulator.close();
	}

}
