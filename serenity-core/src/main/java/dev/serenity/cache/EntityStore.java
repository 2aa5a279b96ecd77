package dev.serenity.cache;

import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

/**
 * One kind's entries in a {@link CacheStore}: a concurrent map from a key to an immutable value. Every method is
 * safe to call from any thread; the cache writes from the dispatch lanes and listeners read from anywhere.
 *
 * @param <K> the key
 * @param <V> the value
 */
public interface EntityStore<K, V> {

	/**
	 * Return the value of a key, counting a hit or a miss.
	 * @param key the key
	 * @return the value, or {@code null}
	 */
	V get(K key);

	/**
	 * Return the value of a key without counting a hit or a miss (the cache's own lookups while it updates).
	 * @param key the key
	 * @return the value, or {@code null}
	 */
	V peek(K key);

	/**
	 * Store a value.
	 * @param key the key
	 * @param value the value
	 * @return the previous value, or {@code null}
	 */
	V put(K key, V value);

	/**
	 * Change a value atomically; the function sees {@code null} when there is none and returns {@code null} to
	 * remove it.
	 * @param key the key
	 * @param change the change
	 * @return the new value, or {@code null}
	 */
	V compute(K key, UnaryOperator<V> change);

	/**
	 * Remove a key.
	 * @param key the key
	 * @return the removed value, or {@code null}
	 */
	V remove(K key);

	/**
	 * Remove every entry a predicate accepts.
	 * @param filter which entries to remove
	 * @return how many were removed
	 */
	int removeIf(BiPredicate<? super K, ? super V> filter);

	/**
	 * Visit every entry (weakly consistent: entries changed meanwhile may or may not be seen).
	 * @param action the visitor
	 */
	void forEach(BiConsumer<? super K, ? super V> action);

	/**
	 * Return the counters.
	 * @return the statistics
	 */
	CacheStatistics statistics();

}
