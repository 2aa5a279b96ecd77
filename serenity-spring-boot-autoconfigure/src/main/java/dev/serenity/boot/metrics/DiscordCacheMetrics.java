package dev.serenity.boot.metrics;

import java.util.function.ToDoubleFunction;

import dev.serenity.cache.CacheKind;
import dev.serenity.cache.CacheStatistics;
import dev.serenity.cache.DiscordCache;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Meters of a {@link DiscordCache}: per enabled kind (tag {@code kind}, e.g. {@code members}) its size, hits,
 * misses and evictions, and the events it could not apply. Read when scraped; nothing is counted twice.
 */
public class DiscordCacheMetrics implements MeterBinder {

	/** Entries held, tagged {@code kind}. */
	public static final String SIZE = "discord.cache.size";

	/** Lookups that found an entry, tagged {@code kind}. */
	public static final String HITS = "discord.cache.hits";

	/** Lookups that found none, tagged {@code kind}. */
	public static final String MISSES = "discord.cache.misses";

	/** Entries dropped for the maximum size or the time-to-live, tagged {@code kind}. */
	public static final String EVICTIONS = "discord.cache.evictions";

	/** Events the cache could not apply (unknown guilds, partial objects, deletes of what it never had). */
	public static final String IGNORED = "discord.cache.ignored.events";

	private final DiscordCache cache;

	private final Iterable<Tag> tags;

	/**
	 * Create the meters of a cache.
	 * @param cache the cache
	 * @param tags tags added to every meter, or {@code null}
	 */
	public DiscordCacheMetrics(DiscordCache cache, Iterable<Tag> tags) {
		if (cache == null) {
			throw new IllegalArgumentException("'cache' must not be null");
		}
		this.cache = cache;
		this.tags = (tags != null) ? tags : Tags.empty();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (CacheKind kind : CacheKind.values()) {
			if (!this.cache.settings().caches(kind)) {
				continue;
			}
			Tags tags = Tags.of(this.tags).and("kind", kind.displayName());
			Gauge.builder(SIZE, this.cache, (cache) -> statistics(cache, kind).size())
				.tags(tags)
				.description("Entries the Discord cache holds")
				.register(registry);
			counter(registry, HITS, tags, "Discord cache lookups that found an entry",
					(cache) -> statistics(cache, kind).hits());
			counter(registry, MISSES, tags, "Discord cache lookups that found none",
					(cache) -> statistics(cache, kind).misses());
			counter(registry, EVICTIONS, tags, "Discord cache entries dropped for the maximum size or the time-to-live",
					(cache) -> statistics(cache, kind).evictions());
		}
		counter(registry, IGNORED, Tags.of(this.tags), "Gateway events the Discord cache could not apply",
				DiscordCache::ignoredEvents);
	}

	private void counter(MeterRegistry registry, String name, Tags tags, String description,
			ToDoubleFunction<DiscordCache> count) {
		FunctionCounter.builder(name, this.cache, count).tags(tags).description(description).register(registry);
	}

	private static CacheStatistics statistics(DiscordCache cache, CacheKind kind) {
		return cache.statistics().get(kind);
	}

}
