package dev.serenity.boot.command;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;

import dev.serenity.interaction.InteractionResponder;
import dev.serenity.model.Component;
import dev.serenity.model.Interaction;
import dev.serenity.model.InteractionData;
import dev.serenity.model.InteractionOption;
import dev.serenity.model.Member;
import dev.serenity.model.Message;
import dev.serenity.model.User;
import dev.serenity.rest.api.CommandOption;

/**
 * Builds the {@link InteractionHandlerMethod} of a bean method: one resolver per parameter, by the parameter's
 * annotation and type and the kind of handler, and, for commands, the options the method declares. A parameter
 * nothing can fill fails start-up naming the method.
 */
final class HandlerMethodFactory {

	private HandlerMethodFactory() {
	}

	/**
	 * A handler method and the options it declares.
	 *
	 * @param handler the method, ready to call
	 * @param options the options of a command method, in parameter order; empty for other kinds
	 */
	record Built(InteractionHandlerMethod handler, List<CommandOption> options) {
	}

	static Built build(Object bean, Method method, HandlerKind kind) {
		List<ArgumentResolver> resolvers = new ArrayList<>();
		List<CommandOption> options = new ArrayList<>();
		for (Parameter parameter : method.getParameters()) {
			Option option = parameter.getAnnotation(Option.class);
			if (option != null) {
				if (kind != HandlerKind.SLASH_COMMAND) {
					throw new InvalidCommandDeclarationException(method, "@Option is only for slash command and "
							+ "sub-command methods, not on parameter " + parameter.getName() + " of a " + kind
							+ " handler");
				}
				OptionBinder.Binding binding = OptionBinder.bind(method, parameter, option);
				options.add(binding.option());
				resolvers.add(binding.resolver());
			}
			else {
				resolvers.add(resolver(method, parameter, kind));
			}
		}
		return new Built(new InteractionHandlerMethod(bean, method, resolvers), options);
	}

	private static ArgumentResolver resolver(Method method, Parameter parameter, HandlerKind kind) {
		Class<?> type = parameter.getType();
		if (type == InteractionResponder.class) {
			return Invocation::responder;
		}
		if (type == Interaction.class) {
			return (invocation) -> invocation.responder().interaction();
		}
		ArgumentResolver resolver = switch (kind) {
			case USER_COMMAND -> userTarget(type);
			case MESSAGE_COMMAND -> (type == Message.class) ? (invocation) -> invocation.resolved()
				.messages()
				.get(data(invocation).targetId()) : null;
			case AUTOCOMPLETE -> autocomplete(type);
			case COMPONENT -> component(parameter, type);
			case MODAL -> modal(parameter, type);
			case SLASH_COMMAND -> null;
		};
		if (resolver == null) {
			throw new InvalidCommandDeclarationException(method, "parameter " + parameter.getName() + " of type "
					+ parameter.getParameterizedType().getTypeName() + " cannot be filled in a " + kind + " handler; "
					+ accepted(kind));
		}
		return resolver;
	}

	private static String accepted(HandlerKind kind) {
		String common = "it may take InteractionResponder, Interaction";
		return switch (kind) {
			case SLASH_COMMAND -> common + " and @Option parameters";
			case USER_COMMAND -> common + ", User and Member (the target)";
			case MESSAGE_COMMAND -> common + " and Message (the target)";
			case AUTOCOMPLETE -> common + ", String (the typed value) and InteractionOption (the focused option)";
			case COMPONENT -> common + ", String (the custom_id), MatchResult and List<String> (selected values)";
			case MODAL -> common + ", MatchResult, Map<String, String> (all values) and @ModalField String";
		};
	}

	private static ArgumentResolver userTarget(Class<?> type) {
		if (type == User.class) {
			return (invocation) -> invocation.resolved().users().get(data(invocation).targetId());
		}
		if (type == Member.class) {
			return (invocation) -> OptionBinder.member(invocation.resolved(), data(invocation).targetId(),
					invocation.responder().interaction().guildId());
		}
		return null;
	}

	private static ArgumentResolver autocomplete(Class<?> type) {
		if (type == String.class) {
			return (invocation) -> {
				InteractionOption focused = invocation.focused();
				return (focused != null) ? focused.stringValue() : null;
			};
		}
		return (type == InteractionOption.class) ? Invocation::focused : null;
	}

	private static ArgumentResolver component(Parameter parameter, Class<?> type) {
		if (type == String.class) {
			return (invocation) -> data(invocation).customId();
		}
		if (type == MatchResult.class) {
			return Invocation::match;
		}
		if (type == List.class && typeArgument(parameter, 0) == String.class) {
			return (invocation) -> data(invocation).values();
		}
		return null;
	}

	private static ArgumentResolver modal(Parameter parameter, Class<?> type) {
		ModalField field = parameter.getAnnotation(ModalField.class);
		if (field != null && type == String.class) {
			return (invocation) -> modalValues(data(invocation).components()).get(field.value());
		}
		if (type == MatchResult.class) {
			return Invocation::match;
		}
		if (type == Map.class && typeArgument(parameter, 0) == String.class
				&& typeArgument(parameter, 1) == String.class) {
			return (invocation) -> modalValues(data(invocation).components());
		}
		return null;
	}

	/**
	 * Collect the values of a modal's inputs, in any nesting (action rows, labels).
	 * @param components the submitted components
	 * @return the values by the inputs' {@code custom_id}
	 */
	static Map<String, String> modalValues(List<Component> components) {
		Map<String, String> values = new LinkedHashMap<>();
		collect(components, values);
		return values;
	}

	private static void collect(List<Component> components, Map<String, String> values) {
		for (Component component : components) {
			if (component == null) {
				continue;
			}
			if (component.customId() != null && component.value() != null) {
				values.put(component.customId(), component.value());
			}
			if (component.customId() != null && !component.values().isEmpty()) {
				values.put(component.customId(), String.join(",", component.values()));
			}
			collect(component.components(), values);
			if (component.component() != null) {
				collect(List.of(component.component()), values);
			}
		}
	}

	private static Type typeArgument(Parameter parameter, int index) {
		if (parameter.getParameterizedType() instanceof ParameterizedType generic
				&& generic.getActualTypeArguments().length > index) {
			return generic.getActualTypeArguments()[index];
		}
		return null;
	}

	private static InteractionData data(Invocation invocation) {
		return invocation.responder().interaction().data();
	}

}
