package dev.serenity.boot.command;

/**
 * Produces one argument of a handler method for an invocation.
 */
@FunctionalInterface
interface ArgumentResolver {

	/**
	 * Produce the argument.
	 * @param invocation the invocation
	 * @return the argument, {@code null} for an absent optional value
	 */
	Object resolve(Invocation invocation);

}
