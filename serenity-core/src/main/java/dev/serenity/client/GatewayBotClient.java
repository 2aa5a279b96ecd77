package dev.serenity.client;

import java.time.Duration;

import dev.serenity.BotToken;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Fetches {@code GET /gateway/bot}: the gateway URL, the recommended shard count and the session start limit.
 */
final class GatewayBotClient {

	private final WebClient webClient;

	private final Duration timeout;

	GatewayBotClient(WebClient.Builder builder, String restUrl, BotToken token, String userAgent, Duration timeout) {
		this.webClient = builder.clone()
			.baseUrl(restUrl)
			.defaultHeader("Authorization", token.authorization())
			.defaultHeader("User-Agent", userAgent)
			.build();
		this.timeout = timeout;
	}

	/**
	 * Fetch the gateway details.
	 * @return the answer; fails with {@link ShardBootFailure} (token rejected) or a {@link GatewayUnavailable} for
	 * network errors and 5xx answers
	 */
	Mono<GatewayBot> fetch() {
		return this.webClient.get()
			.uri("/gateway/bot")
			.retrieve()
			.onStatus(HttpStatusCode::isError, (response) -> response.createException().flatMap(Mono::error))
			.bodyToMono(JsonNode.class)
			.timeout(this.timeout)
			.map(GatewayBotClient::parse)
			.onErrorMap((error) -> !(error instanceof ShardBootFailure), GatewayBotClient::classify);
	}

	private static GatewayBot parse(JsonNode body) {
		JsonNode limit = body.path("session_start_limit");
		String url = body.path("url").asString("");
		if (url.isBlank()) {
			throw new GatewayUnavailable("GET /gateway/bot answered without a gateway URL", null);
		}
		return new GatewayBot(url, Math.max(1, body.path("shards").asInt(1)),
				new GatewayBot.SessionStartLimit(limit.path("total").asInt(1000), limit.path("remaining").asInt(1000),
						Duration.ofMillis(limit.path("reset_after").asLong(0)),
						Math.max(1, limit.path("max_concurrency").asInt(1))));
	}

	private static Throwable classify(Throwable error) {
		if (error instanceof WebClientResponseException response) {
			int status = response.getStatusCode().value();
			if (status == 401) {
				return new ShardBootFailure(ShardBootFailure.Reason.TOKEN_REJECTED,
						"Discord rejected the bot token (401 on GET /gateway/bot); copy it again from the Developer "
								+ "Portal (Bot > Reset Token)",
						null);
			}
			if (status >= 500) {
				// No cause: the response exception holds the request headers, the token among them.
				return new GatewayUnavailable("GET /gateway/bot answered " + status, null);
			}
			return new ShardBootFailure(ShardBootFailure.Reason.GATEWAY_UNAVAILABLE,
					"GET /gateway/bot answered " + status + ": " + response.getResponseBodyAsString(), null);
		}
		// No WebClient exception as cause: they hold the request headers, the token among them.
		boolean webClient = error.getClass().getName().startsWith("org.springframework.web.reactive.function.client");
		return new GatewayUnavailable("GET /gateway/bot failed: " + error, webClient ? null : error);
	}

	/**
	 * Discord could not be reached, or answered 5xx: the caller may fall back to the default gateway URL.
	 */
	static final class GatewayUnavailable extends RuntimeException {

		GatewayUnavailable(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
