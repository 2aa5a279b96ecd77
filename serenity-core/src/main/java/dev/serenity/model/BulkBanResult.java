package dev.serenity.model;

import java.util.List;

/**
 * The answer of a bulk ban: who was banned and who was not (already banned, or above the bot).
 *
 * @param bannedUsers the users banned; never {@code null}
 * @param failedUsers the users not banned; never {@code null}
 */
public record BulkBanResult(List<Snowflake> bannedUsers, List<Snowflake> failedUsers) {

	/**
	 * Create a result.
	 */
	public BulkBanResult {
		bannedUsers = Copies.list(bannedUsers);
		failedUsers = Copies.list(failedUsers);
	}

}
