package dev.serenity.model;

import java.util.List;

/**
 * A list of threads as the thread listing endpoints answer it: the threads, the bot's memberships of them, and
 * whether more archived threads remain.
 *
 * @param threads the threads
 * @param members the bot's thread memberships among them
 * @param hasMore whether a later page holds more threads; {@code null} for active threads
 */
public record ThreadList(List<Channel> threads, List<ThreadMember> members, Boolean hasMore) {

	/**
	 * Create a thread list.
	 */
	public ThreadList {
		threads = Copies.list(threads);
		members = Copies.list(members);
	}

	/**
	 * Return whether more archived threads remain.
	 * @return {@code true} only when Discord said so
	 */
	public boolean more() {
		return Boolean.TRUE.equals(this.hasMore);
	}

}
