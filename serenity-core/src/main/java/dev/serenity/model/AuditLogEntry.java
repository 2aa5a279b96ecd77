package dev.serenity.model;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * An entry of a guild's audit log, as GUILD_AUDIT_LOG_ENTRY_CREATE sends it.
 *
 * @param id the entry's id
 * @param targetId the affected entity (user, role, channel, ...), as Discord's string
 * @param changes the changes made; never {@code null}
 * @param userId the user or application that made them
 * @param actionType the audit log event type, such as 22 for a ban
 * @param options extra information for some action types
 * @param reason the reason given
 * @param guildId the guild, in GUILD_AUDIT_LOG_ENTRY_CREATE
 */
public record AuditLogEntry(Snowflake id, String targetId, List<Change> changes, Snowflake userId,
		Integer actionType, Info options, String reason, Snowflake guildId) {

	/**
	 * Create an entry.
	 */
	public AuditLogEntry {
		changes = Copies.list(changes);
	}

	/**
	 * A changed property. Values keep the JSON type of the property they describe; {@code $add} and {@code $remove}
	 * hold arrays of partial roles. The accessors return copies, so an entry cannot be changed.
	 *
	 * @param key the property's name
	 * @param newValue the value after the change
	 * @param oldValue the value before the change
	 */
	public record Change(String key, JsonNode newValue, JsonNode oldValue) {

		/**
		 * Create a change, copying the values.
		 */
		public Change {
			newValue = (newValue != null) ? newValue.deepCopy() : null;
			oldValue = (oldValue != null) ? oldValue.deepCopy() : null;
		}

		/**
		 * Return the value after the change.
		 * @return a copy of the value, or {@code null}
		 */
		@Override
		public JsonNode newValue() {
			return (this.newValue != null) ? this.newValue.deepCopy() : null;
		}

		/**
		 * Return the value before the change.
		 * @return a copy of the value, or {@code null}
		 */
		@Override
		public JsonNode oldValue() {
			return (this.oldValue != null) ? this.oldValue.deepCopy() : null;
		}

	}

	/**
	 * Extra information of an entry, depending on its action type. Discord sends most numbers here as strings.
	 *
	 * @param applicationId the application whose command permissions changed
	 * @param autoModerationRuleName the auto-moderation rule that acted
	 * @param autoModerationRuleTriggerType the rule's trigger type
	 * @param channelId the channel concerned
	 * @param count the number of entities concerned
	 * @param deleteMemberDays the inactivity days of a prune
	 * @param id the overwritten role or member
	 * @param membersRemoved the number of members pruned
	 * @param messageId the message concerned
	 * @param roleName the name of the overwritten role
	 * @param type the overwrite type: {@code "0"} role, {@code "1"} member
	 * @param integrationType the type of integration that kicked or demoted a member
	 * @param status the new voice channel status
	 */
	public record Info(Snowflake applicationId, String autoModerationRuleName, String autoModerationRuleTriggerType,
			Snowflake channelId, String count, String deleteMemberDays, Snowflake id, String membersRemoved,
			Snowflake messageId, String roleName, String type, String integrationType, String status) {
	}

}
