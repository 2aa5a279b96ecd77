package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.AutoModerationRule;

/**
 * AUTO_MODERATION_RULE_DELETE: an auto-moderation rule was deleted.
 *
 * @param rule the deleted rule
 */
public record AutoModerationRuleDeleteEvent(@JsonValue AutoModerationRule rule) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code rule} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public AutoModerationRuleDeleteEvent {
		Objects.requireNonNull(rule, "'rule' must not be null");
	}

}
