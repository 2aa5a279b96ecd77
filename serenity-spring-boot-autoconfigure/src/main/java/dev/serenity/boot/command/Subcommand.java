package dev.serenity.boot.command;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a sub-command of the {@link SlashCommand @SlashCommand} on the method's class, optionally inside a
 * group ({@code /tag admin delete}). The method's {@link Option @Option} parameters are the sub-command's options.
 *
 * <pre>{@code
 * @SlashCommand(name = "tag", description = "Tags")
 * class TagCommands {
 *     @Subcommand(name = "get", description = "Show a tag")
 *     String get(@Option(description = "The tag") String name) { ... }
 *
 *     @Subcommand(group = "admin", groupDescription = "Manage tags", name = "delete", description = "Delete a tag")
 *     String delete(@Option(description = "The tag") String name) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Subcommand {

	/**
	 * The sub-command's name, with the rules of command names.
	 * @return the name
	 */
	String name();

	/**
	 * The description, 1 to 100 characters.
	 * @return the description
	 */
	String description();

	/**
	 * The group the sub-command belongs to; empty for none.
	 * @return the group's name
	 */
	String group() default "";

	/**
	 * The group's description (give it on one sub-command of the group, or the same on each); defaults to the
	 * group's name.
	 * @return the description
	 */
	String groupDescription() default "";

}
