package dev.serenity.cache;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import dev.serenity.event.RateLimitedEvent;
import dev.serenity.gateway.Shard;
import dev.serenity.gateway.command.RequestGuildMembers;
import dev.serenity.model.Guild;
import dev.serenity.model.Snowflake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.scheduler.Scheduler;

/**
 * Asks for all members of large guilds (op 8) when they become available, so the cache holds members the
 * GUILD_CREATE left out. Honours Discord's limit of one request for all members per guild per 30 seconds: a request
 * that would break it waits, and one Discord answers with RATE_LIMITED is sent again after its {@code retry_after}.
 */
final class MemberChunker {

	/** Discord's limit: one request for all members of a guild per this interval. */
	static final Duration ALL_MEMBERS_INTERVAL = Duration.ofSeconds(30);

	private static final Logger logger = LoggerFactory.getLogger(MemberChunker.class);

	private final Requester requester;

	private final Scheduler scheduler;

	private final InstantSource clock;

	private final Map<Long, Instant> lastRequest = new ConcurrentHashMap<>();

	private final Map<Long, Integer> guildShard = new ConcurrentHashMap<>();

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong rateLimits = new AtomicLong();

	MemberChunker(Requester requester, Scheduler scheduler, InstantSource clock) {
		this.requester = requester;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	/**
	 * A guild became available; ask for its members when the GUILD_CREATE did not hold them all.
	 */
	void guildAvailable(int shardId, Guild guild) {
		boolean missing = Boolean.TRUE.equals(guild.large())
				|| (guild.memberCount() != null && guild.memberCount() > guild.members().size());
		if (!missing) {
			return;
		}
		long guildId = guild.id().value();
		this.guildShard.put(guildId, shardId);
		Instant now = this.clock.instant();
		Instant last = this.lastRequest.get(guildId);
		Duration wait = (last != null) ? Duration.between(now, last.plus(ALL_MEMBERS_INTERVAL)) : Duration.ZERO;
		schedule(guildId, wait);
	}

	/**
	 * Discord refused a request: send it again when it says.
	 */
	void rateLimited(RateLimitedEvent event) {
		if (event.opcode() == null || event.opcode() != 8 || event.meta() == null || event.meta().guildId() == null) {
			return;
		}
		long guildId = event.meta().guildId().value();
		if (!this.guildShard.containsKey(guildId)) {
			return;
		}
		this.rateLimits.incrementAndGet();
		double seconds = (event.retryAfter() != null) ? event.retryAfter() : ALL_MEMBERS_INTERVAL.toSeconds();
		Duration wait = Duration.ofMillis((long) Math.ceil(seconds * 1000));
		logger.debug("Request for the members of guild {} was rate limited; retrying in {}", guildId, wait);
		schedule(guildId, wait);
	}

	private void schedule(long guildId, Duration wait) {
		if (wait.isNegative() || wait.isZero()) {
			send(guildId);
		}
		else {
			this.scheduler.schedule(() -> send(guildId), wait.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private void send(long guildId) {
		Integer shardId = this.guildShard.get(guildId);
		if (shardId == null) {
			return;
		}
		this.lastRequest.put(guildId, this.clock.instant());
		if (this.requester.request(shardId, RequestGuildMembers.all(Snowflake.of(guildId)),
				"cache-" + Long.toString(guildId, 36))) {
			this.requests.incrementAndGet();
		}
		else {
			logger.debug("No shard {} to ask for the members of guild {}", shardId, guildId);
		}
	}

	/**
	 * Return a requester that sends op 8 on the shards of a client.
	 * @param shards finds a shard by id
	 * @return the requester
	 */
	static Requester onShards(IntFunction<Shard> shards) {
		return (shardId, request, nonce) -> {
			Shard shard = shards.apply(shardId);
			if (shard == null) {
				return false;
			}
			shard.sendRequestGuildMembers(request, nonce).whenComplete((ignored, error) -> {
				if (error != null) {
					logger.warn("Could not ask for the members of guild {}: {}", request.guildId(), error.getMessage());
				}
			});
			return true;
		};
	}

	/**
	 * Sends a request for guild members (op 8) on a shard.
	 */
	@FunctionalInterface
	interface Requester {

		/**
		 * Send a request.
		 * @param shardId the shard of the guild
		 * @param request the request
		 * @param nonce its nonce
		 * @return whether the shard runs in this process and the request was handed to it
		 */
		boolean request(int shardId, RequestGuildMembers request, String nonce);

	}

	/**
	 * Forget a guild that was removed.
	 */
	void guildRemoved(long guildId) {
		this.guildShard.remove(guildId);
		this.lastRequest.remove(guildId);
	}

	long requests() {
		return this.requests.get();
	}

	long rateLimits() {
		return this.rateLimits.get();
	}

}
