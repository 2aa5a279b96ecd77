package dev.serenity.event;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.serenity.model.AutoModerationRule;

/**
 * AUTO_MODERATION_RULE_CREATE: an auto-moderation rule was created.
 *
 * @param rule the new rule
 */
public record AutoModerationRuleCreateEvent(@JsonValue AutoModerationRule rule) implements DiscordEvent {

	/**
	 * Create the event. In JSON the event is the {@code rule} itself.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public AutoModerationRuleCreateEvent {
		Objects.requireNonNull(rule, "'rule' must not be null");
	}

}
