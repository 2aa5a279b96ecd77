package dev.serenity.client;

import java.time.Duration;

import dev.serenity.rest.DiscordRest;
import dev.serenity.rest.DiscordRestException;
import dev.serenity.rest.RestRequest;
import dev.serenity.rest.RestTransportException;
import dev.serenity.rest.Route;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import tools.jackson.databind.JsonNode;

/**
 * Fetches {@code GET /gateway/bot} through the client's REST client: the gateway URL, the recommended shard count
 * and the session start limit. A 401 here also marks the token invalid for every later REST call.
 */
final class GatewayBotClient {

	private static final Route GATEWAY_BOT = Route.get("/gateway/bot");

	private final DiscordRest rest;

	private final Duration timeout;

	private final Scheduler scheduler;

	GatewayBotClient(DiscordRest rest, Duration timeout, Scheduler scheduler) {
		this.rest = rest;
		this.timeout = timeout;
		this.scheduler = scheduler;
	}

	/**
	 * Fetch the gateway details.
	 * @return the answer; fails with {@link ShardBootFailure} (token rejected, or another client error) or a
	 * {@link GatewayUnavailable} for network errors, timeouts and 5xx answers
	 */
	Mono<GatewayBot> fetch() {
		return this.rest.exchange(RestRequest.of(GATEWAY_BOT, JsonNode.class))
			.timeout(this.timeout, this.scheduler)
			.map(GatewayBotClient::parse)
			.onErrorMap((error) -> !(error instanceof ShardBootFailure) && !(error instanceof GatewayUnavailable),
					GatewayBotClient::classify);
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
		if (error instanceof DiscordRestException response) {
			int status = response.status();
			if (status == 401) {
				return new ShardBootFailure(ShardBootFailure.Reason.TOKEN_REJECTED,
						"Discord rejected the bot token (401 on GET /gateway/bot); copy it again from the Developer "
								+ "Portal (Bot > Reset Token)",
						null);
			}
			if (status >= 500) {
				return new GatewayUnavailable("GET /gateway/bot answered " + status, null);
			}
			return new ShardBootFailure(ShardBootFailure.Reason.GATEWAY_UNAVAILABLE,
					"GET /gateway/bot answered " + status + ": " + response.getMessage(), null);
		}
		if (error instanceof RestTransportException || error instanceof java.util.concurrent.TimeoutException) {
			return new GatewayUnavailable("GET /gateway/bot failed: " + error.getMessage(), null);
		}
		return new GatewayUnavailable("GET /gateway/bot failed: " + error, error);
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
