package dev.serenity.cache;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

import dev.serenity.event.DiscordEvent;
import dev.serenity.event.EventType;
import dev.serenity.gateway.Shard;
import dev.serenity.model.Channel;
import dev.serenity.model.Emoji;
import dev.serenity.model.Guild;
import dev.serenity.model.Member;
import dev.serenity.model.Message;
import dev.serenity.model.Permissions;
import dev.serenity.model.Presence;
import dev.serenity.model.Role;
import dev.serenity.model.Snowflake;
import dev.serenity.model.Sticker;
import dev.serenity.model.User;
import dev.serenity.model.VoiceState;
import reactor.core.scheduler.Scheduler;

/**
 * The cache of Discord state (serenity's {@code Cache}), kept up to date from gateway events on the dispatch lane
 * of each event's guild before listeners run, and readable from any thread: every read returns immutable records,
 * never a view that changes under the reader.
 *
 * <pre>{@code
 * client.cache().member(guildId, userId).map(Member::displayName);
 * client.cache().permissionsIn(channelId, userId).map((p) -> p.contains(Permission.SEND_MESSAGES));
 * }</pre>
 *
 * <p>Guilds are cached without the lists their other kinds hold: read roles, channels, members, ... with the
 * methods here. What is kept is set by {@link CacheSettings}; a disabled kind reads as empty.
 */
public final class DiscordCache {

	private final CacheStores stores;

	private final CacheUpdater updater;

	private final MemberChunker chunker;

	private final Set<Class<?>> handled;

	/**
	 * Create a cache.
	 * @param settings what to keep
	 * @param store where
	 * @param clock the clock of time-to-live and timeouts
	 * @param scheduler the scheduler of member-request retries (only used when chunking)
	 * @param shards finds a shard of this process by id (only used when chunking)
	 */
	public DiscordCache(CacheSettings settings, CacheStore store, InstantSource clock, Scheduler scheduler,
			IntFunction<Shard> shards) {
		Objects.requireNonNull(settings, "'settings' must not be null");
		Objects.requireNonNull(store, "'store' must not be null");
		Objects.requireNonNull(clock, "'clock' must not be null");
		this.stores = new CacheStores(settings, store, clock);
		this.chunker = settings.chunkMembers() && settings.memberCachePolicy() != MemberCachePolicy.NONE
				? new MemberChunker(MemberChunker.onShards(Objects.requireNonNull(shards, "'shards' must not be null")),
						Objects.requireNonNull(scheduler, "'scheduler' must not be null"), clock)
				: null;
		this.updater = new CacheUpdater(this.stores, this.chunker);
		this.handled = CachedEvents.handled(settings);
	}

	/**
	 * Return a cache with the given settings on the heap and the system clock, without chunking.
	 * @param settings what to keep
	 * @return the cache
	 */
	public static DiscordCache inMemory(CacheSettings settings) {
		return new DiscordCache(settings, new InMemoryCacheStore(), InstantSource.system(), null, null);
	}

	/**
	 * Return whether the cache applies events of a type; events nobody caches nor listens to are never decoded.
	 * @param type the event type
	 * @return whether {@link #update} wants them
	 */
	public boolean handles(EventType<?> type) {
		return this.handled.contains(type.eventClass());
	}

	/**
	 * Apply a gateway event. The client calls this before listeners run: on the dispatch lane of the event's guild,
	 * or, for READY and USER_UPDATE, on the shard's reading thread in frame order, so that the guilds that follow on
	 * other lanes find the session's state.
	 * @param event the event
	 * @param shardId the shard it came on
	 * @return what the cache held before that the event changed or removed (a {@link Message}, {@link Member},
	 * {@link Channel}, {@link Guild}, {@link Role}, {@link Presence}, {@link VoiceState}, {@link User} or a list of
	 * them), or {@code null}
	 */
	public Object update(DiscordEvent event, int shardId) {
		return this.updater.apply(event, shardId);
	}

	/** Return what this cache keeps. */
	public CacheSettings settings() {
		return this.stores.settings;
	}

	/** Return the bot's user, from READY and USER_UPDATE. */
	public Optional<User> currentUser() {
		return Optional.ofNullable(this.stores.currentUser);
	}

	/** Return a guild (without the lists other kinds hold). */
	public Optional<Guild> guild(long guildId) {
		return Optional.ofNullable(this.stores.guilds.get(Snowflake.of(guildId)));
	}

	/** Return every cached guild. */
	public List<Guild> guilds() {
		List<Guild> guilds = new ArrayList<>();
		this.stores.guilds.forEach((id, guild) -> guilds.add(guild));
		return guilds;
	}

	/** Return the ids of guilds that are unavailable (an outage, or not yet sent after READY). */
	public Set<Long> unavailableGuilds() {
		return Set.copyOf(this.stores.unavailableGuilds);
	}

	/** Return a channel or thread. */
	public Optional<Channel> channel(long channelId) {
		Snowflake id = Snowflake.of(channelId);
		Channel channel = this.stores.channels.get(id);
		return Optional.ofNullable((channel != null) ? channel : this.stores.threads.get(id));
	}

	/** Return the channels of a guild (not its threads). */
	public List<Channel> channels(long guildId) {
		return ofGuild(this.stores.channels, guildId);
	}

	/** Return the active threads of a guild. */
	public List<Channel> threads(long guildId) {
		return ofGuild(this.stores.threads, guildId);
	}

	/** Return a role. */
	public Optional<Role> role(long guildId, long roleId) {
		return Optional.ofNullable(this.stores.roles.get(GuildKey.of(guildId, roleId)));
	}

	/** Return the roles of a guild. */
	public List<Role> roles(long guildId) {
		return inGuild(this.stores.roles, guildId);
	}

	/** Return a custom emoji. */
	public Optional<Emoji> emoji(long guildId, long emojiId) {
		return Optional.ofNullable(this.stores.emojis.get(GuildKey.of(guildId, emojiId)));
	}

	/** Return the custom emojis of a guild. */
	public List<Emoji> emojis(long guildId) {
		return inGuild(this.stores.emojis, guildId);
	}

	/** Return a guild sticker. */
	public Optional<Sticker> sticker(long guildId, long stickerId) {
		return Optional.ofNullable(this.stores.stickers.get(GuildKey.of(guildId, stickerId)));
	}

	/** Return the stickers of a guild. */
	public List<Sticker> stickers(long guildId) {
		return inGuild(this.stores.stickers, guildId);
	}

	/** Return a member. */
	public Optional<Member> member(long guildId, long userId) {
		return Optional.ofNullable(this.stores.members.get(GuildKey.of(guildId, userId)));
	}

	/** Return the cached members of a guild. */
	public List<Member> members(long guildId) {
		return inGuild(this.stores.members, guildId);
	}

	/** Return a user seen as a member. */
	public Optional<User> user(long userId) {
		return Optional.ofNullable(this.stores.users.get(Snowflake.of(userId)));
	}

	/** Return the voice state of a user connected to voice in a guild. */
	public Optional<VoiceState> voiceState(long guildId, long userId) {
		return Optional.ofNullable(this.stores.voiceStates.get(GuildKey.of(guildId, userId)));
	}

	/** Return the voice states of a guild. */
	public List<VoiceState> voiceStates(long guildId) {
		return inGuild(this.stores.voiceStates, guildId);
	}

	/** Return the presence of a user who is not offline in a guild. */
	public Optional<Presence> presence(long guildId, long userId) {
		return Optional.ofNullable(this.stores.presences.get(GuildKey.of(guildId, userId)));
	}

	/** Return a recent message of a channel. */
	public Optional<Message> message(long channelId, long messageId) {
		ChannelMessages ring = this.stores.messages.get(Snowflake.of(channelId));
		return Optional.ofNullable((ring != null) ? ring.find(messageId, this.stores.oldestMessageMillis()) : null);
	}

	/** Return the recent messages of a channel, oldest first. */
	public List<Message> messages(long channelId) {
		ChannelMessages ring = this.stores.messages.get(Snowflake.of(channelId));
		return (ring != null) ? ring.list(this.stores.oldestMessageMillis()) : List.of();
	}

	/**
	 * Compute a member's guild-level permissions: owner, @everyone, roles, administrator and timeout.
	 * @param guildId the guild
	 * @param userId the member
	 * @return the permissions, or empty when the guild, its @everyone role or the member is not cached
	 */
	public Optional<Permissions> permissions(long guildId, long userId) {
		return MemberPermissions.of(this.stores, guildId, userId).map(MemberPermissions::guildLevel);
	}

	/**
	 * Compute a member's permissions in a channel or thread: base permissions, the channel's overwrites (a
	 * thread's parent's), administrator, owner, timeout and the implicit rules.
	 * @param channelId the channel or thread
	 * @param userId the member
	 * @return the permissions, or empty when the channel, guild, @everyone role or member is not cached
	 */
	public Optional<Permissions> permissionsIn(long channelId, long userId) {
		Snowflake id = Snowflake.of(channelId);
		Channel channel = this.stores.channels.peek(id);
		if (channel == null) {
			Channel thread = this.stores.threads.peek(id);
			channel = (thread != null && thread.parentId() != null) ? this.stores.channels.peek(thread.parentId())
					: null;
		}
		if (channel == null || channel.guildId() == null) {
			return Optional.empty();
		}
		Channel found = channel;
		return MemberPermissions.of(this.stores, channel.guildId().value(), userId).map((view) -> view.in(found));
	}

	/**
	 * Return the counters of every kind.
	 * @return sizes, hits, misses and evictions by kind
	 */
	public Map<CacheKind, CacheStatistics> statistics() {
		Map<CacheKind, CacheStatistics> statistics = new EnumMap<>(CacheKind.class);
		for (CacheKind kind : CacheKind.values()) {
			statistics.put(kind, this.stores.store(kind).statistics());
		}
		return statistics;
	}

	/**
	 * Return how many events the cache could not apply (unknown guilds or channels, partial objects, deletes of
	 * what it never had); each is logged at debug.
	 * @return the count
	 */
	public long ignoredEvents() {
		return this.stores.ignoredEvents.sum();
	}

	/**
	 * Return how many requests for all members of a guild (op 8) the cache sent.
	 * @return the count, 0 without chunking
	 */
	public long memberRequests() {
		return (this.chunker != null) ? this.chunker.requests() : 0;
	}

	/**
	 * Return how many of those requests Discord answered with RATE_LIMITED.
	 * @return the count
	 */
	public long memberRequestsRateLimited() {
		return (this.chunker != null) ? this.chunker.rateLimits() : 0;
	}

	private static List<Channel> ofGuild(EntityStore<Snowflake, Channel> channels, long guildId) {
		List<Channel> result = new ArrayList<>();
		channels.forEach((id, channel) -> {
			if (channel.guildId() != null && channel.guildId().value() == guildId) {
				result.add(channel);
			}
		});
		return result;
	}

	private static <V> List<V> inGuild(EntityStore<GuildKey, V> store, long guildId) {
		List<V> result = new ArrayList<>();
		store.forEach((key, value) -> {
			if (key.in(guildId)) {
				result.add(value);
			}
		});
		return result;
	}

	@Override
	public String toString() {
		return "DiscordCache[" + this.stores.settings + "]";
	}

}
