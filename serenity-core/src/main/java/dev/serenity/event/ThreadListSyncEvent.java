package dev.serenity.event;

import java.util.List;

import dev.serenity.model.Channel;
import dev.serenity.model.Copies;
import dev.serenity.model.Snowflake;
import dev.serenity.model.ThreadMember;

/**
 * THREAD_LIST_SYNC: the bot gained access to a channel; these are its active threads. Lists are never {@code null}.
 *
 * @param guildId the guild
 * @param channelIds the parent channels synced; empty for the whole guild
 * @param threads the active threads of those channels the bot can see
 * @param members the bot's memberships of those threads
 */
public record ThreadListSyncEvent(Snowflake guildId, List<Snowflake> channelIds, List<Channel> threads,
		List<ThreadMember> members) implements DiscordEvent {

	/**
	 * Create the event.
	 */
	public ThreadListSyncEvent {
		channelIds = Copies.list(channelIds);
		threads = Copies.list(threads);
		members = Copies.list(members);
	}

}
