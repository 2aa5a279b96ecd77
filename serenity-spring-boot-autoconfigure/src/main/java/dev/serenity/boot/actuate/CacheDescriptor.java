package dev.serenity.boot.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.serenity.cache.CacheStatistics;
import dev.serenity.cache.DiscordCache;

/**
 * The cache in the {@code discord} endpoint: per kind (by its property name, e.g. {@code voice-states}) its size,
 * hits, misses and evictions, and the events it could not apply.
 *
 * @param messagesPerChannel messages kept per channel
 * @param kinds the counters of every enabled kind
 * @param ignoredEvents events the cache could not apply
 * @param memberRequests requests for all members of a guild sent at start-up
 */
public record CacheDescriptor(int messagesPerChannel, Map<String, CacheStatistics> kinds, long ignoredEvents,
		long memberRequests) {

	/**
	 * Describe a cache.
	 * @param cache the cache
	 * @return its description
	 */
	public static CacheDescriptor of(DiscordCache cache) {
		Map<String, CacheStatistics> kinds = new LinkedHashMap<>();
		cache.statistics().forEach((kind, statistics) -> {
			if (cache.settings().caches(kind)) {
				kinds.put(kind.displayName(), statistics);
			}
		});
		return new CacheDescriptor(cache.settings().messagesPerChannel(), kinds, cache.ignoredEvents(),
				cache.memberRequests());
	}

}
