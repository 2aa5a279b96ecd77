package dev.serenity.boot.command;

import java.lang.reflect.Method;

import org.springframework.util.ClassUtils;

/**
 * Thrown at start-up when an interaction handler is declared wrongly: a name or description outside Discord's
 * rules, too many options or choices, a duplicate, a parameter whose type cannot hold its option. The message names
 * the method to fix.
 */
public class InvalidCommandDeclarationException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create the exception.
	 * @param method the declaring method
	 * @param problem what is wrong
	 */
	public InvalidCommandDeclarationException(Method method, String problem) {
		super("Invalid interaction handler " + describe(method) + ": " + problem);
	}

	/**
	 * Create the exception with a cause.
	 * @param method the declaring method
	 * @param problem what is wrong
	 * @param cause the check that failed
	 */
	public InvalidCommandDeclarationException(Method method, String problem, Throwable cause) {
		super("Invalid interaction handler " + describe(method) + ": " + problem, cause);
	}

	/**
	 * Create the exception for a class-level declaration.
	 * @param type the declaring class
	 * @param problem what is wrong
	 */
	public InvalidCommandDeclarationException(Class<?> type, String problem) {
		super("Invalid interaction handler class '" + ClassUtils.getUserClass(type).getSimpleName() + "': " + problem);
	}

	/**
	 * Describe a method for messages: {@code 'DiceCommands.roll(long)'}.
	 * @param method the method
	 * @return its class, name and parameter types
	 */
	static String describe(Method method) {
		StringBuilder text = new StringBuilder("'").append(ClassUtils.getUserClass(method.getDeclaringClass())
			.getSimpleName()).append('.').append(method.getName()).append('(');
		Class<?>[] types = method.getParameterTypes();
		for (int i = 0; i < types.length; i++) {
			text.append((i > 0) ? ", " : "").append(types[i].getSimpleName());
		}
		return text.append(")'").toString();
	}

}
