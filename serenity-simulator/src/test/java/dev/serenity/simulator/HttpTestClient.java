package dev.serenity.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain HTTP calls to the simulator's REST and control APIs for tests.
 */
final class HttpTestClient {

	static final String USER_AGENT = "DiscordBot (https://example.invalid, 1.0)";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HttpTestClient() {
	}

	/**
	 * An answer: status, JSON body (or {@code null} when empty or not JSON), raw body and headers.
	 */
	record Reply(int status, JsonNode body, String text, HttpHeaders headers) {

		String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

	}

	static Reply call(String method, String url, String authorization, String body) {
		return call(method, url, authorization, body, Map.of());
	}

	static Reply call(String method, String url, String authorization, String body, Map<String, String> headers) {
		Map<String, String> all = new LinkedHashMap<>();
		all.put("Content-Type", "application/json");
		all.putAll(headers);
		return send(method, url, authorization, (body != null) ? body.getBytes(StandardCharsets.UTF_8) : null, all);
	}

	static Reply send(String method, String url, String authorization, byte[] body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(GatewayTestClient.TIMEOUT)
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody())
			.header("User-Agent", USER_AGENT);
		headers.forEach(request::header);
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			boolean json = response.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
			JsonNode node = (json && !response.body().isEmpty()) ? JSON.readTree(response.body()) : null;
			return new Reply(response.statusCode(), node, response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Start a simulator whose route and global limits (1,000 requests per second) route tests never reach.
	 * @param clock the simulator's clock, or {@code null} for the system clock
	 */
	static DiscordSimulator startWithRoomyLimits(ManualClock clock) {
		SimulatorConfig.Builder config = SimulatorConfig.builder()
			.defaultRouteLimit(1000, java.time.Duration.ofSeconds(1))
			.globalLimit(1000, java.time.Duration.ofSeconds(1));
		return DiscordSimulator.start(((clock != null) ? config.clock(clock) : config).build());
	}

	static Reply bot(DiscordSimulator discord, String method, String path, String body) {
		return call(method, discord.restUrl() + path, "Bot " + discord.token(), body);
	}

	static Reply bot(DiscordSimulator discord, String method, String path, String body, Map<String, String> headers) {
		return call(method, discord.restUrl() + path, "Bot " + discord.token(), body, headers);
	}

	static Reply control(DiscordSimulator discord, String method, String path, String body) {
		return call(method, discord.controlUrl() + path, null, body);
	}

	/**
	 * Send a {@code multipart/form-data} request as the bot: {@code payload_json} and files.
	 * @param files file parts by part name, each a file name, a content type and bytes
	 */
	static Reply multipart(DiscordSimulator discord, String method, String path, String payloadJson,
			Map<String, FilePart> files) {
		String boundary = "simulator-test-boundary";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + payloadJson + "\r\n");
		files.forEach((name, file) -> {
			write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
					+ file.filename() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
			out.writeBytes(file.data());
			write(out, "\r\n");
		});
		write(out, "--" + boundary + "--\r\n");
		return send(method, discord.restUrl() + path, "Bot " + discord.token(), out.toByteArray(),
				Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
	}

	/** Assert a Discord error answer: its status and JSON error {@code code}. */
	static void assertError(Reply reply, int status, int code) {
		assertThat(reply.status()).as(reply.text()).isEqualTo(status);
		assertThat(reply.body().path("code").asInt()).as(reply.text()).isEqualTo(code);
	}

	/** The code of the first field error at a path of a 50035 answer's {@code errors}; empty when none. */
	static String fieldError(Reply reply, String... path) {
		JsonNode node = reply.body().path("errors");
		for (String part : path) {
			node = node.path(part);
		}
		return node.path("_errors").path(0).path("code").asString();
	}

	/** An id as Discord's JSON and paths carry it. */
	static String id(long id) {
		return Long.toUnsignedString(id);
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	record FilePart(String filename, String contentType, byte[] data) {
	}

}
