package dev.serenity.cache;

/**
 * Where the cache keeps its entries: the service-provider interface for another store (off-heap, Redis, ...).
 * The cache asks for one {@link EntityStore} per enabled {@link CacheKind} when it is created; keys are the
 * {@link dev.serenity.model.Snowflake}s the records hold (shared, not copied) or {@link GuildKey}s, values are the
 * immutable model records (and, for {@link CacheKind#MESSAGES}, a {@link ChannelMessages} per channel).
 *
 * @see InMemoryCacheStore the default
 */
@FunctionalInterface
public interface CacheStore {

	/**
	 * Create the store of one kind.
	 * @param kind the kind
	 * @param settings its settings (enabled; honour the maximum size and time-to-live)
	 * @param <K> the key type
	 * @param <V> the value type
	 * @return the store
	 */
	<K, V> EntityStore<K, V> create(CacheKind kind, EntitySettings settings);

}
