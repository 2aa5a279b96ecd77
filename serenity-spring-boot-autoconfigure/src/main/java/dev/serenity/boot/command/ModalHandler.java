package dev.serenity.boot.command;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the method that handles submissions of modals whose {@code custom_id} matches a regular expression as a
 * whole. The method may take the {@link dev.serenity.interaction.InteractionResponder}, the
 * {@link dev.serenity.model.Interaction}, a {@link java.util.regex.MatchResult}, a {@code Map<String, String>}
 * (every submitted value by its input's {@code custom_id}) and {@link String} parameters annotated with
 * {@link ModalField @ModalField}; it returns like a {@link SlashCommand @SlashCommand} method.
 *
 * <pre>{@code
 * @ModalHandler("feedback")
 * String feedback(@ModalField("text") String text) { return "Thanks!"; }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ModalHandler {

	/**
	 * The regular expression the whole {@code custom_id} of the modal must match.
	 * @return the pattern
	 */
	String value();

}
