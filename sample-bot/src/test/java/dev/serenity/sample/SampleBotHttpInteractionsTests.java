package dev.serenity.sample;

import java.net.URI;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Map;

import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.HttpInteractionDelivery;
import dev.serenity.simulator.SimulatorControl;
import dev.serenity.simulator.world.SimInteraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample bot over HTTP interactions: the simulator posts signed interactions to the bot's endpoint, with a test
 * key whose public half the bot is configured with, and applies the HTTP answers; the same handler methods answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "discord.simulator.enabled=true", "discord.interactions.http.enabled=true" })
class SampleBotHttpInteractionsTests {

	private static final KeyPair keys = HttpInteractionDelivery.generateKeys();

	@LocalServerPort
	private int port;

	@Autowired
	private DiscordSimulator simulator;

	@DynamicPropertySource
	static void publicKey(DynamicPropertyRegistry registry) {
		registry.add("discord.interactions.http.public-key", () -> HttpInteractionDelivery.publicKey(keys));
	}

	private HttpInteractionDelivery delivery(KeyPair signingKeys) {
		return new HttpInteractionDelivery(URI.create("http://127.0.0.1:" + this.port + "/interactions"),
				this.simulator.restUrl(), this.simulator.token(), this.simulator.control().world()::now, signingKeys);
	}

	@AfterEach
	void backToTheGateway() {
		this.simulator.control().interactions().deliverOverHttp(null);
	}

	@Test
	void theEndpointPassesDiscordsCheckOnlyWithTheConfiguredKey() {
		assertThat(delivery(keys).verifyEndpoint()).isTrue();
		assertThat(delivery(HttpInteractionDelivery.generateKeys()).verifyEndpoint()).isFalse();
	}

	@Test
	void aSlashCommandAndAModalAreAnsweredOverHttp() {
		SimulatorControl control = this.simulator.control();
		HttpInteractionDelivery delivery = delivery(keys);
		control.interactions().deliverOverHttp(delivery);
		SimulatorControl.GuildWithMember scene = control.createGuildWithMember("Over HTTP", "alice");
		ObjectNode roll = control.interactions().runCommand(scene.member().id(), scene.channel().id(),
				"roll sides:6");
		long rollId = Long.parseUnsignedLong(roll.path("id").asString());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> control.interactions().find(rollId).map(SimInteraction::acknowledged).orElse(false));
		assertThat(control.interactions().callback(rollId).orElseThrow().data().path("content").asString())
			.startsWith("Rolled 1d6: ");
		ObjectNode modal = control.interactions().submitModal(scene.member().id(), scene.channel().id(), "feedback",
				Map.of("text", "Fast"));
		long modalId = Long.parseUnsignedLong(modal.path("id").asString());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> control.interactions().find(modalId).map(SimInteraction::acknowledged).orElse(false));
		assertThat(control.interactions().callback(modalId).orElseThrow().data().path("content").asString())
			.isEqualTo("Thanks for your feedback: Fast");
		assertThat(delivery.deliveries()).extracting(HttpInteractionDelivery.Delivery::endpointStatus)
			.containsOnly(200);
	}

}
