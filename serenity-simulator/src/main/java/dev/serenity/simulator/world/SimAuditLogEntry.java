package dev.serenity.simulator.world;

/**
 * An entry of a guild's audit log.
 *
 * @param id the entry's snowflake (its creation time)
 * @param actionType Discord's audit log event type, e.g. {@link #MEMBER_BAN_ADD}
 * @param targetId the affected user, role or guild, or 0
 * @param userId who made the change
 * @param reason the {@code X-Audit-Log-Reason}, or {@code null}
 */
public record SimAuditLogEntry(long id, int actionType, long targetId, long userId, String reason) {

	/** The guild's settings changed. */
	public static final int GUILD_UPDATE = 1;

	/** A member was kicked. */
	public static final int MEMBER_KICK = 20;

	/** A user was banned. */
	public static final int MEMBER_BAN_ADD = 22;

	/** A ban was lifted. */
	public static final int MEMBER_BAN_REMOVE = 23;

	/** A member's nickname, voice state or timeout changed. */
	public static final int MEMBER_UPDATE = 24;

	/** A member's roles changed. */
	public static final int MEMBER_ROLE_UPDATE = 25;

	/** A role was created. */
	public static final int ROLE_CREATE = 30;

	/** A role was changed. */
	public static final int ROLE_UPDATE = 31;

	/** A role was deleted. */
	public static final int ROLE_DELETE = 32;

}
