package dev.serenity.boot.actuate;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.serenity.boot.health.ShardDetails;
import dev.serenity.client.DiscordClient;
import dev.serenity.client.GatewayBot;
import dev.serenity.gateway.Shard;
import dev.serenity.gateway.ShardManager;
import dev.serenity.gateway.ShardState;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The {@code discord} actuator endpoint: the shards of this instance ({@code GET /actuator/discord}), one shard
 * ({@code GET /actuator/discord/{shard}}), and a restart of one shard that resumes its session
 * ({@code POST /actuator/discord/{shard}}; 400 for a shard this instance does not run). It never shows the token, nor a session id or a URL's query.
 */
@Endpoint(id = "discord")
public class DiscordEndpoint {

	private static final Log logger = LogFactory.getLog(DiscordEndpoint.class);

	private final DiscordClient client;

	private final String configuredGatewayUrl;

	private final Clock clock;

	/**
	 * Create the endpoint.
	 * @param client the client
	 * @param configuredGatewayUrl the gateway URL the client was given, or {@code null} for Discord's
	 * @param clock the clock for the age of the last event
	 */
	public DiscordEndpoint(DiscordClient client, String configuredGatewayUrl, Clock clock) {
		this.client = client;
		this.configuredGatewayUrl = configuredGatewayUrl;
		this.clock = clock;
	}

	/**
	 * Describe the client and its shards.
	 * @return the description
	 */
	@ReadOperation
	public DiscordDescriptor discord() {
		Instant now = this.clock.instant();
		List<Shard> shards = this.client.shards();
		Integer total = shards.isEmpty() ? null : shards.get(0).total();
		return new DiscordDescriptor(this.client.applicationId().map(String::valueOf).orElse(null), gatewayUrl(),
				total, this.client.listeners().size(),
				shards.stream().map((shard) -> ShardDetails.of(shard, now)).toList(),
				CacheDescriptor.of(this.client.cache()));
	}

	/**
	 * Describe one shard.
	 * @param shard the shard id
	 * @return the shard, or {@code null} (404) when this instance does not run it
	 */
	@ReadOperation
	public ShardDetails shard(@Selector int shard) {
		return shard(this.client.shardManager(), shard).map((found) -> ShardDetails.of(found, this.clock.instant()))
			.orElse(null);
	}

	/**
	 * Restart a shard: close its connection and reconnect, resuming its session. Answers at once; the shard's state
	 * shows the progress.
	 * @param shard the shard id
	 * @return what was asked
	 * @throws InvalidEndpointRequestException (400) when this instance does not run the shard
	 */
	@WriteOperation
	public RestartDescriptor restart(@Selector int shard) {
		Optional<ShardManager> manager = this.client.shardManager();
		Optional<Shard> found = shard(manager, shard);
		if (found.isEmpty()) {
			String message = "This instance runs no shard " + shard + "; it runs "
					+ this.client.shards().stream().map(Shard::id).toList();
			throw new InvalidEndpointRequestException(message, message);
		}
		ShardState before = found.get().state();
		logger.info("Restarting Discord shard " + shard + " (was " + before + ") through the discord endpoint");
		manager.get().restart(shard).whenComplete((ignored, error) -> {
			if (error != null) {
				logger.warn("Discord shard " + shard + " did not restart: " + error);
			}
		});
		return new RestartDescriptor(shard, before, true);
	}

	private static Optional<Shard> shard(Optional<ShardManager> manager, int id) {
		return manager.flatMap((found) -> found.shard(id));
	}

	private String gatewayUrl() {
		String url = this.client.shardManager()
			.map(ShardManager::gatewayUrl)
			.or(() -> Optional.ofNullable(this.configuredGatewayUrl))
			.or(() -> this.client.gatewayBot().map(GatewayBot::url))
			.orElse(DiscordClient.DEFAULT_GATEWAY_URL);
		return withoutCredentials(url);
	}

	/**
	 * Return a URL without its user info, query and fragment, where a credential could hide.
	 * @param url the URL
	 * @return the URL's scheme, host, port and path
	 */
	static String withoutCredentials(String url) {
		try {
			URI uri = new URI(url);
			return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
		}
		catch (URISyntaxException | RuntimeException ex) {
			return "<unparseable>";
		}
	}

	/**
	 * The client and its shards.
	 *
	 * @param applicationId the application id, once known
	 * @param gatewayUrl the gateway URL the shards connect to, without query
	 * @param total the shard count of the bot, or {@code null} before the shards started
	 * @param listeners how many listeners the client has
	 * @param shards the shards of this instance
	 * @param cache the cache's counters
	 */
	public record DiscordDescriptor(String applicationId, String gatewayUrl, Integer total, int listeners,
			List<ShardDetails> shards, CacheDescriptor cache) implements OperationResponseBody {

	}

	/**
	 * A restart that was asked for.
	 *
	 * @param shard the shard id
	 * @param previousState the shard's state before the restart
	 * @param restarting always {@code true}
	 */
	public record RestartDescriptor(int shard, ShardState previousState, boolean restarting)
			implements OperationResponseBody {

	}

}
