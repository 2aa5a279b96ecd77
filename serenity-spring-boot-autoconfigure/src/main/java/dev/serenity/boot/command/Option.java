package dev.serenity.boot.command;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.serenity.model.ApplicationCommandOptionType;
import dev.serenity.model.ChannelType;

/**
 * Declares a parameter of a {@link SlashCommand @SlashCommand} or {@link Subcommand @Subcommand} method as a command
 * option. The option type comes from the parameter type: {@code String} STRING, {@code long}/{@code int} (or boxed)
 * INTEGER, {@code double} NUMBER, {@code boolean} BOOLEAN, an {@code enum} STRING with one choice per constant,
 * {@link dev.serenity.model.User} or {@link dev.serenity.model.Member} USER, {@link dev.serenity.model.Channel}
 * CHANNEL, {@link dev.serenity.model.Role} ROLE, {@link dev.serenity.model.Attachment} ATTACHMENT and
 * {@link dev.serenity.model.Snowflake} the {@link #type()} given (MENTIONABLE by default). An optional option the
 * user left out arrives as {@code null}, so it needs a type that can hold it ({@code Long}, not {@code long}).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Option {

	/**
	 * The option's name; defaults to the parameter's name (compile with {@code -parameters}).
	 * @return the name
	 */
	String name() default "";

	/**
	 * The description, 1 to 100 characters.
	 * @return the description
	 */
	String description();

	/**
	 * Whether the user must give it.
	 * @return whether it is required
	 */
	boolean required() default true;

	/**
	 * The option type, for {@link dev.serenity.model.Snowflake} parameters (USER, CHANNEL, ROLE, MENTIONABLE,
	 * ATTACHMENT); {@code UNKNOWN} derives it from the parameter type.
	 * @return the type
	 */
	ApplicationCommandOptionType type() default ApplicationCommandOptionType.UNKNOWN;

	/**
	 * The values to pick from, at most 25; their values are read as the parameter's type.
	 * @return the choices
	 */
	Choice[] choices() default {};

	/**
	 * The smallest value of an INTEGER or NUMBER option; {@code NaN} for none.
	 * @return the minimum
	 */
	double min() default Double.NaN;

	/**
	 * The largest value of an INTEGER or NUMBER option; {@code NaN} for none.
	 * @return the maximum
	 */
	double max() default Double.NaN;

	/**
	 * The fewest characters of a STRING option; -1 for none.
	 * @return the minimum length
	 */
	int minLength() default -1;

	/**
	 * The most characters of a STRING option; -1 for none.
	 * @return the maximum length
	 */
	int maxLength() default -1;

	/**
	 * The channel types a CHANNEL option accepts; empty for all.
	 * @return the channel types
	 */
	ChannelType[] channelTypes() default {};

	/**
	 * Whether values are suggested by an {@link Autocomplete @Autocomplete} method (not with choices).
	 * @return whether it is autocompleted
	 */
	boolean autocomplete() default false;

	/**
	 * A value of an option to pick from.
	 */
	@Target({})
	@Retention(RetentionPolicy.RUNTIME)
	@interface Choice {

		/**
		 * The name shown, 1 to 100 characters.
		 * @return the name
		 */
		String name();

		/**
		 * The value, read as the option's type.
		 * @return the value
		 */
		String value();

	}

}
