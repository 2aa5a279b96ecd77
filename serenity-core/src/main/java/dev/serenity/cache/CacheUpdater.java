package dev.serenity.cache;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.serenity.event.ChannelCreateEvent;
import dev.serenity.event.ChannelDeleteEvent;
import dev.serenity.event.ChannelUpdateEvent;
import dev.serenity.event.DiscordEvent;
import dev.serenity.event.GuildCreateEvent;
import dev.serenity.event.GuildDeleteEvent;
import dev.serenity.event.GuildEmojisUpdateEvent;
import dev.serenity.event.GuildRoleCreateEvent;
import dev.serenity.event.GuildRoleDeleteEvent;
import dev.serenity.event.GuildRoleUpdateEvent;
import dev.serenity.event.GuildStickersUpdateEvent;
import dev.serenity.event.GuildUpdateEvent;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.event.MessageDeleteBulkEvent;
import dev.serenity.event.MessageDeleteEvent;
import dev.serenity.event.MessageUpdateEvent;
import dev.serenity.event.RateLimitedEvent;
import dev.serenity.event.ReadyEvent;
import dev.serenity.event.ThreadCreateEvent;
import dev.serenity.event.ThreadDeleteEvent;
import dev.serenity.event.ThreadListSyncEvent;
import dev.serenity.event.ThreadUpdateEvent;
import dev.serenity.event.UserUpdateEvent;
import dev.serenity.model.Channel;
import dev.serenity.model.Emoji;
import dev.serenity.model.Guild;
import dev.serenity.model.Message;
import dev.serenity.model.Role;
import dev.serenity.model.Snowflake;
import dev.serenity.model.Sticker;
import dev.serenity.model.UnavailableGuild;
import dev.serenity.model.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies gateway events to the stores: guilds, channels, threads, roles, emojis, stickers and messages here;
 * members, users, presences and voice states in {@link MemberUpdater}. Runs on the dispatch lane of the event's
 * guild, so one guild's events apply in order. An event the cache cannot apply (an unknown guild, a partial object,
 * a delete of something it never had) changes nothing and is counted and logged at debug.
 */
final class CacheUpdater {

	private static final Logger logger = LoggerFactory.getLogger(CacheUpdater.class);

	private final CacheStores stores;

	private final MemberUpdater members;

	private final MemberChunker chunker;

	CacheUpdater(CacheStores stores, MemberChunker chunker) {
		this.stores = stores;
		this.members = new MemberUpdater(stores, this::ignored);
		this.chunker = chunker;
	}

	/**
	 * Apply an event.
	 * @return what the cache held before that the event changed or removed, or {@code null}
	 */
	Object apply(DiscordEvent event, int shardId) {
		if (event instanceof MessageCreateEvent created) {
			messageCreated(created.message());
			return null;
		}
		if (event instanceof MessageUpdateEvent updated) {
			return messageUpdated(updated.message());
		}
		if (event instanceof MessageDeleteEvent deleted) {
			return messageDeleted(deleted.channelId(), deleted.id());
		}
		if (event instanceof MessageDeleteBulkEvent bulk) {
			List<Message> removed = new ArrayList<>();
			for (Snowflake id : bulk.ids()) {
				Message message = messageDeleted(bulk.channelId(), id);
				if (message != null) {
					removed.add(message);
				}
			}
			return removed.isEmpty() ? null : List.copyOf(removed);
		}
		Object memberBefore = this.members.apply(event);
		if (memberBefore != MemberUpdater.NOT_MINE) {
			return memberBefore;
		}
		if (event instanceof GuildCreateEvent created) {
			guildCreated(created.guild(), shardId);
			return null;
		}
		if (event instanceof GuildUpdateEvent updated) {
			return guildUpdated(updated.guild());
		}
		if (event instanceof GuildDeleteEvent deleted) {
			return guildDeleted(deleted);
		}
		if (event instanceof ChannelCreateEvent created) {
			return channelPut(created.channel());
		}
		if (event instanceof ChannelUpdateEvent updated) {
			return channelPut(updated.channel());
		}
		if (event instanceof ChannelDeleteEvent deleted) {
			return channelDeleted(deleted.channel());
		}
		if (event instanceof ThreadCreateEvent created) {
			return channelPut(created.thread());
		}
		if (event instanceof ThreadUpdateEvent updated) {
			return channelPut(updated.thread());
		}
		if (event instanceof ThreadDeleteEvent deleted) {
			return threadDeleted(deleted);
		}
		if (event instanceof ThreadListSyncEvent sync) {
			threadsSynced(sync);
			return null;
		}
		if (event instanceof GuildRoleCreateEvent created) {
			return rolePut(created.guildId(), created.role());
		}
		if (event instanceof GuildRoleUpdateEvent updated) {
			return rolePut(updated.guildId(), updated.role());
		}
		if (event instanceof GuildRoleDeleteEvent deleted) {
			return roleDeleted(deleted);
		}
		if (event instanceof GuildEmojisUpdateEvent emojis) {
			return emojisReplaced(emojis.guildId(), emojis.emojis());
		}
		if (event instanceof GuildStickersUpdateEvent stickers) {
			return stickersReplaced(stickers.guildId(), stickers.stickers());
		}
		if (event instanceof ReadyEvent ready) {
			this.stores.currentUser = ready.user();
			for (UnavailableGuild guild : ready.guilds()) {
				if (guild.id() != null) {
					this.stores.unavailableGuilds.add(guild.id().value());
				}
			}
			return null;
		}
		if (event instanceof UserUpdateEvent updated) {
			User previous = this.stores.currentUser;
			this.stores.currentUser = updated.user();
			return previous;
		}
		if (event instanceof RateLimitedEvent limited && this.chunker != null) {
			this.chunker.rateLimited(limited);
		}
		return null;
	}

	private void guildCreated(Guild guild, int shardId) {
		if (guild.id() == null) {
			ignored("GUILD_CREATE without an id");
			return;
		}
		long guildId = guild.id().value();
		if (Boolean.TRUE.equals(guild.unavailable())) {
			this.stores.unavailableGuilds.add(guildId);
			return;
		}
		boolean known = this.stores.guilds.peek(guild.id()) != null;
		if (known || this.stores.unavailableGuilds.contains(guildId)) {
			// A guild that comes back (after an outage or a reconnect) replaces what was cached of it.
			removeGuildEntries(guildId);
		}
		this.stores.unavailableGuilds.remove(guildId);
		Snowflake id = guild.id();
		this.stores.guilds.put(id, CachedForms.stripped(guild));
		for (Channel channel : guild.channels()) {
			channelPut(CachedForms.inGuild(channel, id));
		}
		for (Channel thread : guild.threads()) {
			channelPut(CachedForms.inGuild(thread, id));
		}
		for (Role role : guild.roles()) {
			this.stores.roles.put(new GuildKey(id, role.id()), role);
		}
		for (Emoji emoji : guild.emojis()) {
			if (emoji.id() != null) {
				this.stores.emojis.put(new GuildKey(id, emoji.id()), emoji);
			}
		}
		for (Sticker sticker : guild.stickers()) {
			this.stores.stickers.put(new GuildKey(id, sticker.id()), sticker);
		}
		this.members.guildCreated(guild);
		if (this.chunker != null) {
			this.chunker.guildAvailable(shardId, guild);
		}
	}

	private Guild guildUpdated(Guild guild) {
		long guildId = guild.id().value();
		Guild before = this.stores.guilds.peek(guild.id());
		if (before == null && this.stores.caches(CacheKind.GUILDS)) {
			ignored("GUILD_UPDATE for unknown guild " + guildId);
			return null;
		}
		Guild stripped = CachedForms.stripped(guild);
		this.stores.guilds.put(stripped.id(), stripped);
		if (!guild.roles().isEmpty()) {
			Set<Long> kept = new HashSet<>();
			for (Role role : guild.roles()) {
				kept.add(role.id().value());
				this.stores.roles.put(new GuildKey(stripped.id(), role.id()), role);
			}
			this.stores.roles.removeIf((key, role) -> key.in(guildId) && !kept.contains(key.id().value()));
		}
		if (!guild.emojis().isEmpty()) {
			emojisReplaced(guild.id(), guild.emojis());
		}
		return before;
	}

	private Guild guildDeleted(GuildDeleteEvent event) {
		if (event.id() == null) {
			ignored("GUILD_DELETE without an id");
			return null;
		}
		long guildId = event.id().value();
		Guild before = this.stores.guilds.remove(event.id());
		boolean wasUnavailable = this.stores.unavailableGuilds.contains(guildId);
		if (before == null && !wasUnavailable && this.stores.caches(CacheKind.GUILDS)) {
			ignored("GUILD_DELETE for unknown guild " + guildId);
		}
		removeGuildEntries(guildId);
		if (event.removed()) {
			this.stores.unavailableGuilds.remove(guildId);
			if (this.chunker != null) {
				this.chunker.guildRemoved(guildId);
			}
		}
		else {
			this.stores.unavailableGuilds.add(guildId);
		}
		return before;
	}

	private void removeGuildEntries(long guildId) {
		Set<Snowflake> channelIds = new HashSet<>();
		this.stores.channels.forEach((id, channel) -> {
			if (inGuild(channel, guildId)) {
				channelIds.add(id);
			}
		});
		this.stores.threads.forEach((id, thread) -> {
			if (inGuild(thread, guildId)) {
				channelIds.add(id);
			}
		});
		for (Snowflake channelId : channelIds) {
			this.stores.channels.remove(channelId);
			this.stores.threads.remove(channelId);
			this.stores.messages.remove(channelId);
		}
		this.stores.roles.removeIf((key, value) -> key.in(guildId));
		this.stores.emojis.removeIf((key, value) -> key.in(guildId));
		this.stores.stickers.removeIf((key, value) -> key.in(guildId));
		this.members.guildRemoved(guildId);
	}

	private static boolean inGuild(Channel channel, long guildId) {
		return channel.guildId() != null && channel.guildId().value() == guildId;
	}

	private Channel channelPut(Channel channel) {
		if (channel.id() == null) {
			ignored("channel without an id");
			return null;
		}
		if (channel.guildId() != null && !this.stores.guildKnown(channel.guildId().value())) {
			ignored("channel " + channel.id() + " of unknown guild " + channel.guildId());
			return null;
		}
		EntityStore<Snowflake, Channel> store = channel.thread() ? this.stores.threads : this.stores.channels;
		return store.put(channel.id(), channel);
	}

	private Channel channelDeleted(Channel channel) {
		if (channel.id() == null) {
			ignored("CHANNEL_DELETE without an id");
			return null;
		}
		Snowflake channelId = channel.id();
		Channel before = this.stores.channels.remove(channelId);
		this.stores.messages.remove(channelId);
		this.stores.threads.removeIf((id, thread) -> {
			boolean child = channelId.equals(thread.parentId());
			if (child) {
				this.stores.messages.remove(id);
			}
			return child;
		});
		if (before == null && this.stores.caches(CacheKind.CHANNELS)) {
			ignored("CHANNEL_DELETE for unknown channel " + channelId);
		}
		return before;
	}

	private Channel threadDeleted(ThreadDeleteEvent event) {
		if (event.id() == null) {
			ignored("THREAD_DELETE without an id");
			return null;
		}
		Channel before = this.stores.threads.remove(event.id());
		this.stores.messages.remove(event.id());
		if (before == null && this.stores.caches(CacheKind.THREADS)) {
			ignored("THREAD_DELETE for unknown thread " + event.id());
		}
		return before;
	}

	private void threadsSynced(ThreadListSyncEvent sync) {
		if (sync.guildId() == null || !this.stores.guildKnown(sync.guildId().value())) {
			ignored("THREAD_LIST_SYNC for unknown guild " + sync.guildId());
			return;
		}
		long guildId = sync.guildId().value();
		Set<Long> parents = new HashSet<>();
		sync.channelIds().forEach((id) -> parents.add(id.value()));
		// Threads of the synced parents (all parents when none are named) that the sync leaves out are gone.
		this.stores.threads.removeIf((id, thread) -> inGuild(thread, guildId)
				&& (parents.isEmpty() || (thread.parentId() != null && parents.contains(thread.parentId().value()))));
		for (Channel thread : sync.threads()) {
			channelPut(CachedForms.inGuild(thread, sync.guildId()));
		}
	}

	private Role rolePut(Snowflake guildId, Role role) {
		if (guildId == null || role == null || role.id() == null) {
			ignored("role event without a guild or role");
			return null;
		}
		if (!this.stores.guildKnown(guildId.value())) {
			ignored("role " + role.id() + " of unknown guild " + guildId);
			return null;
		}
		return this.stores.roles.put(new GuildKey(guildId, role.id()), role);
	}

	private Role roleDeleted(GuildRoleDeleteEvent event) {
		if (event.guildId() == null || event.roleId() == null) {
			ignored("GUILD_ROLE_DELETE without a guild or role");
			return null;
		}
		Role before = this.stores.roles.remove(GuildKey.of(event.guildId().value(), event.roleId().value()));
		if (before == null && this.stores.caches(CacheKind.ROLES)) {
			ignored("GUILD_ROLE_DELETE for unknown role " + event.roleId());
		}
		return before;
	}

	private List<Emoji> emojisReplaced(Snowflake guildId, List<Emoji> emojis) {
		return replaced(this.stores.emojis, guildId, emojis, Emoji::id, "emojis");
	}

	private List<Sticker> stickersReplaced(Snowflake guildId, List<Sticker> stickers) {
		return replaced(this.stores.stickers, guildId, stickers, Sticker::id, "stickers");
	}

	/**
	 * Replace a guild's set of a kind (emojis, stickers) with the event's.
	 * @return the set before
	 */
	private <T> List<T> replaced(EntityStore<GuildKey, T> store, Snowflake guildId, List<T> items,
			Function<T, Snowflake> idOf, String what) {
		if (guildId == null || !this.stores.guildKnown(guildId.value())) {
			ignored(what + " of unknown guild " + guildId);
			return null;
		}
		long id = guildId.value();
		List<T> before = new ArrayList<>();
		store.removeIf((key, item) -> key.in(id) && before.add(item));
		for (T item : items) {
			Snowflake itemId = idOf.apply(item);
			if (itemId != null) {
				store.put(new GuildKey(guildId, itemId), item);
			}
		}
		return List.copyOf(before);
	}

	private void messageCreated(Message message) {
		if (message.id() == null || message.channelId() == null) {
			ignored("MESSAGE_CREATE without an id or channel");
			return;
		}
		int capacity = this.stores.settings.messagesPerChannel();
		long now = this.stores.clock.millis();
		Message cached = shared(message);
		this.stores.messages.compute(message.channelId(), (ring) -> {
			ChannelMessages messages = (ring != null) ? ring : new ChannelMessages(capacity);
			messages.add(cached, now);
			return messages;
		});
	}

	private Message messageUpdated(Message message) {
		if (message.id() == null || message.channelId() == null) {
			ignored("MESSAGE_UPDATE without an id or channel");
			return null;
		}
		ChannelMessages ring = this.stores.messages.peek(message.channelId());
		return (ring != null) ? ring.replace(shared(message)) : null;
	}

	/**
	 * Return a message that holds the cached user as its author and the cached guild's id, when they are equal.
	 */
	private Message shared(Message message) {
		User author = message.author();
		if (author != null && author.id() != null) {
			User cached = this.stores.users.peek(author.id());
			if (author.equals(cached)) {
				author = cached;
			}
		}
		Snowflake guildId = message.guildId();
		if (guildId != null) {
			Guild guild = this.stores.guilds.peek(guildId);
			if (guild != null) {
				guildId = guild.id();
			}
		}
		return CachedForms.withShared(message, author, guildId);
	}

	private Message messageDeleted(Snowflake channelId, Snowflake messageId) {
		if (channelId == null || messageId == null) {
			ignored("message delete without an id or channel");
			return null;
		}
		ChannelMessages ring = this.stores.messages.peek(channelId);
		return (ring != null) ? ring.remove(messageId.value()) : null;
	}

	private void ignored(String what) {
		this.stores.ignoredEvents.increment();
		logger.debug("Cache ignored {}", what);
	}

}
