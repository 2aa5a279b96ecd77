package dev.serenity.rest.api;

import dev.serenity.model.Snowflake;

/**
 * Which audit log entries {@code GET /guilds/{guild.id}/audit-logs} returns, newest first.
 *
 * <pre>{@code
 * AuditLogQuery.latest(10).withActionType(22);   // the last 10 bans
 * }</pre>
 *
 * @param limit {@value #MIN_LIMIT} to {@value #MAX_LIMIT} entries
 * @param userId only entries made by this user, or {@code null}
 * @param actionType only entries of this audit log event type (e.g. 22 for bans), or {@code null}
 * @param before only entries older than this id, or {@code null}
 * @param after only entries newer than this id, or {@code null}
 */
public record AuditLogQuery(int limit, Snowflake userId, Integer actionType, Snowflake before, Snowflake after) {

	/** Fewest entries a page holds. */
	public static final int MIN_LIMIT = 1;

	/** Most entries a page holds. */
	public static final int MAX_LIMIT = 100;

	/** Entries of a page when not asked otherwise. */
	public static final int DEFAULT_LIMIT = 50;

	/**
	 * Create a query.
	 * @throws IllegalArgumentException naming the field when the limit or action type is out of range or an id is
	 * invalid
	 */
	public AuditLogQuery {
		if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("'limit' must be from " + MIN_LIMIT + " to " + MAX_LIMIT + " but was "
					+ limit);
		}
		if (actionType != null && actionType < 1) {
			throw new IllegalArgumentException("'actionType' must be positive but was " + actionType);
		}
		Checks.optionalId("userId", userId);
		Checks.optionalId("before", before);
		Checks.optionalId("after", after);
	}

	/**
	 * Return the newest entries.
	 * @param limit 1 to 100
	 * @return the query
	 */
	public static AuditLogQuery latest(int limit) {
		return new AuditLogQuery(limit, null, null, null, null);
	}

	/** Only entries by a user. @param user the user @return the new query */
	public AuditLogQuery withUserId(Snowflake user) {
		return new AuditLogQuery(this.limit, user, this.actionType, this.before, this.after);
	}

	/** Only entries of a type. @param type the audit log event type @return the new query */
	public AuditLogQuery withActionType(int type) {
		return new AuditLogQuery(this.limit, this.userId, type, this.before, this.after);
	}

	/** Only entries older than an id. @param id the entry id @return the new query */
	public AuditLogQuery withBefore(Snowflake id) {
		return new AuditLogQuery(this.limit, this.userId, this.actionType, id, this.after);
	}

	/** Only entries newer than an id. @param id the entry id @return the new query */
	public AuditLogQuery withAfter(Snowflake id) {
		return new AuditLogQuery(this.limit, this.userId, this.actionType, this.before, id);
	}

}
