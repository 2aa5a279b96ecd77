package dev.serenity.boot.actuate;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the bot token in {@code /actuator/env} and {@code /actuator/configprops}, even with
 * {@code management.endpoint.*.show-values=always}: every property whose name starts with {@code discord} and ends
 * with {@code token} ({@code discord.token}, {@code DISCORD_TOKEN}, ...), and any value that contains a known token
 * (for example a property that {@code discord.token} refers to with a placeholder).
 */
public class DiscordTokenSanitizingFunction implements SanitizingFunction {

	/** Shortest token searched for in values; shorter strings would mask unrelated values. */
	private static final int MIN_TOKEN_LENGTH = 8;

	private final Supplier<? extends Collection<String>> tokens;

	/**
	 * Create the function.
	 * @param tokens the tokens in use (read at each call; {@code null} and short values are ignored)
	 */
	public DiscordTokenSanitizingFunction(Supplier<? extends Collection<String>> tokens) {
		this.tokens = tokens;
	}

	@Override
	public SanitizableData apply(SanitizableData data) {
		if (data.getValue() == null) {
			return data;
		}
		if (isTokenKey(data.getLowerCaseKey()) || containsToken(String.valueOf(data.getValue()))) {
			return data.withSanitizedValue();
		}
		return data;
	}

	private static boolean isTokenKey(String key) {
		return key.startsWith("discord") && key.endsWith("token");
	}

	private boolean containsToken(String value) {
		return this.tokens.get()
			.stream()
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter((token) -> token.length() >= MIN_TOKEN_LENGTH)
			.anyMatch(value::contains);
	}

}
