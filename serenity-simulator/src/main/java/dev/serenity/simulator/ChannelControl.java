package dev.serenity.simulator;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.serenity.simulator.gateway.Dispatch;
import dev.serenity.simulator.gateway.Gateway;
import dev.serenity.simulator.gateway.GatewaySession;
import dev.serenity.simulator.gateway.Intent;
import dev.serenity.simulator.world.SimChannel;
import dev.serenity.simulator.world.SimInvite;
import dev.serenity.simulator.world.SimMember;
import dev.serenity.simulator.world.SimThreadMember;
import dev.serenity.simulator.world.World;
import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * Changes channels, threads, thread members and invites, and sends the gateway events Discord sends for each change:
 * CHANNEL_CREATE/UPDATE/DELETE, THREAD_CREATE/UPDATE/DELETE, THREAD_MEMBER_UPDATE, THREAD_MEMBERS_UPDATE,
 * TYPING_START and INVITE_CREATE/DELETE. Reached through {@link SimulatorControl#channels()}.
 */
public final class ChannelControl {

	/** Most members THREAD_MEMBERS_UPDATE counts. */
	public static final int MAX_COUNTED_THREAD_MEMBERS = 50;

	private final World world;

	private final WorldJson json;

	private final Gateway gateway;

	ChannelControl(World world, Gateway gateway) {
		this.world = world;
		this.json = new WorldJson(world);
		this.gateway = gateway;
	}

	/**
	 * Store a new guild channel; sends CHANNEL_CREATE.
	 * @param channel the channel (not a thread)
	 * @return the channel
	 */
	public SimChannel create(SimChannel channel) {
		if (channel.isThread() || channel.isDm()) {
			throw new IllegalArgumentException("Use startThread for threads; DMs are created with dmChannel");
		}
		this.world.addChannel(channel);
		this.gateway.dispatch(Dispatch.of("CHANNEL_CREATE", channel.guildId(), this.json.channel(channel)));
		return channel;
	}

	/**
	 * Change a channel or thread; sends CHANNEL_UPDATE or THREAD_UPDATE.
	 * @param channelId the channel
	 * @param change computes the new channel from the stored one
	 * @return the changed channel
	 * @throws dev.serenity.simulator.world.UnknownEntityException for an unknown channel
	 */
	public SimChannel update(long channelId, UnaryOperator<SimChannel> change) {
		SimChannel changed = this.world.updateChannel(channelId, change);
		if (!changed.isDm()) {
			this.gateway.dispatch(Dispatch.of(changed.isThread() ? "THREAD_UPDATE" : "CHANNEL_UPDATE",
					changed.guildId(), this.json.channel(changed)));
		}
		return changed;
	}

	/**
	 * Delete a channel or thread; sends CHANNEL_DELETE (the channel) or THREAD_DELETE ({@code id, guild_id,
	 * parent_id, type}). The channel's invites and threads go with it, without events of their own.
	 * @param channelId the channel
	 * @return the deleted channel, if there was one
	 */
	public Optional<SimChannel> delete(long channelId) {
		Optional<SimChannel> removed = this.world.removeChannel(channelId);
		removed.ifPresent((channel) -> {
			this.world.channelStore()
				.invitesOf(channelId)
				.forEach((invite) -> this.world.channelStore().removeInvite(invite.code()));
			if (channel.isDm()) {
				return;
			}
			if (channel.isThread()) {
				ObjectNode data = WorldJson.object();
				data.put("id", WorldJson.id(channel.id()));
				data.put("guild_id", WorldJson.id(channel.guildId()));
				data.put("parent_id", WorldJson.id(channel.parentId()));
				data.put("type", channel.type());
				this.gateway.dispatch(Dispatch.of("THREAD_DELETE", channel.guildId(), data));
			}
			else {
				this.world.threadsOf(channel.guildId())
					.stream()
					.filter((thread) -> thread.parentId() == channelId)
					.forEach((thread) -> this.world.removeChannel(thread.id()));
				this.gateway.dispatch(Dispatch.of("CHANNEL_DELETE", channel.guildId(), this.json.channel(channel)));
			}
		});
		return removed;
	}

	/**
	 * Store a new thread whose creator becomes its first member; sends THREAD_CREATE with
	 * {@code newly_created: true}, and THREAD_MEMBER_UPDATE when the bot created it.
	 * @param thread the thread
	 * @return the thread
	 */
	public SimChannel startThread(SimChannel thread) {
		if (!thread.isThread() || thread.thread() == null) {
			throw new IllegalArgumentException("Channel " + thread.id() + " is no thread");
		}
		this.world.addChannel(thread);
		SimThreadMember creator = new SimThreadMember(thread.id(), thread.ownerId(), this.world.now(), 0);
		this.world.channelStore().addThreadMember(creator);
		ObjectNode data = this.json.channel(thread);
		data.put("newly_created", true);
		this.gateway.dispatch(Dispatch.of("THREAD_CREATE", thread.guildId(), data));
		if (thread.ownerId() == this.world.bot().id()) {
			ObjectNode member = this.json.threadMember(creator, false);
			member.put("guild_id", WorldJson.id(thread.guildId()));
			this.gateway.dispatch(Dispatch.of("THREAD_MEMBER_UPDATE", thread.guildId(), member));
		}
		return thread;
	}

	/**
	 * Add a user to a thread; sends THREAD_MEMBERS_UPDATE (to sessions without GUILD_MEMBERS only when the user is
	 * the bot), and THREAD_CREATE with the bot's {@code member} when the bot joined.
	 * @param threadId the thread
	 * @param userId the user
	 * @return whether the user was not a member before (nothing is sent otherwise)
	 */
	public boolean addThreadMember(long threadId, long userId) {
		SimChannel thread = this.world.channel(threadId);
		this.world.user(userId);
		SimThreadMember member = new SimThreadMember(threadId, userId, this.world.now(), 0);
		if (!this.world.channelStore().addThreadMember(member)) {
			return false;
		}
		ObjectNode data = membersUpdate(thread);
		ObjectNode added = this.json.threadMember(member, true);
		added.putNull("presence");
		data.putArray("added_members").add(added);
		dispatchMembersUpdate(thread, userId, data);
		if (userId == this.world.bot().id()) {
			ObjectNode created = this.json.channel(thread);
			created.set("member", this.json.threadMember(member, false));
			this.gateway.dispatch(Dispatch.of("THREAD_CREATE", thread.guildId(), created));
		}
		return true;
	}

	/**
	 * Remove a user from a thread; sends THREAD_MEMBERS_UPDATE (to sessions without GUILD_MEMBERS only when the
	 * user is the bot).
	 * @param threadId the thread
	 * @param userId the user
	 * @return whether the user was a member (nothing is sent otherwise)
	 */
	public boolean removeThreadMember(long threadId, long userId) {
		SimChannel thread = this.world.channel(threadId);
		if (!this.world.channelStore().removeThreadMember(threadId, userId)) {
			return false;
		}
		ObjectNode data = membersUpdate(thread);
		data.putArray("removed_member_ids").add(WorldJson.id(userId));
		dispatchMembersUpdate(thread, userId, data);
		return true;
	}

	private ObjectNode membersUpdate(SimChannel thread) {
		ObjectNode data = WorldJson.object();
		data.put("id", WorldJson.id(thread.id()));
		data.put("guild_id", WorldJson.id(thread.guildId()));
		data.put("member_count", Math.min(MAX_COUNTED_THREAD_MEMBERS,
				this.world.channelStore().threadMembers(thread.id()).size()));
		return data;
	}

	private void dispatchMembersUpdate(SimChannel thread, long userId, ObjectNode data) {
		Dispatch dispatch = Dispatch.of("THREAD_MEMBERS_UPDATE", thread.guildId(), data);
		boolean aboutBot = userId == this.world.bot().id();
		for (GatewaySession session : this.gateway.sessions()) {
			if (Snowflakes.shardOf(thread.guildId(), session.numShards()) == session.shardId()
					&& (aboutBot || Intent.GUILD_MEMBERS.in(session.intents()))) {
				session.dispatch(dispatch);
			}
		}
	}

	/**
	 * Make a user start typing in a channel; sends TYPING_START (with the member in a guild).
	 * @param userId the user
	 * @param channelId the channel
	 */
	public void typing(long userId, long channelId) {
		SimChannel channel = this.world.channel(channelId);
		ObjectNode data = WorldJson.object();
		data.put("channel_id", WorldJson.id(channelId));
		if (!channel.isDm()) {
			data.put("guild_id", WorldJson.id(channel.guildId()));
			SimMember member = this.world.guild(channel.guildId()).members().get(userId);
			if (member != null) {
				data.set("member", this.json.member(member, true));
			}
		}
		data.put("user_id", WorldJson.id(userId));
		data.put("timestamp", this.world.now().getEpochSecond());
		this.gateway.dispatch(Dispatch.of("TYPING_START", channel.guildId(), data));
	}

	/**
	 * Store an invite; sends INVITE_CREATE.
	 * @param invite the invite
	 * @return the invite
	 */
	public SimInvite createInvite(SimInvite invite) {
		this.world.channelStore().putInvite(invite);
		ObjectNode data = WorldJson.object();
		data.put("channel_id", WorldJson.id(invite.channelId()));
		data.put("code", invite.code());
		data.put("created_at", WorldJson.timestamp(invite.createdAt()));
		data.put("guild_id", WorldJson.id(invite.guildId()));
		data.set("inviter", this.json.user(this.world.user(invite.inviterId())));
		data.put("max_age", invite.maxAge());
		data.put("max_uses", invite.maxUses());
		data.put("temporary", invite.temporary());
		data.put("uses", 0);
		data.put("expires_at", (invite.expiresAt() != null) ? WorldJson.timestamp(invite.expiresAt()) : null);
		this.gateway.dispatch(Dispatch.of("INVITE_CREATE", invite.guildId(), data));
		return invite;
	}

	/**
	 * Delete an invite; sends INVITE_DELETE.
	 * @param code the invite's code
	 * @return the deleted invite, if there was one
	 */
	public Optional<SimInvite> deleteInvite(String code) {
		Optional<SimInvite> removed = this.world.channelStore().removeInvite(code);
		removed.ifPresent((invite) -> {
			ObjectNode data = WorldJson.object();
			data.put("channel_id", WorldJson.id(invite.channelId()));
			data.put("guild_id", WorldJson.id(invite.guildId()));
			data.put("code", invite.code());
			this.gateway.dispatch(Dispatch.of("INVITE_DELETE", invite.guildId(), data));
		});
		return removed;
	}

	/**
	 * Return the members of a thread.
	 * @param threadId the thread
	 * @return its members
	 */
	public List<SimThreadMember> threadMembers(long threadId) {
		return this.world.channelStore().threadMembers(threadId);
	}

}
