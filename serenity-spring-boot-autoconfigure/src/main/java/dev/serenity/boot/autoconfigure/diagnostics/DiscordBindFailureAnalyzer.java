package dev.serenity.boot.autoconfigure.diagnostics;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;

/**
 * Analyzes a {@code discord.*} value that is not a constant of its enum (intents, status, activity type,
 * compression, session store): names the property and lists the constants it accepts, leaving out {@code UNKNOWN},
 * which stands for values Discord may add later and is never accepted.
 */
class DiscordBindFailureAnalyzer extends AbstractFailureAnalyzer<BindException> implements Ordered {

	private static final String UNKNOWN = "UNKNOWN";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
		String name = (cause.getName() != null) ? cause.getName().toString() : null;
		ConversionFailedException conversion = findCause(cause, ConversionFailedException.class);
		Class<?> type = (conversion != null) ? enumType(conversion.getTargetType()) : null;
		if (name == null || !name.startsWith("discord.") || type == null) {
			return null;
		}
		String allowed = Arrays.stream(type.getEnumConstants())
			.map((constant) -> ((Enum<?>) constant).name())
			.filter((constant) -> !UNKNOWN.equals(constant))
			.collect(Collectors.joining(", "));
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
			.append(type.getSimpleName());
		String list = isCollection(cause, conversion) ? "a comma-separated list of " : "one of ";
		String action = "Update '" + name + "' in your application's configuration to " + list + allowed
				+ " (case does not matter).";
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
