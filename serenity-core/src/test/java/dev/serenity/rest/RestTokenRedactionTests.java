package dev.serenity.rest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.serenity.TraceLogCapture;
import dev.serenity.model.Message;
import dev.serenity.model.User;
import dev.serenity.simulator.DiscordSimulator;
import dev.serenity.simulator.SimulatorConfig;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The token appears in no log line of a REST call, even with Reactor Netty, Netty, Spring and the library at TRACE,
 * in success, error and retry paths.
 */
class RestTokenRedactionTests {

	private static final String TOKEN = "MTIzNDU2Nzg5.rest-secret-token.XyZ";

	@Test
	void tokenIsInNoLogLineAtTrace() {
		List<String> lines;
		try (TraceLogCapture capture = new TraceLogCapture()) {
			try (DiscordSimulator simulator = DiscordSimulator.start(SimulatorConfig.builder().token(TOKEN).build());
					DiscordRest rest = DiscordRest.builder(RestConfig.builder("Bot " + TOKEN)
						.baseUrl(simulator.restUrl())
						.observer((observation) -> LoggerFactory.getLogger(RestTokenRedactionTests.class)
							.info("observed {}", observation))
						.build()).build()) {
				long channel = simulator.control().defaultChannel(simulator.control().createGuild("Logs").id()).id();
				rest.exchange(RestRequest.of(Route.get("/users/@me"), User.class)).block(Duration.ofSeconds(10));
				rest.exchange(RestRequest.of(Route.post("/channels/{channel.id}/messages", channel), Message.class)
					.withBody(Map.of("content", "logged?"))
					.withAuditLogReason("audit")).block(Duration.ofSeconds(10));
				assertThatExceptionOfType(DiscordRestException.class).isThrownBy(() -> rest
					.exchange(RestRequest.of(Route.post("/channels/{channel.id}/messages", channel), Message.class)
						.withBody(Map.of("content", "")))
					.block(Duration.ofSeconds(10)));
				simulator.control().forceRateLimit(dev.serenity.simulator.http.RateLimitScope.USER, null,
						Duration.ofMillis(10));
				User me = rest.exchange(RestRequest.of(Route.get("/users/@me"), User.class))
					.block(Duration.ofSeconds(10));
				assertThat(me).isNotNull();
			}
			lines = capture.lines();
		}
		assertThat(lines).as("log lines captured").hasSizeGreaterThan(20);
		assertThat(lines).allSatisfy((line) -> assertThat(line).doesNotContain(TOKEN));
	}

	@Test
	void webhookTokenInThePathIsInNoTransportError() throws Exception {
		String webhookToken = "webhook-secret-" + "abcdef0123456789";
		int closedPort;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		try (DiscordRest rest = DiscordRest.builder(RestConfig.builder("Bot " + TOKEN)
			.baseUrl("http://127.0.0.1:" + closedPort + "/api/v10")
			.maxRetries(0)
			.build()).build()) {
			Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> rest
				.exchange(RestRequest.of(Route.post("/webhooks/{webhook.id}/{webhook.token}", 42L, webhookToken))
					.withBody(Map.of("content", "x")))
				.block(Duration.ofSeconds(10)));
			assertThat(failure).isInstanceOf(RestTransportException.class);
			java.io.StringWriter printed = new java.io.StringWriter();
			failure.printStackTrace(new java.io.PrintWriter(printed));
			assertThat(printed.toString()).doesNotContain(webhookToken).doesNotContain(TOKEN);
		}
	}

}
