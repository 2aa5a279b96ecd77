package dev.serenity.cache;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.serenity.event.ChannelCreateEvent;
import dev.serenity.event.ChannelDeleteEvent;
import dev.serenity.event.ChannelUpdateEvent;
import dev.serenity.event.GuildCreateEvent;
import dev.serenity.event.GuildDeleteEvent;
import dev.serenity.event.GuildEmojisUpdateEvent;
import dev.serenity.event.GuildMemberAddEvent;
import dev.serenity.event.GuildMemberRemoveEvent;
import dev.serenity.event.GuildMemberUpdateEvent;
import dev.serenity.event.GuildMembersChunkEvent;
import dev.serenity.event.GuildRoleCreateEvent;
import dev.serenity.event.GuildRoleDeleteEvent;
import dev.serenity.event.GuildRoleUpdateEvent;
import dev.serenity.event.GuildStickersUpdateEvent;
import dev.serenity.event.GuildUpdateEvent;
import dev.serenity.event.MessageCreateEvent;
import dev.serenity.event.MessageDeleteBulkEvent;
import dev.serenity.event.MessageDeleteEvent;
import dev.serenity.event.MessageUpdateEvent;
import dev.serenity.event.PresenceUpdateEvent;
import dev.serenity.event.RateLimitedEvent;
import dev.serenity.event.ReadyEvent;
import dev.serenity.event.ThreadCreateEvent;
import dev.serenity.event.ThreadDeleteEvent;
import dev.serenity.event.ThreadListSyncEvent;
import dev.serenity.event.ThreadUpdateEvent;
import dev.serenity.event.UserUpdateEvent;
import dev.serenity.event.VoiceStateUpdateEvent;

/**
 * Which event types a cache with given settings applies; the others are not decoded for it.
 */
final class CachedEvents {

	private CachedEvents() {
	}

	static Set<Class<?>> handled(CacheSettings settings) {
		Set<Class<?>> handled = new HashSet<>();
		boolean anything = false;
		for (CacheKind kind : CacheKind.values()) {
			anything |= settings.caches(kind);
		}
		if (!anything) {
			return Set.of();
		}
		handled.addAll(List.of(ReadyEvent.class, UserUpdateEvent.class, GuildCreateEvent.class, GuildUpdateEvent.class,
				GuildDeleteEvent.class));
		if (settings.caches(CacheKind.CHANNELS) || settings.caches(CacheKind.THREADS)
				|| settings.caches(CacheKind.MESSAGES)) {
			handled.addAll(List.of(ChannelCreateEvent.class, ChannelUpdateEvent.class, ChannelDeleteEvent.class));
		}
		if (settings.caches(CacheKind.THREADS) || settings.caches(CacheKind.MESSAGES)) {
			handled.addAll(List.of(ThreadCreateEvent.class, ThreadUpdateEvent.class, ThreadDeleteEvent.class,
					ThreadListSyncEvent.class));
		}
		if (settings.caches(CacheKind.ROLES)) {
			handled.addAll(List.of(GuildRoleCreateEvent.class, GuildRoleUpdateEvent.class, GuildRoleDeleteEvent.class));
		}
		if (settings.caches(CacheKind.EMOJIS)) {
			handled.add(GuildEmojisUpdateEvent.class);
		}
		if (settings.caches(CacheKind.STICKERS)) {
			handled.add(GuildStickersUpdateEvent.class);
		}
		boolean members = settings.caches(CacheKind.MEMBERS) || settings.caches(CacheKind.USERS);
		if (members || settings.caches(CacheKind.PRESENCES) || settings.caches(CacheKind.VOICE_STATES)) {
			handled.addAll(List.of(GuildMemberAddEvent.class, GuildMemberUpdateEvent.class,
					GuildMemberRemoveEvent.class, GuildMembersChunkEvent.class));
		}
		if (settings.caches(CacheKind.PRESENCES) || (members && settings.memberCachePolicy() != MemberCachePolicy.ALL)) {
			handled.add(PresenceUpdateEvent.class);
		}
		if (settings.caches(CacheKind.VOICE_STATES) || members) {
			handled.add(VoiceStateUpdateEvent.class);
		}
		if (settings.caches(CacheKind.MESSAGES)) {
			handled.addAll(List.of(MessageCreateEvent.class, MessageUpdateEvent.class, MessageDeleteEvent.class,
					MessageDeleteBulkEvent.class));
		}
		if (settings.chunkMembers()) {
			handled.add(RateLimitedEvent.class);
		}
		return Set.copyOf(handled);
	}

}
