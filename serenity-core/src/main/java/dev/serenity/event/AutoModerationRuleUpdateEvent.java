package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.AutoModerationRule;

/**
 * AUTO_MODERATION_RULE_UPDATE: an auto-moderation rule was changed.
 *
 * @param rule the rule as it is now
 */
public record AutoModerationRuleUpdateEvent(@JsonValue AutoModerationRule rule) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code rule} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public AutoModerationRuleUpdateEvent {
		Objects.requireNonNull(rule, "'rule' must not be null");
	}

}
