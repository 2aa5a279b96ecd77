package dev.serenity.model;

import java.util.Map;

/**
 * The entities an interaction's options or select values refer to, by id. Maps are never {@code null}.
 *
 * @param users the users
 * @param members the members, without {@code user} (look it up in {@code users})
 * @param roles the roles
 * @param channels the partial channels, with the invoker's {@code permissions}
 * @param messages the partial messages
 * @param attachments the attachments
 */
public record ResolvedData(Map<Snowflake, User> users, Map<Snowflake, PartialMember> members,
		Map<Snowflake, Role> roles, Map<Snowflake, Channel> channels, Map<Snowflake, Message> messages,
		Map<Snowflake, Attachment> attachments) {

	/**
	 * Create resolved data.
	 */
	public ResolvedData {
		users = Copies.map(users);
		members = Copies.map(members);
		roles = Copies.map(roles);
		channels = Copies.map(channels);
		messages = Copies.map(messages);
		attachments = Copies.map(attachments);
	}

}
