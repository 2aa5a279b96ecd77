package dev.serenity.simulator;

import java.util.ArrayList;
import java.util.List;

import dev.serenity.simulator.gateway.Intent;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intents decide which events a session receives, and MESSAGE_CONTENT decides whether message content is kept.
 */
class IntentFilteringTests {

	private final ManualClock clock = new ManualClock();

	private DiscordSimulator discord;

	private SimUser user;

	private SimChannel channel;

	@BeforeEach
	void start() {
		this.discord = DiscordSimulator.start(SimulatorConfig.builder().clock(this.clock).build());
		SimulatorControl.GuildWithMember scene = this.discord.control().createGuildWithMember("Intents", "bob");
		this.user = scene.member();
		this.channel = scene.channel();
	}

	@AfterEach
	void stop() {
		this.discord.close();
	}

	private GatewayTestClient connect(long intents) {
		this.clock.advance(SimulatorConfig.DEFAULT_IDENTIFY_WINDOW);
		GatewayTestClient client = GatewayTestClient.connect(this.discord.gatewayUrl());
		client.awaitOp(10);
		client.identify(this.discord.token(), intents, 0, 1);
		client.awaitDispatch("READY");
		return client;
	}

	/** Everything received up to the ACK of a heartbeat sent now. */
	private static List<JsonNode> receivedUntilAck(GatewayTestClient client) {
		client.heartbeat(null);
		List<JsonNode> seen = new ArrayList<>();
		client.await((payload) -> seen.add(payload) && payload.path("op").asInt() == 11, "heartbeat ACK");
		return seen;
	}

	private static List<String> types(List<JsonNode> payloads) {
		return payloads.stream().filter((p) -> p.path("op").asInt() == 0).map((p) -> p.path("t").asString()).toList();
	}

	@Test
	void withoutGuildMessagesNoMessageCreateArrives() {
		try (GatewayTestClient client = connect(Intent.GUILDS.bit())) {
			this.discord.control().say(this.user.id(), this.channel.id(), "hidden");
			assertThat(types(receivedUntilAck(client))).doesNotContain("MESSAGE_CREATE");
		}
	}

	@Test
	void withoutGuildsNoGuildCreateArrives() {
		try (GatewayTestClient client = connect(Intent.GUILD_MESSAGES.bit())) {
			assertThat(types(receivedUntilAck(client))).doesNotContain("GUILD_CREATE");
		}
	}

	@Test
	void withoutGuildMembersNoMemberAddArrives() {
		try (GatewayTestClient client = connect(Intent.GUILDS.bit())) {
			this.discord.control().addMember(this.channel.guildId(), this.discord.control().createUser("carol").id());
			assertThat(types(receivedUntilAck(client))).doesNotContain("GUILD_MEMBER_ADD");
		}
		try (GatewayTestClient client = connect(Intent.GUILDS.bit() | Intent.GUILD_MEMBERS.bit())) {
			this.discord.control().addMember(this.channel.guildId(), this.discord.control().createUser("dave").id());
			assertThat(types(receivedUntilAck(client))).contains("GUILD_MEMBER_ADD");
		}
	}

	@Test
	void withMessageContentTheContentArrives() {
		try (GatewayTestClient client = connect(Intent.GUILD_MESSAGES.bit() | Intent.MESSAGE_CONTENT.bit())) {
			this.discord.control().say(this.user.id(), this.channel.id(), "visible");
			assertThat(client.awaitDispatch("MESSAGE_CREATE").path("d").path("content").asString()).isEqualTo("visible");
		}
	}

	@Test
	void withoutMessageContentTheContentIsEmptied() {
		try (GatewayTestClient client = connect(Intent.GUILD_MESSAGES.bit())) {
			this.discord.control().say(this.user.id(), this.channel.id(), "secret");
			JsonNode message = client.awaitDispatch("MESSAGE_CREATE").path("d");
			assertThat(message.path("content").asString()).isEmpty();
			assertThat(message.path("embeds").size()).isZero();
			assertThat(message.path("author").path("id").asString()).isEqualTo(Long.toUnsignedString(this.user.id()));
		}
	}

	@Test
	void withoutMessageContentAMentionOfTheBotKeepsItsContent() {
		try (GatewayTestClient client = connect(Intent.GUILD_MESSAGES.bit())) {
			String text = "<@" + Long.toUnsignedString(this.discord.botUserId()) + "> hello";
			this.discord.control().say(this.user.id(), this.channel.id(), text);
			assertThat(client.awaitDispatch("MESSAGE_CREATE").path("d").path("content").asString()).isEqualTo(text);
		}
	}

	@Test
	void withoutMessageContentDirectMessagesKeepTheirContent() {
		try (GatewayTestClient client = connect(Intent.DIRECT_MESSAGES.bit())) {
			SimChannel dm = this.discord.control().world().dmChannel(this.user.id());
			this.discord.control().say(this.user.id(), dm.id(), "private");
			assertThat(client.awaitDispatch("MESSAGE_CREATE").path("d").path("content").asString()).isEqualTo("private");
		}
	}

	@Test
	void directMessagesNeedDirectMessagesIntentNotGuildMessages() {
		try (GatewayTestClient client = connect(Intent.GUILD_MESSAGES.bit() | Intent.MESSAGE_CONTENT.bit())) {
			SimChannel dm = this.discord.control().world().dmChannel(this.user.id());
			this.discord.control().say(this.user.id(), dm.id(), "private");
			assertThat(types(receivedUntilAck(client))).doesNotContain("MESSAGE_CREATE");
		}
	}

	@Test
	void interactionsArriveWithoutAnyIntent() {
		try (GatewayTestClient client = connect(0)) {
			this.discord.control().invokeSlashCommand(this.user.id(), this.channel.id(), "roll", java.util.Map.of("sides", 20));
			JsonNode interaction = client.awaitDispatch("INTERACTION_CREATE").path("d");
			assertThat(interaction.path("data").path("name").asString()).isEqualTo("roll");
			assertThat(interaction.path("data").path("options").get(0).path("value").asLong()).isEqualTo(20);
			assertThat(interaction.path("member").path("user").path("id").asString())
				.isEqualTo(Long.toUnsignedString(this.user.id()));
		}
	}

}
