package dev.serenity.boot.command;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HexFormat;

import dev.serenity.client.DiscordClient;
import dev.serenity.interaction.InteractionResponders;
import dev.serenity.interaction.InteractionSignatureVerifier;
import dev.serenity.json.DiscordJson;
import dev.serenity.simulator.HttpInteractionDelivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunctions;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP interactions endpoint: a correctly signed request reaches the same handler methods as the gateway and
 * gets its answer in the HTTP response; a wrong signature, a wrong key and a stale timestamp get 401.
 */
class HttpInteractionsHandlerTests {

	private static final Instant NOW = Instant.parse("2026-11-23T22:00:00Z");

	private static final String COMMAND = "{\"id\":\"900\",\"application_id\":\"42\",\"type\":2,\"token\":\"tok\","
			+ "\"version\":1,\"channel_id\":\"7\",\"user\":{\"id\":\"5\",\"username\":\"alice\"},"
			+ "\"data\":{\"id\":\"33\",\"name\":\"echo\",\"type\":1,"
			+ "\"options\":[{\"name\":\"text\",\"type\":3,\"value\":\"hi\"}]}}";

	private final KeyPair keys = HttpInteractionDelivery.generateKeys();

	private final DiscordClient client = DiscordClient.builder("MTE.not.a-real-token", 0)
		.restUrl("http://127.0.0.1:9/api/v10")
		.build();

	private final WebTestClient web = web(HttpInteractionDelivery.publicKey(this.keys));

	@AfterEach
	void close() {
		this.client.close();
	}

	private WebTestClient web(String publicKey) {
		InteractionHandlerRegistry registry = new InteractionHandlerRegistry();
		registry.register(new Echo(), Echo.class);
		registry.afterSingletonsInstantiated();
		InteractionResponders responders = InteractionResponders.builder(this.client.rest()).build();
		HttpInteractionsHandler handler = new HttpInteractionsHandler(
				new InteractionSignatureVerifier(publicKey, InstantSource.fixed(NOW), Duration.ofSeconds(30)),
				responders, new InteractionRouter(registry, "Sorry"), Schedulers.boundedElastic());
		return WebTestClient
			.bindToRouterFunction(RouterFunctions.route(RequestPredicates.POST("/interactions"), handler::handle))
			.build();
	}

	@Test
	void aSignedPingGetsPong() throws Exception {
		post(this.web, "{\"id\":\"1\",\"application_id\":\"42\",\"type\":1,\"token\":\"t\",\"version\":1}",
				this.keys, NOW)
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(json(body).path("type").asInt()).isEqualTo(1));
	}

	@Test
	void aSignedCommandRunsTheSameHandlerMethodAndAnswersInTheResponse() throws Exception {
		post(this.web, COMMAND, this.keys, NOW).expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> {
				assertThat(json(body).path("type").asInt()).isEqualTo(4);
				assertThat(json(body).path("data").path("content").asString()).isEqualTo("hi");
			});
	}

	@Test
	void aWrongSignatureIsRejected() throws Exception {
		String timestamp = Long.toString(NOW.getEpochSecond());
		String signature = sign(this.keys, timestamp, "{\"type\":1}");
		this.web.post()
			.uri("/interactions")
			.header(HttpInteractionsHandler.SIGNATURE_HEADER, signature)
			.header(HttpInteractionsHandler.TIMESTAMP_HEADER, timestamp)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(COMMAND)
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void aSignatureOfAnotherKeyIsRejected() throws Exception {
		post(this.web, COMMAND, HttpInteractionDelivery.generateKeys(), NOW).expectStatus().isUnauthorized();
	}

	@Test
	void aStaleTimestampIsRejected() throws Exception {
		post(this.web, COMMAND, this.keys, NOW.minus(Duration.ofMinutes(5))).expectStatus().isUnauthorized();
	}

	@Test
	void missingHeadersAreRejected() {
		this.web.post()
			.uri("/interactions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(COMMAND)
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private static WebTestClient.ResponseSpec post(WebTestClient web, String body, KeyPair keys, Instant at)
			throws Exception {
		String timestamp = Long.toString(at.getEpochSecond());
		return web.post()
			.uri("/interactions")
			.header(HttpInteractionsHandler.SIGNATURE_HEADER, sign(keys, timestamp, body))
			.header(HttpInteractionsHandler.TIMESTAMP_HEADER, timestamp)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private static JsonNode json(String body) {
		return DiscordJson.mapper().readTree(body);
	}

	static String sign(KeyPair keys, String timestamp, String body) throws Exception {
		Signature signature = Signature.getInstance("Ed25519");
		signature.initSign(keys.getPrivate());
		signature.update(timestamp.getBytes(StandardCharsets.UTF_8));
		signature.update(body.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(signature.sign());
	}

	static class Echo {

		@SlashCommand(name = "echo", description = "Echo")
		String echo(@Option(description = "Text") String text) {
			return text;
		}

	}

}
