package dev.serenity.boot.command;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

import org.springframework.util.ReflectionUtils;

/**
 * A bean method that handles interactions, with the resolvers of its arguments.
 */
final class InteractionHandlerMethod {

	private final Object bean;

	private final Method method;

	private final List<ArgumentResolver> arguments;

	InteractionHandlerMethod(Object bean, Method method, List<ArgumentResolver> arguments) {
		this.bean = bean;
		this.method = method;
		this.arguments = List.copyOf(arguments);
		ReflectionUtils.makeAccessible(method);
	}

	Method method() {
		return this.method;
	}

	/**
	 * Call the method.
	 * @param invocation the invocation
	 * @return what the method returned
	 * @throws Exception what the method threw
	 */
	Object invoke(Invocation invocation) throws Exception {
		Object[] args = new Object[this.arguments.size()];
		for (int i = 0; i < args.length; i++) {
			args[i] = this.arguments.get(i).resolve(invocation);
		}
		try {
			return this.method.invoke(this.bean, args);
		}
		catch (InvocationTargetException ex) {
			Throwable cause = ex.getTargetException();
			if (cause instanceof Exception exception) {
				throw exception;
			}
			throw (Error) cause;
		}
	}

	@Override
	public String toString() {
		return InvalidCommandDeclarationException.describe(this.method);
	}

}
