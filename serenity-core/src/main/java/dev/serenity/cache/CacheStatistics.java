package dev.serenity.cache;

/**
 * Counters of one {@link CacheKind}'s store.
 *
 * @param size the entries held now
 * @param hits lookups that found an entry
 * @param misses lookups that found none
 * @param evictions entries dropped for the maximum size or the time-to-live
 */
public record CacheStatistics(long size, long hits, long misses, long evictions) {

	/** Nothing held or counted (a disabled kind). */
	public static final CacheStatistics EMPTY = new CacheStatistics(0, 0, 0, 0);

}
