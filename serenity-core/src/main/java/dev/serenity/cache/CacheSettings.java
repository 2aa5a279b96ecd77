package dev.serenity.cache;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the cache keeps (serenity's {@code cache::Settings}): per {@link CacheKind} whether, how many and how long;
 * how many messages per channel; which members; and whether to ask for all members of large guilds at start-up.
 *
 * <pre>{@code
 * CacheSettings settings = CacheSettings.builder()
 *     .messagesPerChannel(100)
 *     .maximumSize(CacheKind.MESSAGES, 1_000)
 *     .memberCachePolicy(MemberCachePolicy.VOICE.or(MemberCachePolicy.OWNER))
 *     .build();
 * }</pre>
 */
public final class CacheSettings {

	/** Messages kept per channel: none, as serenity's default {@code max_messages}. */
	public static final int DEFAULT_MESSAGES_PER_CHANNEL = 0;

	/** Most messages per channel accepted. */
	public static final int MAX_MESSAGES_PER_CHANNEL = 10_000;

	/** Members kept: all the gateway tells about. */
	public static final MemberCachePolicy DEFAULT_MEMBER_CACHE_POLICY = MemberCachePolicy.ALL;

	/** Whether to ask for all members of large guilds at start-up: no. */
	public static final boolean DEFAULT_CHUNK_MEMBERS = false;

	/** Everything but messages, all members, no chunking. */
	public static final CacheSettings DEFAULT = builder().build();

	private final Map<CacheKind, EntitySettings> kinds;

	private final int messagesPerChannel;

	private final MemberCachePolicy memberCachePolicy;

	private final boolean chunkMembers;

	private CacheSettings(Builder builder) {
		this.kinds = Collections.unmodifiableMap(new EnumMap<>(builder.kinds));
		this.messagesPerChannel = builder.messagesPerChannel;
		this.memberCachePolicy = builder.memberCachePolicy;
		this.chunkMembers = builder.chunkMembers;
	}

	/**
	 * Start building settings, from the defaults.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return settings that cache nothing.
	 * @return the settings
	 */
	public static CacheSettings disabled() {
		Builder builder = builder();
		for (CacheKind kind : CacheKind.values()) {
			builder.kind(kind, EntitySettings.DISABLED);
		}
		return builder.memberCachePolicy(MemberCachePolicy.NONE).build();
	}

	/**
	 * Return the settings of a kind.
	 * @param kind the kind
	 * @return its settings
	 */
	public EntitySettings kind(CacheKind kind) {
		return this.kinds.get(kind);
	}

	/**
	 * Return whether a kind is cached.
	 * @param kind the kind
	 * @return whether enabled (messages also need a positive {@link #messagesPerChannel()})
	 */
	public boolean caches(CacheKind kind) {
		return this.kinds.get(kind).enabled() && (kind != CacheKind.MESSAGES || this.messagesPerChannel > 0);
	}

	/**
	 * Return how many messages are kept per channel.
	 * @return the count, 0 for none
	 */
	public int messagesPerChannel() {
		return this.messagesPerChannel;
	}

	/**
	 * Return which members are kept.
	 * @return the policy
	 */
	public MemberCachePolicy memberCachePolicy() {
		return this.memberCachePolicy;
	}

	/**
	 * Return whether all members of large guilds are asked for at start-up.
	 * @return whether chunking is on
	 */
	public boolean chunkMembers() {
		return this.chunkMembers;
	}

	@Override
	public String toString() {
		return "CacheSettings[kinds=" + this.kinds + ", messagesPerChannel=" + this.messagesPerChannel
				+ ", chunkMembers=" + this.chunkMembers + "]";
	}

	/**
	 * Builds {@link CacheSettings}.
	 */
	public static final class Builder {

		private final Map<CacheKind, EntitySettings> kinds = new EnumMap<>(CacheKind.class);

		private int messagesPerChannel = DEFAULT_MESSAGES_PER_CHANNEL;

		private MemberCachePolicy memberCachePolicy = DEFAULT_MEMBER_CACHE_POLICY;

		private boolean chunkMembers = DEFAULT_CHUNK_MEMBERS;

		private Builder() {
			for (CacheKind kind : CacheKind.values()) {
				this.kinds.put(kind, EntitySettings.DEFAULT);
			}
		}

		/**
		 * Set everything about a kind.
		 * @param kind the kind
		 * @param settings its settings
		 * @return this builder
		 */
		public Builder kind(CacheKind kind, EntitySettings settings) {
			this.kinds.put(Objects.requireNonNull(kind, "'kind' must not be null"),
					Objects.requireNonNull(settings, "'settings' must not be null"));
			return this;
		}

		/** Whether a kind is cached. */
		public Builder enabled(CacheKind kind, boolean enabled) {
			EntitySettings current = this.kinds.get(kind);
			return kind(kind, new EntitySettings(enabled, current.maximumSize(), current.timeToLive()));
		}

		/** The most entries of a kind, 0 for no limit (for messages: the most channels holding messages). */
		public Builder maximumSize(CacheKind kind, long maximumSize) {
			return kind(kind, this.kinds.get(kind).withMaximumSize(maximumSize));
		}

		/** How long an entry of a kind is kept after it was written, zero for ever. */
		public Builder timeToLive(CacheKind kind, Duration timeToLive) {
			return kind(kind, this.kinds.get(kind).withTimeToLive(timeToLive));
		}

		/** Messages kept per channel, 0 to {@value #MAX_MESSAGES_PER_CHANNEL}; 0 keeps none. */
		public Builder messagesPerChannel(int messagesPerChannel) {
			if (messagesPerChannel < 0 || messagesPerChannel > MAX_MESSAGES_PER_CHANNEL) {
				throw new IllegalArgumentException("'messagesPerChannel' must be 0 to " + MAX_MESSAGES_PER_CHANNEL
						+ " but was " + messagesPerChannel);
			}
			this.messagesPerChannel = messagesPerChannel;
			return this;
		}

		/** Which members are kept. Defaults to all. */
		public Builder memberCachePolicy(MemberCachePolicy memberCachePolicy) {
			this.memberCachePolicy = Objects.requireNonNull(memberCachePolicy, "'memberCachePolicy' must not be null");
			return this;
		}

		/**
		 * Whether to ask for all members (op 8) of every large guild when it becomes available; needs the
		 * GUILD_MEMBERS intent. Defaults to no.
		 */
		public Builder chunkMembers(boolean chunkMembers) {
			this.chunkMembers = chunkMembers;
			return this;
		}

		/**
		 * Build the settings.
		 * @return the settings
		 */
		public CacheSettings build() {
			return new CacheSettings(this);
		}

	}

}
