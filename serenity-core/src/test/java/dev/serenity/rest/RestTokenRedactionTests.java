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

}
