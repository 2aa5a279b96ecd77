package dev.serenity.boot.command;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the method that suggests values for an option declared with {@code @Option(autocomplete = true)}. The
 * method may take a {@link String} (what the user typed so far), the
 * {@link dev.serenity.interaction.InteractionResponder} and the {@link dev.serenity.model.Interaction}; it returns
 * the suggestions as a {@code List<}{@link dev.serenity.rest.api.CommandChoice}{@code >} (or answers with
 * {@link dev.serenity.interaction.InteractionResponder#suggest} itself). Autocomplete interactions are never deferred.
 *
 * <pre>{@code
 * @Autocomplete(command = "tag get", option = "name")
 * List<CommandChoice> tagNames(String typed) { ... }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Autocomplete {

	/**
	 * The command's path: its name, then the group and sub-command if any, separated by spaces.
	 * @return the command, e.g. {@code "roll"} or {@code "tag admin delete"}
	 */
	String command();

	/**
	 * The autocompleted option's name.
	 * @return the option
	 */
	String option();

}
