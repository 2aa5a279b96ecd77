package dev.serenity.boot.command;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the method that handles uses of message components (buttons and select menus) whose {@code custom_id}
 * matches a regular expression as a whole. The method may take the
 * {@link dev.serenity.interaction.InteractionResponder}, the {@link dev.serenity.model.Interaction}, a
 * {@link String} (the {@code custom_id}), a {@link java.util.regex.MatchResult} (the match, with its groups) and a
 * {@code List<String>} (the values picked in a select menu); it returns like a {@link SlashCommand @SlashCommand}
 * method (a {@link String} answers with a new message). If several patterns match, the first declared wins.
 *
 * <pre>{@code
 * @ComponentHandler("roll-again:(\\d+)")
 * String rollAgain(MatchResult match) { ... match.group(1) ... }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ComponentHandler {

	/**
	 * The regular expression the whole {@code custom_id} must match.
	 * @return the pattern
	 */
	String value();

}
