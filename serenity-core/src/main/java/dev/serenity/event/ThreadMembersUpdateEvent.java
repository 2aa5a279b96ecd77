package dev.serenity.event;

import java.util.List;

import dev.serenity.model.Copies;
import dev.serenity.model.Snowflake;
import dev.serenity.model.ThreadMember;

/**
 * THREAD_MEMBERS_UPDATE: users were added to or removed from a thread. Lists are never {@code null}.
 *
 * @param id the thread
 * @param guildId the guild
 * @param memberCount the approximate member count, up to 50
 * @param addedMembers the users added, with their members and presences
 * @param removedMemberIds the users removed
 */
public record ThreadMembersUpdateEvent(Snowflake id, Snowflake guildId, Integer memberCount,
		List<ThreadMember> addedMembers, List<Snowflake> removedMemberIds) implements DiscordEvent {

	/**
	 * Create the event.
	 */
	public ThreadMembersUpdateEvent {
		addedMembers = Copies.list(addedMembers);
		removedMemberIds = Copies.list(removedMemberIds);
	}

}
