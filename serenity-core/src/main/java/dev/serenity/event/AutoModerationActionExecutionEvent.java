package dev.serenity.event;

import dev.serenity.model.AutoModerationAction;
import dev.serenity.model.Snowflake;

/**
 * AUTO_MODERATION_ACTION_EXECUTION: an auto-moderation rule acted on a message or member.
 *
 * @param guildId the guild
 * @param action the action taken
 * @param ruleId the rule
 * @param ruleTriggerType the rule's trigger type
 * @param userId the user whose content triggered it
 * @param channelId the channel of the content
 * @param messageId the message, unless it was blocked
 * @param alertSystemMessageId the alert message, for alert actions
 * @param content the content that triggered it; empty without MESSAGE_CONTENT
 * @param matchedKeyword the keyword or pattern that matched
 * @param matchedContent the part of the content that matched; empty without MESSAGE_CONTENT
 */
public record AutoModerationActionExecutionEvent(Snowflake guildId, AutoModerationAction action, Snowflake ruleId,
		Integer ruleTriggerType, Snowflake userId, Snowflake channelId, Snowflake messageId,
		Snowflake alertSystemMessageId, String content, String matchedKeyword,
		String matchedContent) implements DiscordEvent {

}
