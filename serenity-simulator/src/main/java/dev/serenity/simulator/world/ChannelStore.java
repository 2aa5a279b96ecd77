package dev.serenity.simulator.world;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state around channels that is not part of a channel itself: who is a member of which thread, and the invites.
 * Reached through {@link World#channelStore()}.
 */
public final class ChannelStore {

	/** Length of a generated invite code. */
	public static final int INVITE_CODE_LENGTH = 8;

	private static final String CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private final SecureRandom random = new SecureRandom();

	private final Map<Long, Map<Long, SimThreadMember>> threadMembers = new ConcurrentHashMap<>();

	private final Map<String, SimInvite> invites = new ConcurrentHashMap<>();

	ChannelStore() {
	}

	/**
	 * Add a member to a thread, keeping an existing membership.
	 * @param member the membership
	 * @return whether the user was not a member before
	 */
	public boolean addThreadMember(SimThreadMember member) {
		return this.threadMembers.computeIfAbsent(member.threadId(), (id) -> new ConcurrentHashMap<>())
			.putIfAbsent(member.userId(), member) == null;
	}

	/**
	 * Remove a member from a thread.
	 * @param threadId the thread
	 * @param userId the user
	 * @return whether the user was a member
	 */
	public boolean removeThreadMember(long threadId, long userId) {
		Map<Long, SimThreadMember> members = this.threadMembers.get(threadId);
		return members != null && members.remove(userId) != null;
	}

	/**
	 * Return a thread membership.
	 * @param threadId the thread
	 * @param userId the user
	 * @return the membership, if the user is a member
	 */
	public Optional<SimThreadMember> threadMember(long threadId, long userId) {
		Map<Long, SimThreadMember> members = this.threadMembers.get(threadId);
		return Optional.ofNullable((members != null) ? members.get(userId) : null);
	}

	/**
	 * Return the members of a thread by user id.
	 * @param threadId the thread
	 * @return its members
	 */
	public List<SimThreadMember> threadMembers(long threadId) {
		List<SimThreadMember> list = new ArrayList<>(this.threadMembers.getOrDefault(threadId, Map.of()).values());
		list.sort(Comparator.comparingLong(SimThreadMember::userId));
		return list;
	}

	/**
	 * Forget every member of a thread.
	 * @param threadId the thread
	 */
	public void forgetThread(long threadId) {
		this.threadMembers.remove(threadId);
	}

	/**
	 * Return a fresh invite code.
	 * @return {@value #INVITE_CODE_LENGTH} letters and digits not in use
	 */
	public String nextInviteCode() {
		while (true) {
			StringBuilder code = new StringBuilder(INVITE_CODE_LENGTH);
			for (int i = 0; i < INVITE_CODE_LENGTH; i++) {
				code.append(CODE_ALPHABET.charAt(this.random.nextInt(CODE_ALPHABET.length())));
			}
			if (!this.invites.containsKey(code.toString())) {
				return code.toString();
			}
		}
	}

	/**
	 * Store an invite (replacing one with the same code).
	 * @param invite the invite
	 */
	public void putInvite(SimInvite invite) {
		this.invites.put(invite.code(), invite);
	}

	/**
	 * Return an invite.
	 * @param code its code
	 * @return the invite, if there is one
	 */
	public Optional<SimInvite> invite(String code) {
		return Optional.ofNullable(this.invites.get(code));
	}

	/**
	 * Remove an invite.
	 * @param code its code
	 * @return the removed invite, if there was one
	 */
	public Optional<SimInvite> removeInvite(String code) {
		return Optional.ofNullable(this.invites.remove(code));
	}

	/**
	 * Return the invites of a channel, oldest first.
	 * @param channelId the channel
	 * @return its invites
	 */
	public List<SimInvite> invitesOf(long channelId) {
		List<SimInvite> list = new ArrayList<>();
		for (SimInvite invite : this.invites.values()) {
			if (invite.channelId() == channelId) {
				list.add(invite);
			}
		}
		list.sort(Comparator.comparing(SimInvite::createdAt).thenComparing(SimInvite::code));
		return list;
	}

}
