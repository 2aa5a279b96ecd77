package dev.serenity.rest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.serenity.model.Message;
import dev.serenity.model.Snowflake;
import io.netty.handler.codec.http.HttpHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link DiscordRest} over real HTTP to a loopback server that records the raw requests: JSON bodies through the
 * shared mapper, multipart uploads, headers and the response size limit.
 */
class DiscordRestHttpTests {

	private static final String TOKEN = "MTIz.http-secret.XyZ";

	private static final String MESSAGE = "{\"id\":\"5\",\"channel_id\":\"7\",\"content\":\"report\"}";

	private final List<Recorded> recorded = new CopyOnWriteArrayList<>();

	private DisposableServer server;

	@AfterEach
	void stop() {
		if (this.server != null) {
			this.server.disposeNow();
		}
	}

	@Test
	void jsonBodyIsWrittenByTheSharedMapper() {
		DiscordRest rest = start(MESSAGE);
		Message message = rest.exchange(RestRequest.of(Route.post("/channels/{channel.id}/messages", 7), Message.class)
			.withBody(new Payload("report", null, Snowflake.of(99)))).block(Duration.ofSeconds(10));
		assertThat(message.content()).isEqualTo("report");
		Recorded request = this.recorded.get(0);
		assertThat(request.uri()).isEqualTo("/api/v10/channels/7/messages");
		assertThat(request.headers().get("Content-Type")).isEqualTo("application/json");
		assertThat(request.body()).isEqualTo("{\"content\":\"report\",\"reply_to\":\"99\"}");
		assertThat(request.headers().get("Authorization")).isEqualTo("Bot " + TOKEN);
		assertThat(request.headers().get("User-Agent")).startsWith("DiscordBot (");
	}

	@Test
	void filesAreUploadedAsMultipartWithPayloadJson() {
		DiscordRest rest = start(MESSAGE);
		rest.exchange(RestRequest.of(Route.post("/channels/{channel.id}/messages", 7), Message.class)
			.withBody(Map.of("content", "report"))
			.withFile(RestFile.of("a.txt", "alpha".getBytes(StandardCharsets.UTF_8)))
			.withFile(new RestFile("b.png", new byte[] { 1, 2, 3 }, "image/png"))
			.withAuditLogReason("Weekly report: é")).block(Duration.ofSeconds(10));
		Recorded request = this.recorded.get(0);
		assertThat(request.headers().get("Content-Type")).startsWith("multipart/form-data").contains("boundary=");
		assertThat(request.headers().get("X-Audit-Log-Reason")).isEqualTo("Weekly%20report%3A%20%C3%A9");
		assertThat(request.body()).contains("Content-Disposition: form-data; name=\"payload_json\"")
			.contains("{\"content\":\"report\"}")
			.contains("Content-Disposition: form-data; name=\"files[0]\"; filename=\"a.txt\"")
			.contains("alpha")
			.contains("Content-Disposition: form-data; name=\"files[1]\"; filename=\"b.png\"")
			.contains("Content-Type: image/png");
		assertThat(request.body().indexOf("payload_json")).isLessThan(request.body().indexOf("files[0]"));
	}

	@Test
	void answerLargerThanTheLimitFailsClearly() {
		DiscordRest rest = start("{\"content\":\"" + "x".repeat(100_000) + "\"}",
				RestConfig.builder(TOKEN).maxResponseSize(64 * 1024));
		assertThatExceptionOfType(RestTransportException.class)
			.isThrownBy(() -> rest.exchange(RestRequest.of(Route.get("/users/@me"), Message.class))
				.block(Duration.ofSeconds(10)))
			.withMessageContaining("larger than 'maxResponseSize' (65536 bytes)");
	}

	private DiscordRest start(String answer) {
		return start(answer, RestConfig.builder(TOKEN));
	}

	private DiscordRest start(String answer, RestConfig.Builder config) {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> request.receive()
				.aggregate()
				.asString(StandardCharsets.ISO_8859_1)
				.defaultIfEmpty("")
				.flatMap((body) -> {
					this.recorded.add(new Recorded(request.uri(), request.requestHeaders(), body));
					return response.header("Content-Type", "application/json").sendString(Mono.just(answer)).then();
				}))
			.bindNow();
		return DiscordRest.builder(config.baseUrl("http://127.0.0.1:" + this.server.port() + "/api/v10").build())
			.build();
	}

	record Payload(String content, Boolean tts, Snowflake replyTo) {
	}

	record Recorded(String uri, HttpHeaders headers, String body) {
	}

}
