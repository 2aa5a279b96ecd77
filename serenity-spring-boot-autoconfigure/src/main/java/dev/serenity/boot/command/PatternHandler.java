package dev.serenity.boot.command;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A component or modal handler and the {@code custom_id} pattern it answers.
 *
 * @param pattern the pattern the whole {@code custom_id} must match
 * @param handler the handler
 */
record PatternHandler(Pattern pattern, InteractionHandlerMethod handler) {

	/**
	 * Match a {@code custom_id}.
	 * @param customId the id
	 * @return the matcher after a successful whole match, or {@code null}
	 */
	Matcher match(String customId) {
		if (customId == null) {
			return null;
		}
		Matcher matcher = this.pattern.matcher(customId);
		return matcher.matches() ? matcher : null;
	}

}
