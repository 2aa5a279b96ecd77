package dev.serenity.event;

import java.util.List;

import dev.serenity.model.Copies;
import dev.serenity.model.Member;
import dev.serenity.model.Presence;
import dev.serenity.model.Snowflake;

/**
 * GUILD_MEMBERS_CHUNK: one chunk of the answer to a request guild members command (op 8). Lists are never
 * {@code null}.
 *
 * @param guildId the guild
 * @param members the members of this chunk
 * @param chunkIndex the chunk's index, from 0
 * @param chunkCount the number of chunks
 * @param notFound the requested ids that are not members
 * @param presences the members' presences, when requested
 * @param nonce the nonce of the request
 */
public record GuildMembersChunkEvent(Snowflake guildId, List<Member> members, Integer chunkIndex, Integer chunkCount,
		List<Snowflake> notFound, List<Presence> presences, String nonce) implements DiscordEvent {

	/**
	 * Create the event.
	 */
	public GuildMembersChunkEvent {
		members = Copies.list(members);
		notFound = Copies.list(notFound);
		presences = Copies.list(presences);
	}

	/**
	 * Return whether this is the last chunk of the answer.
	 * @return whether {@code chunkIndex} is {@code chunkCount - 1}
	 */
	public boolean last() {
		return this.chunkIndex != null && this.chunkCount != null && this.chunkIndex == this.chunkCount - 1;
	}

}
