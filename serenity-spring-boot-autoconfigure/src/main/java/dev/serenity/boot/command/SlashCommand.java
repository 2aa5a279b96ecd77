package dev.serenity.boot.command;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.serenity.model.Permission;

/**
 * Declares a slash command ({@code CHAT_INPUT}). On a bean method, the method handles the command; its parameters
 * annotated with {@link Option @Option} become the command's options, and it may also take the
 * {@link dev.serenity.interaction.InteractionResponder} and the {@link dev.serenity.model.Interaction}. On a bean
 * class, the command has sub-commands: the class's {@link Subcommand @Subcommand} methods.
 *
 * <pre>{@code
 * @SlashCommand(name = "roll", description = "Roll a die")
 * String roll(@Option(description = "Sides of the die", min = 2, max = 100) long sides) {
 *     return "You rolled " + (1 + random.nextLong(sides));
 * }
 * }</pre>
 *
 * <p>A handler method may return {@code void} (it answers through the responder), a {@link String} (sent as the
 * reply), an {@link dev.serenity.rest.api.InteractionResponse}, or a {@link org.reactivestreams.Publisher}
 * (subscribed). Declarations are checked at start-up: names and descriptions against Discord's rules, at most 25
 * options and choices, parameter types that fit their option type; a bad one fails start-up naming the method.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SlashCommand {

	/**
	 * The command's name: 1 to 32 lower case letters, digits, {@code -}, {@code _} or {@code '}.
	 * @return the name
	 */
	String name();

	/**
	 * The description, 1 to 100 characters.
	 * @return the description
	 */
	String description();

	/**
	 * Localized names as {@code locale=name}, e.g. {@code "de=wuerfeln"}.
	 * @return the localizations
	 */
	String[] nameLocalizations() default {};

	/**
	 * Localized descriptions as {@code locale=description}.
	 * @return the localizations
	 */
	String[] descriptionLocalizations() default {};

	/**
	 * The permissions a member needs by default; empty lets everyone use it.
	 * @return the permissions
	 */
	Permission[] defaultMemberPermissions() default {};

	/**
	 * Where the command may be used: 0 guild, 1 bot DM, 2 private channel; empty for Discord's default.
	 * @return the contexts
	 */
	int[] contexts() default {};

	/**
	 * Where the command may be installed: 0 guild, 1 user; empty for the application's default.
	 * @return the integration types
	 */
	int[] integrationTypes() default {};

	/**
	 * Whether the command is age-restricted.
	 * @return whether it is NSFW
	 */
	boolean nsfw() default false;

}
