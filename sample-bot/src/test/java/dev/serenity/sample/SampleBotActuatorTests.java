package dev.serenity.sample;

import java.time.Duration;

import dev.serenity.boot.autoconfigure.DiscordClientCustomizer;
import dev.serenity.simulator.DiscordSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample bot's Actuator over HTTP, on the embedded simulator: health with a component per shard, readiness, the
 * {@code discord} endpoint, a shard held down by the simulator, and the token nowhere to be seen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "discord.simulator.enabled=true", "discord.token=" + SampleBotActuatorTests.TOKEN,
				"management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always" })
@ExtendWith(OutputCaptureExtension.class)
class SampleBotActuatorTests {

	static final String TOKEN = "MTA5ODc2NTQzMjEw.fake-sample-token.dontLeakMe";

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	@LocalServerPort
	private int port;

	@Autowired
	private DiscordSimulator simulator;

	private WebTestClient http;

	@BeforeEach
	void connected() {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(10))
			.build();
		await().atMost(TIMEOUT).untilAsserted(() -> this.http.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.discord.details.shards[0].state")
			.isEqualTo("CONNECTED"));
	}

	@Test
	void healthShowsEachShardWithDetails() {
		this.http.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.components.discord.status").isEqualTo("UP")
			.jsonPath("$.components.discord.details.startup").isEqualTo("complete")
			.jsonPath("$.components.discord.details.shards.length()").isEqualTo(1)
			.jsonPath("$.components.discord.details.shards[0].id").isEqualTo(0)
			.jsonPath("$.components.discord.details.shards[0].total").isEqualTo(1)
			.jsonPath("$.components.discord.details.shards[0].session").isEqualTo(true)
			.jsonPath("$.components.discord.details.shards[0].reconnectAttempts").isEqualTo(0)
			.jsonPath("$.components.discord.details.shards[0].sequence").isNumber()
			.jsonPath("$.components.discord.details.shards[0].lastEventAgeMs").isNumber();
	}

	@Test
	void fatallyClosedShardTakesReadinessDownButNotLivenessUntilRestarted() {
		this.http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		this.simulator.control().shard(0).close(4004);
		await().atMost(TIMEOUT)
			.untilAsserted(() -> this.http.get()
				.uri("/actuator/health/readiness")
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("DOWN"));
		this.http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		this.http.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectBody()
			.jsonPath("$.components.discord.status").isEqualTo("DOWN")
			.jsonPath("$.components.discord.details.shards[0].state").isEqualTo("FATALLY_CLOSED");
		this.http.post().uri("/actuator/discord/0").exchange().expectStatus().isOk();
		await().atMost(TIMEOUT)
			.untilAsserted(() -> this.http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk());
	}

	@Test
	void discordEndpointListsTheShards() {
		this.http.get()
			.uri("/actuator/discord")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total").isEqualTo(1)
			.jsonPath("$.applicationId").isEqualTo(String.valueOf(this.simulator.applicationId()))
			.jsonPath("$.gatewayUrl").isEqualTo(this.simulator.gatewayUrl())
			.jsonPath("$.listeners").isNumber()
			.jsonPath("$.shards[0].id").isEqualTo(0)
			.jsonPath("$.shards[0].state").isEqualTo("CONNECTED");
		this.http.get()
			.uri("/actuator/discord/0")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state").isEqualTo("CONNECTED");
		this.http.get().uri("/actuator/discord/5").exchange().expectStatus().isNotFound();
	}

	@Test
	void shardHeldDownShowsItsStateAndRecoversWhenReleased() {
		this.simulator.control().shard(0).hold();
		try {
			await().atMost(TIMEOUT).untilAsserted(() -> {
				String health = health();
				assertThat(health).contains("\"status\":\"UP\"").doesNotContain("\"state\":\"CONNECTED\"");
				assertThat(health).containsPattern("\"reconnectAttempts\":[1-9]");
			});
		}
		finally {
			this.simulator.control().shard(0).release();
		}
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(health()).contains("\"state\":\"CONNECTED\"")
			.contains("\"reconnectAttempts\":0"));
	}

	@Test
	void restartThroughTheEndpointReconnectsTheShard() {
		long resumes = resumes();
		this.http.post()
			.uri("/actuator/discord/0")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.shard").isEqualTo(0)
			.jsonPath("$.restarting").isEqualTo(true);
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(resumes()).isGreaterThan(resumes));
		this.http.post().uri("/actuator/discord/5").exchange().expectStatus().isBadRequest();
	}

	@Test
	void tokenAppearsNowhere(CapturedOutput output) {
		String env = get("/actuator/env");
		assertThat(env).contains("GUILD_MESSAGES").contains("******");
		assertThat(get("/actuator/env/discord.token")).contains("******");
		assertThat(get("/actuator/configprops")).contains("\"discord\"").contains("GUILD_MESSAGES");
		for (String path : new String[] { "/actuator/env", "/actuator/env/discord.token", "/actuator/configprops",
				"/actuator/configprops/discord", "/actuator/health", "/actuator/health/readiness", "/actuator/discord",
				"/actuator/discord/0", "/actuator/metrics", "/actuator/prometheus" }) {
			assertThat(get(path)).as(path).doesNotContain(TOKEN).doesNotContain("dontLeakMe");
		}
		assertThat(output).doesNotContain("dontLeakMe");
	}

	private long resumes() {
		return this.simulator.recorder()
			.frames()
			.stream()
			.filter((frame) -> frame.op() == 6)
			.count();
	}

	private String health() {
		return get("/actuator/health");
	}

	private String get(String path) {
		byte[] body = this.http.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		return (body != null) ? new String(body, java.nio.charset.StandardCharsets.UTF_8) : "";
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FastReconnects {

		@Bean
		DiscordClientCustomizer fastReconnects() {
			return (builder) -> builder.reconnectDelay((attempt) -> Duration.ofMillis(100));
		}

	}

}
