package dev.serenity.boot.command;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.serenity.model.ApplicationCommandOptionType;
import dev.serenity.model.Attachment;
import dev.serenity.model.Channel;
import dev.serenity.model.InteractionOption;
import dev.serenity.model.Member;
import dev.serenity.model.PartialMember;
import dev.serenity.model.ResolvedData;
import dev.serenity.model.Role;
import dev.serenity.model.Snowflake;
import dev.serenity.model.User;
import dev.serenity.rest.api.CommandOption;

/**
 * Turns an {@link Option @Option} parameter into the option to register and the resolver of its value: derives the
 * option type from the parameter type, checks that they fit and reads choices as the option's type.
 */
final class OptionBinder {

	private static final Map<Class<?>, ApplicationCommandOptionType> TYPES = Map.ofEntries(
			Map.entry(String.class, ApplicationCommandOptionType.STRING),
			Map.entry(long.class, ApplicationCommandOptionType.INTEGER),
			Map.entry(Long.class, ApplicationCommandOptionType.INTEGER),
			Map.entry(int.class, ApplicationCommandOptionType.INTEGER),
			Map.entry(Integer.class, ApplicationCommandOptionType.INTEGER),
			Map.entry(double.class, ApplicationCommandOptionType.NUMBER),
			Map.entry(Double.class, ApplicationCommandOptionType.NUMBER),
			Map.entry(boolean.class, ApplicationCommandOptionType.BOOLEAN),
			Map.entry(Boolean.class, ApplicationCommandOptionType.BOOLEAN),
			Map.entry(User.class, ApplicationCommandOptionType.USER),
			Map.entry(Member.class, ApplicationCommandOptionType.USER),
			Map.entry(Channel.class, ApplicationCommandOptionType.CHANNEL),
			Map.entry(Role.class, ApplicationCommandOptionType.ROLE),
			Map.entry(Attachment.class, ApplicationCommandOptionType.ATTACHMENT));

	private static final List<ApplicationCommandOptionType> ID_TYPES = List.of(ApplicationCommandOptionType.USER,
			ApplicationCommandOptionType.CHANNEL, ApplicationCommandOptionType.ROLE,
			ApplicationCommandOptionType.MENTIONABLE, ApplicationCommandOptionType.ATTACHMENT);

	private OptionBinder() {
	}

	/**
	 * An option and how to read its value.
	 *
	 * @param option the option to register
	 * @param resolver reads the value from an invocation
	 */
	record Binding(CommandOption option, ArgumentResolver resolver) {
	}

	static Binding bind(Method method, Parameter parameter, Option annotation) {
		String name = annotation.name().isEmpty() ? parameterName(method, parameter) : annotation.name();
		Class<?> javaType = parameter.getType();
		ApplicationCommandOptionType type = type(method, name, javaType, annotation.type());
		if (javaType.isPrimitive() && !annotation.required()) {
			throw new InvalidCommandDeclarationException(method, "option '" + name + "' is optional, so its "
					+ "parameter needs a type that can hold null (e.g. " + boxed(javaType) + ", not " + javaType + ")");
		}
		CommandOption.Builder option = CommandOption.builder(type, name, annotation.description())
			.required(annotation.required())
			.autocomplete(annotation.autocomplete());
		try {
			for (Option.Choice choice : annotation.choices()) {
				option.choice(choice.name(), choiceValue(type, choice.value()));
			}
			if (javaType.isEnum() && annotation.choices().length == 0) {
				for (Object constant : javaType.getEnumConstants()) {
					option.choice(((Enum<?>) constant).name(), ((Enum<?>) constant).name());
				}
			}
			if (!Double.isNaN(annotation.min())) {
				option.minValue(number(type, annotation.min()));
			}
			if (!Double.isNaN(annotation.max())) {
				option.maxValue(number(type, annotation.max()));
			}
			if (annotation.minLength() >= 0) {
				option.minLength(annotation.minLength());
			}
			if (annotation.maxLength() >= 0) {
				option.maxLength(annotation.maxLength());
			}
			if (annotation.channelTypes().length > 0) {
				option.channelTypes(Arrays.asList(annotation.channelTypes()));
			}
			return new Binding(option.build(), resolver(name, javaType));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCommandDeclarationException(method, "option '" + name + "': " + ex.getMessage(), ex);
		}
	}

	static String parameterName(Method method, Parameter parameter) {
		if (!parameter.isNamePresent()) {
			throw new InvalidCommandDeclarationException(method, "parameter " + parameter.getName() + " has no "
					+ "name at runtime: set @Option(name = ...) or compile with -parameters");
		}
		return parameter.getName();
	}

	private static ApplicationCommandOptionType type(Method method, String name, Class<?> javaType,
			ApplicationCommandOptionType declared) {
		ApplicationCommandOptionType derived = javaType.isEnum() ? ApplicationCommandOptionType.STRING
				: TYPES.get(javaType);
		if (javaType == Snowflake.class) {
			derived = (declared != ApplicationCommandOptionType.UNKNOWN) ? declared
					: ApplicationCommandOptionType.MENTIONABLE;
			if (!ID_TYPES.contains(derived)) {
				throw new InvalidCommandDeclarationException(method, "option '" + name + "' of type " + derived
						+ " cannot be held by a Snowflake parameter; Snowflake is for " + ID_TYPES);
			}
			return derived;
		}
		if (derived == null) {
			throw new InvalidCommandDeclarationException(method, "option '" + name + "' has parameter type "
					+ javaType.getName() + ", which no option type fits; use String, long, int, double, boolean, an "
					+ "enum, User, Member, Channel, Role, Attachment or Snowflake");
		}
		if (declared != ApplicationCommandOptionType.UNKNOWN && declared != derived) {
			throw new InvalidCommandDeclarationException(method, "option '" + name + "' is declared " + declared
					+ " but its parameter type " + javaType.getSimpleName() + " holds " + derived);
		}
		return derived;
	}

	private static Object choiceValue(ApplicationCommandOptionType type, String value) {
		try {
			return switch (type) {
				case INTEGER -> Long.parseLong(value);
				case NUMBER -> Double.parseDouble(value);
				default -> value;
			};
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("choice value '" + value + "' is not a " + type, ex);
		}
	}

	private static Number number(ApplicationCommandOptionType type, double value) {
		return (type == ApplicationCommandOptionType.INTEGER && value == Math.rint(value)) ? (Number) (long) value
				: (Number) value;
	}

	private static String boxed(Class<?> primitive) {
		return (primitive == int.class) ? "Integer"
				: Character.toUpperCase(primitive.getName().charAt(0)) + primitive.getName().substring(1);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ArgumentResolver resolver(String name, Class<?> javaType) {
		Function<InteractionOption, Object> read = reader(javaType);
		boolean primitive = javaType.isPrimitive();
		return (invocation) -> {
			InteractionOption option = invocation.option(name);
			if (option == null || option.value() == null) {
				if (primitive) {
					throw new IllegalArgumentException("Option '" + name + "' is missing but required");
				}
				return null;
			}
			if (javaType.isEnum()) {
				return Enum.valueOf((Class<? extends Enum>) javaType, option.stringValue());
			}
			if (javaType == User.class || javaType == Member.class || javaType == Channel.class
					|| javaType == Role.class || javaType == Attachment.class) {
				return resolved(invocation, javaType, option.snowflakeValue());
			}
			return read.apply(option);
		};
	}

	private static Function<InteractionOption, Object> reader(Class<?> javaType) {
		if (javaType == long.class || javaType == Long.class) {
			return InteractionOption::longValue;
		}
		if (javaType == int.class || javaType == Integer.class) {
			return (option) -> Math.toIntExact(option.longValue());
		}
		if (javaType == double.class || javaType == Double.class) {
			return InteractionOption::doubleValue;
		}
		if (javaType == boolean.class || javaType == Boolean.class) {
			return InteractionOption::booleanValue;
		}
		if (javaType == Snowflake.class) {
			return InteractionOption::snowflakeValue;
		}
		return InteractionOption::stringValue;
	}

	private static Object resolved(Invocation invocation, Class<?> javaType, Snowflake id) {
		ResolvedData resolved = invocation.resolved();
		if (javaType == User.class) {
			return resolved.users().get(id);
		}
		if (javaType == Channel.class) {
			return resolved.channels().get(id);
		}
		if (javaType == Role.class) {
			return resolved.roles().get(id);
		}
		if (javaType == Attachment.class) {
			return resolved.attachments().get(id);
		}
		return member(resolved, id, invocation.responder().interaction().guildId());
	}

	/**
	 * Return a resolved member with its user.
	 * @param resolved the resolved data
	 * @param id the user's id
	 * @param guildId the guild
	 * @return the member, or {@code null} outside guilds
	 */
	static Member member(ResolvedData resolved, Snowflake id, Snowflake guildId) {
		PartialMember member = resolved.members().get(id);
		return (member != null) ? member.withUser(resolved.users().get(id), guildId) : null;
	}

}
