package dev.serenity.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP calls to the simulator's REST and control APIs for tests.
 */
final class HttpTestClient {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HttpTestClient() {
	}

	record Reply(int status, JsonNode body) {
	}

	static Reply call(String method, String url, String authorization, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(GatewayTestClient.TIMEOUT)
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json")
			.header("User-Agent", "DiscordBot (https://example.invalid, 1.0)");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode json = response.body().isEmpty() ? null : JSON.readTree(response.body());
			return new Reply(response.statusCode(), json);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static Reply bot(DiscordSimulator discord, String method, String path, String body) {
		return call(method, discord.restUrl() + path, "Bot " + discord.token(), body);
	}

	static Reply control(DiscordSimulator discord, String method, String path, String body) {
		return call(method, discord.controlUrl() + path, null, body);
	}

}
