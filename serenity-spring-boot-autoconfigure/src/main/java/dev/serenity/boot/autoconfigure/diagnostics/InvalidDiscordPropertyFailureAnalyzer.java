package dev.serenity.boot.autoconfigure.diagnostics;

import dev.serenity.boot.autoconfigure.InvalidDiscordPropertyException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Analyzes an {@link InvalidDiscordPropertyException}: a {@code discord.*} value that cannot work, from a setter
 * during binding or from the auto-configuration. Ordered before Boot's own bind analyzer so the action names the
 * allowed values.
 */
class InvalidDiscordPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDiscordPropertyException>
		implements Ordered {

	private final Environment environment;

	InvalidDiscordPropertyFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidDiscordPropertyException cause) {
		StringBuilder description = new StringBuilder("Invalid Discord configuration:\n\n    Property: ")
			.append(cause.property());
		description.append("\n    Value: ").append((cause.value() != null) ? "\"" + cause.value() + "\"" : "(not set)");
		String origin = origin(rootFailure, cause.property());
		if (origin != null) {
			description.append("\n    Origin: ").append(origin);
		}
		description.append("\n    Reason: ").append(cause.allowed());
		String action = "Update '" + cause.property() + "' in your application's configuration: "
				+ cause.allowed() + ".";
		return new FailureAnalysis(description.toString(), action, cause);
	}

	private String origin(Throwable rootFailure, String name) {
		BindException bind = findCause(rootFailure, BindException.class);
		ConfigurationProperty property = (bind != null) ? bind.getProperty() : null;
		if (property == null && this.environment != null && ConfigurationPropertyName.isValid(name)) {
			for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
				property = source.getConfigurationProperty(ConfigurationPropertyName.of(name));
				if (property != null) {
					break;
				}
			}
		}
		return (property != null && property.getOrigin() != null) ? property.getOrigin().toString() : null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

}
