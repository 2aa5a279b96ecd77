package dev.serenity.cache;

import java.util.function.Consumer;

import dev.serenity.event.DiscordEvent;
import dev.serenity.event.GuildMemberAddEvent;
import dev.serenity.event.GuildMemberRemoveEvent;
import dev.serenity.event.GuildMemberUpdateEvent;
import dev.serenity.event.GuildMembersChunkEvent;
import dev.serenity.event.PresenceUpdateEvent;
import dev.serenity.event.VoiceStateUpdateEvent;
import dev.serenity.model.Guild;
import dev.serenity.model.Member;
import dev.serenity.model.OnlineStatus;
import dev.serenity.model.Presence;
import dev.serenity.model.Snowflake;
import dev.serenity.model.User;
import dev.serenity.model.VoiceState;

/**
 * Applies the events about guild members to the member, user, presence and voice-state stores, asking the
 * {@link MemberCachePolicy} which members to keep.
 */
final class MemberUpdater {

	/** What {@link #apply} answers for events it does not handle. */
	static final Object NOT_MINE = new Object();

	private final CacheStores stores;

	private final Consumer<String> ignored;

	MemberUpdater(CacheStores stores, Consumer<String> ignored) {
		this.stores = stores;
		this.ignored = ignored;
	}

	/**
	 * Apply a member event.
	 * @return the state before, {@code null}, or {@link #NOT_MINE}
	 */
	Object apply(DiscordEvent event) {
		if (event instanceof PresenceUpdateEvent presence) {
			return presenceUpdated(presence.presence().guildId(), presence.presence());
		}
		if (event instanceof GuildMemberUpdateEvent updated) {
			return memberPut(updated.member().guildId(), updated.member(), "GUILD_MEMBER_UPDATE");
		}
		if (event instanceof GuildMemberAddEvent added) {
			return memberPut(added.member().guildId(), added.member(), "GUILD_MEMBER_ADD");
		}
		if (event instanceof GuildMemberRemoveEvent removed) {
			return memberRemoved(removed);
		}
		if (event instanceof VoiceStateUpdateEvent voice) {
			return voiceStateUpdated(voice.voiceState().guildId(), voice.voiceState());
		}
		if (event instanceof GuildMembersChunkEvent chunk) {
			chunk(chunk);
			return null;
		}
		return NOT_MINE;
	}

	void guildCreated(Guild guild) {
		for (Presence presence : guild.presences()) {
			presenceUpdated(guild.id(), presence);
		}
		for (VoiceState state : guild.voiceStates()) {
			voiceStateUpdated(guild.id(), state);
		}
		for (Member member : guild.members()) {
			memberPut(guild.id(), member, "GUILD_CREATE");
		}
	}

	void guildRemoved(long guildId) {
		this.stores.members.removeIf((key, value) -> key.in(guildId));
		this.stores.presences.removeIf((key, value) -> key.in(guildId));
		this.stores.voiceStates.removeIf((key, value) -> key.in(guildId));
	}

	private void chunk(GuildMembersChunkEvent chunk) {
		if (chunk.guildId() == null || !this.stores.guildKnown(chunk.guildId().value())) {
			this.ignored.accept("GUILD_MEMBERS_CHUNK for unknown guild " + chunk.guildId());
			return;
		}
		for (Presence presence : chunk.presences()) {
			presenceUpdated(chunk.guildId(), presence);
		}
		for (Member member : chunk.members()) {
			memberPut(chunk.guildId(), member, "GUILD_MEMBERS_CHUNK");
		}
	}

	private Member memberPut(Snowflake guildId, Member member, String source) {
		Snowflake sharedGuildId = guildOf(guildId, (member.user() != null) ? member.user().id() : null,
				source + " member");
		if (sharedGuildId == null) {
			return null;
		}
		GuildKey key = new GuildKey(sharedGuildId, member.user().id());
		if (!keep(key, member, null)) {
			return this.stores.members.remove(key);
		}
		User user = sharedUser(member.user());
		return this.stores.members.put(new GuildKey(sharedGuildId, user.id()),
				CachedForms.inGuild(member, user, sharedGuildId));
	}

	private Member memberRemoved(GuildMemberRemoveEvent event) {
		if (event.guildId() == null || event.user() == null || event.user().id() == null) {
			this.ignored.accept("GUILD_MEMBER_REMOVE without a guild or user");
			return null;
		}
		GuildKey key = new GuildKey(event.guildId(), event.user().id());
		this.stores.presences.remove(key);
		this.stores.voiceStates.remove(key);
		return this.stores.members.remove(key);
	}

	private Presence presenceUpdated(Snowflake guildId, Presence presence) {
		Snowflake sharedGuildId = guildOf(guildId, (presence.user() != null) ? presence.user().id() : null,
				"presence");
		if (sharedGuildId == null) {
			return null;
		}
		GuildKey key = new GuildKey(sharedGuildId, presence.user().id());
		boolean online = presence.status() != null && presence.status() != OnlineStatus.OFFLINE;
		Presence before = online ? this.stores.presences.put(key, CachedForms.inGuild(presence, sharedGuildId))
				: this.stores.presences.remove(key);
		reconsider(key, online, null);
		return before;
	}

	private VoiceState voiceStateUpdated(Snowflake guildId, VoiceState state) {
		Snowflake sharedGuildId = guildOf(guildId, state.userId(), "voice state");
		if (sharedGuildId == null) {
			return null;
		}
		GuildKey key = new GuildKey(sharedGuildId, state.userId());
		boolean connected = state.channelId() != null;
		VoiceState before = connected ? this.stores.voiceStates.put(key, CachedForms.inGuild(state, sharedGuildId))
				: this.stores.voiceStates.remove(key);
		if (state.member() != null && state.member().user() != null) {
			memberPut(guildId, state.member(), "VOICE_STATE_UPDATE");
		}
		else {
			reconsider(key, null, connected);
		}
		return before;
	}

	/**
	 * Drop a cached member the policy no longer accepts after its presence or voice state changed.
	 */
	private void reconsider(GuildKey key, Boolean online, Boolean inVoice) {
		Member member = this.stores.members.peek(key);
		if (member != null && !keep(key, member, new Boolean[] { online, inVoice })) {
			this.stores.members.remove(key);
		}
	}

	private boolean keep(GuildKey key, Member member, Boolean[] known) {
		User self = this.stores.currentUser;
		if (self != null && key.id().equals(self.id())) {
			return true;
		}
		MemberCachePolicy policy = this.stores.settings.memberCachePolicy();
		if (policy == MemberCachePolicy.ALL) {
			return true;
		}
		if (policy == MemberCachePolicy.NONE) {
			return false;
		}
		boolean online = (known != null && known[0] != null) ? known[0] : this.stores.presences.peek(key) != null;
		boolean inVoice = (known != null && known[1] != null) ? known[1] : this.stores.voiceStates.peek(key) != null;
		Guild guild = this.stores.guilds.peek(key.guildId());
		boolean owner = guild != null && key.id().equals(guild.ownerId());
		return policy.cache(new MemberCachePolicy.MemberFacts(key.guildId().value(), member, online, inVoice, owner));
	}

	/**
	 * Return the shared id of the guild of an entry about a user, or {@code null} (counted as ignored) when the
	 * entry names no guild or user, or a guild the cache does not know.
	 */
	private Snowflake guildOf(Snowflake guildId, Snowflake userId, String what) {
		if (guildId == null || userId == null) {
			this.ignored.accept(what + " without a guild or user");
			return null;
		}
		Snowflake shared = sharedGuildId(guildId);
		if (shared == null) {
			this.ignored.accept(what + " in unknown guild " + guildId);
		}
		return shared;
	}

	/**
	 * Return the guild's id as the one instance the cached guild holds, the given one when guilds are not cached,
	 * or {@code null} for a guild the cache does not know.
	 */
	private Snowflake sharedGuildId(Snowflake guildId) {
		if (!this.stores.caches(CacheKind.GUILDS)) {
			return guildId;
		}
		Guild guild = this.stores.guilds.peek(guildId);
		return (guild != null) ? guild.id() : null;
	}

	/**
	 * Store a user seen as a member, and return the instance to share: the cached one when it is equal.
	 */
	private User sharedUser(User user) {
		if (!this.stores.caches(CacheKind.USERS)) {
			return user;
		}
		User[] shared = { user };
		this.stores.users.compute(user.id(), (cached) -> {
			shared[0] = user.equals(cached) ? cached : CachedForms.compact(user);
			return shared[0];
		});
		return shared[0];
	}

}
