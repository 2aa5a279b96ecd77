package dev.serenity.boot.command;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.serenity.model.Permission;

/**
 * Declares a command of the user context menu ({@code USER}). The method may take the target as a
 * {@link dev.serenity.model.User} (and as a {@link dev.serenity.model.Member} in guilds), besides the
 * {@link dev.serenity.interaction.InteractionResponder} and the {@link dev.serenity.model.Interaction}; it returns
 * like a {@link SlashCommand @SlashCommand} method.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface UserCommand {

	/**
	 * The name shown in the menu, 1 to 32 characters (spaces and capitals allowed).
	 * @return the name
	 */
	String name();

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
	 * Whether the command is age-restricted.
	 * @return whether it is NSFW
	 */
	boolean nsfw() default false;

}
