package dev.serenity.boot.autoconfigure.diagnostics;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.util.unit.DataSize;

/**
 * Analyzes a {@code discord.*} value that cannot be converted: for an enum (intents, status, activity type,
 * compression, session store) it names the property and lists the constants it accepts, leaving out {@code UNKNOWN},
 * which stands for values Discord may add later and is never accepted; for durations, sizes, numbers and booleans it
 * shows the accepted format.
 */
class DiscordBindFailureAnalyzer extends AbstractFailureAnalyzer<BindException> implements Ordered {

	private static final String UNKNOWN = "UNKNOWN";

	/** What a value of the other {@code discord.*} types looks like. */
	private static final Map<Class<?>, String> FORMATS = Map.of(Duration.class,
			"a duration such as 500ms, 30s or 2m (or ISO-8601, such as PT30S)", DataSize.class,
			"a size such as 512KB or 16MB", Integer.class, "a whole number", int.class, "a whole number", Long.class,
			"a whole number", long.class, "a whole number", Boolean.class, "true or false", boolean.class,
			"true or false");

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
		String name = (cause.getName() != null) ? cause.getName().toString() : null;
		ConversionFailedException conversion = findCause(cause, ConversionFailedException.class);
		if (name == null || !name.startsWith("discord.") || conversion == null) {
			return null;
		}
		Class<?> type = enumType(conversion.getTargetType());
		String expected;
		String allowed;
		if (type != null) {
			expected = type.getSimpleName();
			String constants = Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.filter((constant) -> !UNKNOWN.equals(constant))
				.collect(Collectors.joining(", "));
			allowed = (isCollection(cause, conversion) ? "a comma-separated list of " : "one of ") + constants
					+ " (case does not matter)";
		}
		else {
			Class<?> target = conversion.getTargetType().getType();
			allowed = FORMATS.get(target);
			if (allowed == null) {
				return null;
			}
			expected = target.getSimpleName();
		}
		StringBuilder description = new StringBuilder("Invalid Discord configuration:\n\n    Property: ").append(name);
		ConfigurationProperty property = cause.getProperty();
		if (property != null) {
			description.append("\n    Value: \"").append(property.getValue()).append('"');
			if (property.getOrigin() != null) {
				description.append("\n    Origin: ").append(property.getOrigin());
			}
		}
		description.append("\n    Reason: \"")
			.append(conversion.getValue())
			.append("\" is not a valid ")
			.append(expected);
		String action = "Update '" + name + "' in your application's configuration to " + allowed + ".";
		return new FailureAnalysis(description.toString(), action, cause);
	}

	private static Class<?> enumType(TypeDescriptor target) {
		if (target == null) {
			return null;
		}
		TypeDescriptor element = (target.isCollection() || target.isArray()) ? target.getElementTypeDescriptor()
				: target;
		return (element != null && element.getType().isEnum()) ? element.getType() : null;
	}

	private static boolean isCollection(BindException cause, ConversionFailedException conversion) {
		TypeDescriptor target = conversion.getTargetType();
		return target.isCollection() || target.isArray()
				|| (cause.getTarget().getType().resolve() != null
						&& Iterable.class.isAssignableFrom(cause.getTarget().getType().resolve()));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

}
