package dev.serenity.cache;

import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

/**
 * The store of a disabled kind: keeps nothing.
 */
final class DisabledStore<K, V> implements EntityStore<K, V> {

	@Override
	public V get(K key) {
		return null;
	}

	@Override
	public V peek(K key) {
		return null;
	}

	@Override
	public V put(K key, V value) {
		return null;
	}

	@Override
	public V compute(K key, UnaryOperator<V> change) {
		return null;
	}

	@Override
	public V remove(K key) {
		return null;
	}

	@Override
	public int removeIf(BiPredicate<? super K, ? super V> filter) {
		return 0;
	}

	@Override
	public void forEach(BiConsumer<? super K, ? super V> action) {
	}

	@Override
	public CacheStatistics statistics() {
		return CacheStatistics.EMPTY;
	}

}
