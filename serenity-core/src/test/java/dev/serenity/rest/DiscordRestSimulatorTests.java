package dev.serenity.rest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.serenity.model.Message;
import dev.serenity.model.User;
import dev.serenity.rest.RestRequestRefusedException.Reason;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link DiscordRest} against the simulator over real HTTP: reads, a message the simulator stores, and Discord's
 * errors as typed exceptions.
 */
class DiscordRestSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static DiscordSimulator simulator;

	private static DiscordRest rest;

	private static SimChannel channel;

	@BeforeAll
	static void start() {
		simulator = DiscordSimulator.start();
		channel = simulator.control().defaultChannel(simulator.control().createGuild("REST Guild").id());
		rest = client(simulator.token());
	}

	@AfterAll
	static void stop() {
		rest.close();
		simulator.close();
	}

	private static DiscordRest client(String token) {
		return DiscordRest.builder(RestConfig.builder(token).baseUrl(simulator.restUrl()).build()).build();
	}

	@Test
	void getsTheCurrentUser() {
		User me = rest.exchange(RestRequest.of(Route.get("/users/@me"), User.class)).block(TIMEOUT);
		assertThat(me.id().value()).isEqualTo(simulator.botUserId());
		assertThat(me.bot()).isTrue();
	}

	@Test
	void getsTheGatewayOfTheBot() {
		JsonNode gateway = rest.exchange(RestRequest.of(Route.get("/gateway/bot"), JsonNode.class)).block(TIMEOUT);
		assertThat(gateway.get("url").asString()).isEqualTo(simulator.gatewayUrl());
		assertThat(gateway.get("shards").asInt()).isPositive();
		assertThat(gateway.get("session_start_limit").get("max_concurrency").asInt()).isPositive();
	}

	@Test
	void postedMessageIsStoredBySimulator() {
		Message sent = rest.exchange(RestRequest.of(Route.post("/channels/{channel.id}/messages", channel.id()),
				Message.class).withBody(Map.of("content", "Hello from DiscordRest"))).block(TIMEOUT);
		assertThat(sent.content()).isEqualTo("Hello from DiscordRest");
		assertThat(sent.channelId().value()).isEqualTo(channel.id());
		List<SimMessage> stored = simulator.control().world().messages();
		assertThat(stored).anySatisfy((message) -> {
			assertThat(message.id()).isEqualTo(sent.id().value());
			assertThat(message.content()).isEqualTo("Hello from DiscordRest");
			assertThat(message.authorId()).isEqualTo(simulator.botUserId());
		});
	}

	@Test
	void emptyMessageIsTheTypedError50006() {
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> rest.exchange(RestRequest.of(Route.post("/channels/{channel.id}/messages", channel.id()),
					Message.class).withBody(Map.of("content", ""))).block(TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(400);
				assertThat(ex.is(JsonErrorCode.EMPTY_MESSAGE)).isTrue();
				assertThat(ex.discordMessage()).isEqualTo("Cannot send an empty message");
				assertThat(ex.route()).isEqualTo("/channels/{channel.id}/messages");
			});
	}

	@Test
	void tooLongContentIsAFieldError() {
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> rest.exchange(RestRequest.of(Route.post("/channels/{channel.id}/messages", channel.id()),
					Message.class).withBody(Map.of("content", "x".repeat(2001)))).block(TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex.is(JsonErrorCode.INVALID_FORM_BODY)).isTrue();
				assertThat(ex.fieldErrors()).containsKey("content");
				assertThat(ex.fieldErrors().get("content").get(0).code()).isEqualTo("BASE_TYPE_MAX_LENGTH");
			});
	}

	@Test
	void unknownChannelIsTheTypedError10003() {
		assertThatExceptionOfType(DiscordRestException.class)
			.isThrownBy(() -> rest.exchange(RestRequest.of(Route.get("/channels/{channel.id}", 4242), JsonNode.class))
				.block(TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(404);
				assertThat(ex.is(JsonErrorCode.UNKNOWN_CHANNEL)).isTrue();
			});
	}

	@Test
	void wrongTokenGets401AndTheTokenIsInvalidAfterwards() {
		int before = simulator.control().world().messages().size();
		try (DiscordRest wrong = client("MTIz.wrong-token.XyZ")) {
			assertThatExceptionOfType(DiscordRestException.class)
				.isThrownBy(() -> wrong.exchange(RestRequest.of(Route.get("/users/@me"), User.class)).block(TIMEOUT))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(401))
				.withMessageNotContaining("wrong-token");
			assertThat(wrong.invalidRequests().tokenInvalid()).isTrue();
			assertThatExceptionOfType(RestRequestRefusedException.class)
				.isThrownBy(() -> wrong.exchange(RestRequest.of(Route.post("/channels/{channel.id}/messages",
						channel.id()), Message.class).withBody(Map.of("content", "never sent"))).block(TIMEOUT))
				.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.TOKEN_INVALID));
		}
		assertThat(simulator.control().world().messages()).hasSize(before);
	}

}
