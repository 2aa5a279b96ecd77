package dev.serenity.cache;

import java.time.InstantSource;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import dev.serenity.model.Channel;
import dev.serenity.model.Emoji;
import dev.serenity.model.Guild;
import dev.serenity.model.Member;
import dev.serenity.model.Presence;
import dev.serenity.model.Role;
import dev.serenity.model.Snowflake;
import dev.serenity.model.Sticker;
import dev.serenity.model.User;
import dev.serenity.model.VoiceState;

/**
 * The stores of one cache, one per kind, and what the cache knows beside them.
 */
final class CacheStores {

	final CacheSettings settings;

	final InstantSource clock;

	final EntityStore<Snowflake, Guild> guilds;

	final EntityStore<Snowflake, Channel> channels;

	final EntityStore<Snowflake, Channel> threads;

	final EntityStore<GuildKey, Role> roles;

	final EntityStore<GuildKey, Emoji> emojis;

	final EntityStore<GuildKey, Sticker> stickers;

	final EntityStore<GuildKey, Member> members;

	final EntityStore<Snowflake, User> users;

	final EntityStore<GuildKey, VoiceState> voiceStates;

	final EntityStore<GuildKey, Presence> presences;

	final EntityStore<Snowflake, ChannelMessages> messages;

	final Set<Long> unavailableGuilds = ConcurrentHashMap.newKeySet();

	final LongAdder ignoredEvents = new LongAdder();

	volatile User currentUser;

	private final Map<CacheKind, EntityStore<?, ?>> byKind = new EnumMap<>(CacheKind.class);

	CacheStores(CacheSettings settings, CacheStore store, InstantSource clock) {
		this.settings = settings;
		this.clock = clock;
		this.guilds = create(store, CacheKind.GUILDS);
		this.channels = create(store, CacheKind.CHANNELS);
		this.threads = create(store, CacheKind.THREADS);
		this.roles = create(store, CacheKind.ROLES);
		this.emojis = create(store, CacheKind.EMOJIS);
		this.stickers = create(store, CacheKind.STICKERS);
		this.members = create(store, CacheKind.MEMBERS);
		this.users = create(store, CacheKind.USERS);
		this.voiceStates = create(store, CacheKind.VOICE_STATES);
		this.presences = create(store, CacheKind.PRESENCES);
		this.messages = create(store, CacheKind.MESSAGES);
	}

	private <K, V> EntityStore<K, V> create(CacheStore store, CacheKind kind) {
		EntityStore<K, V> created = this.settings.caches(kind) ? store.create(kind, this.settings.kind(kind))
				: new DisabledStore<>();
		if (created == null) {
			throw new IllegalStateException(store + " created no store for " + kind);
		}
		this.byKind.put(kind, created);
		return created;
	}

	EntityStore<?, ?> store(CacheKind kind) {
		return this.byKind.get(kind);
	}

	boolean caches(CacheKind kind) {
		return this.settings.caches(kind);
	}

	/**
	 * Return whether a guild is known, or whether that cannot be told because guilds are not cached.
	 */
	boolean guildKnown(long guildId) {
		return !this.settings.caches(CacheKind.GUILDS) || this.guilds.peek(Snowflake.of(guildId)) != null;
	}

	/**
	 * Return the oldest message cache time still valid.
	 */
	long oldestMessageMillis() {
		java.time.Duration ttl = this.settings.kind(CacheKind.MESSAGES).timeToLive();
		return ttl.isZero() ? Long.MIN_VALUE : this.clock.millis() - ttl.toMillis();
	}

}
