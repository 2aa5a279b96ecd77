package dev.serenity.model;

import java.util.List;

/**
 * A page of a guild's audit log, with the users its entries name.
 *
 * @param auditLogEntries the entries, newest first; never {@code null}
 * @param users the users the entries refer to; never {@code null}
 */
public record AuditLog(List<AuditLogEntry> auditLogEntries, List<User> users) {

	/**
	 * Create a page.
	 */
	public AuditLog {
		auditLogEntries = Copies.list(auditLogEntries);
		users = Copies.list(users);
	}

}
