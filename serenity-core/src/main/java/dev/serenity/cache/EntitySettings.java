package dev.serenity.cache;

import java.time.Duration;
import java.util.Objects;

/**
 * What the cache keeps of one {@link CacheKind}.
 *
 * @param enabled whether the kind is cached at all
 * @param maximumSize the most entries kept, the least recently used going first; 0 for no limit
 * @param timeToLive how long an entry is kept after it was last written; {@link Duration#ZERO} for ever
 */
public record EntitySettings(boolean enabled, long maximumSize, Duration timeToLive) {

	/** No limit on the entry count. */
	public static final long UNBOUNDED = 0;

	/** Every entry, kept for ever. */
	public static final EntitySettings DEFAULT = new EntitySettings(true, UNBOUNDED, Duration.ZERO);

	/** Nothing cached. */
	public static final EntitySettings DISABLED = new EntitySettings(false, UNBOUNDED, Duration.ZERO);

	public EntitySettings {
		Objects.requireNonNull(timeToLive, "'timeToLive' must not be null");
		if (maximumSize < 0) {
			throw new IllegalArgumentException("'maximumSize' must be 0 (no limit) or positive but was " + maximumSize);
		}
		if (timeToLive.isNegative()) {
			throw new IllegalArgumentException("'timeToLive' must not be negative but was " + timeToLive);
		}
	}

	/**
	 * Return whether entries are bounded by count or age.
	 * @return whether a maximum size or a time-to-live is set
	 */
	public boolean bounded() {
		return this.maximumSize > 0 || !this.timeToLive.isZero();
	}

	/**
	 * Return these settings with a maximum size.
	 * @param maximumSize the most entries, 0 for no limit
	 * @return new settings
	 */
	public EntitySettings withMaximumSize(long maximumSize) {
		return new EntitySettings(this.enabled, maximumSize, this.timeToLive);
	}

	/**
	 * Return these settings with a time-to-live.
	 * @param timeToLive how long entries are kept, zero for ever
	 * @return new settings
	 */
	public EntitySettings withTimeToLive(Duration timeToLive) {
		return new EntitySettings(this.enabled, this.maximumSize, timeToLive);
	}

}
