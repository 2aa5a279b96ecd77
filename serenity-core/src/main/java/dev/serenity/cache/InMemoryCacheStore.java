package dev.serenity.cache;

import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

/**
 * The default {@link CacheStore}: on the heap. A kind without limits is a {@link ConcurrentHashMap}; a kind with a
 * maximum size or a time-to-live is a Caffeine cache (least recently used entries and expired entries go first),
 * whose ages come from the injected clock.
 */
public final class InMemoryCacheStore implements CacheStore {

	private final InstantSource clock;

	/**
	 * Create a store on the system clock.
	 */
	public InMemoryCacheStore() {
		this(InstantSource.system());
	}

	/**
	 * Create a store.
	 * @param clock the clock of time-to-live
	 */
	public InMemoryCacheStore(InstantSource clock) {
		this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
	}

	@Override
	public <K, V> EntityStore<K, V> create(CacheKind kind, EntitySettings settings) {
		if (!settings.bounded()) {
			return new MapStore<>();
		}
		Caffeine<Object, Object> builder = Caffeine.newBuilder().recordStats().executor(Runnable::run).ticker(() -> {
			java.time.Instant now = this.clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		});
		if (settings.maximumSize() > 0) {
			builder.maximumSize(settings.maximumSize());
		}
		if (!settings.timeToLive().isZero()) {
			builder.expireAfterWrite(settings.timeToLive());
		}
		return new CaffeineStore<>(builder.build());
	}

	@Override
	public String toString() {
		return "InMemoryCacheStore";
	}

	private static final class MapStore<K, V> implements EntityStore<K, V> {

		private final Map<K, V> map = new ConcurrentHashMap<>();

		private final LongAdder hits = new LongAdder();

		private final LongAdder misses = new LongAdder();

		@Override
		public V get(K key) {
			V value = this.map.get(key);
			((value != null) ? this.hits : this.misses).increment();
			return value;
		}

		@Override
		public V peek(K key) {
			return this.map.get(key);
		}

		@Override
		public V put(K key, V value) {
			return this.map.put(key, value);
		}

		@Override
		public V compute(K key, UnaryOperator<V> change) {
			return this.map.compute(key, (ignored, value) -> change.apply(value));
		}

		@Override
		public V remove(K key) {
			return this.map.remove(key);
		}

		@Override
		public int removeIf(BiPredicate<? super K, ? super V> filter) {
			int[] removed = { 0 };
			this.map.forEach((key, value) -> {
				if (filter.test(key, value) && this.map.remove(key, value)) {
					removed[0]++;
				}
			});
			return removed[0];
		}

		@Override
		public void forEach(BiConsumer<? super K, ? super V> action) {
			this.map.forEach(action);
		}

		@Override
		public CacheStatistics statistics() {
			return new CacheStatistics(this.map.size(), this.hits.sum(), this.misses.sum(), 0);
		}

	}

	private static final class CaffeineStore<K, V> implements EntityStore<K, V> {

		private final Cache<K, V> cache;

		CaffeineStore(Cache<Object, Object> cache) {
			@SuppressWarnings("unchecked")
			Cache<K, V> typed = (Cache<K, V>) (Cache<?, ?>) cache;
			this.cache = typed;
		}

		@Override
		public V get(K key) {
			return this.cache.getIfPresent(key);
		}

		@Override
		public V peek(K key) {
			return this.cache.asMap().get(key);
		}

		@Override
		public V put(K key, V value) {
			return this.cache.asMap().put(key, value);
		}

		@Override
		public V compute(K key, UnaryOperator<V> change) {
			return this.cache.asMap().compute(key, (ignored, value) -> change.apply(value));
		}

		@Override
		public V remove(K key) {
			return this.cache.asMap().remove(key);
		}

		@Override
		public int removeIf(BiPredicate<? super K, ? super V> filter) {
			int[] removed = { 0 };
			this.cache.asMap().forEach((key, value) -> {
				if (filter.test(key, value) && this.cache.asMap().remove(key, value)) {
					removed[0]++;
				}
			});
			return removed[0];
		}

		@Override
		public void forEach(BiConsumer<? super K, ? super V> action) {
			this.cache.asMap().forEach(action);
		}

		@Override
		public CacheStatistics statistics() {
			CacheStats stats = this.cache.stats();
			return new CacheStatistics(this.cache.estimatedSize(), stats.hitCount(), stats.missCount(),
					stats.evictionCount());
		}

	}

}
