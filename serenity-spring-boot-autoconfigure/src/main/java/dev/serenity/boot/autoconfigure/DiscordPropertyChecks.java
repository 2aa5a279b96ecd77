package dev.serenity.boot.autoconfigure;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.util.unit.DataSize;

/**
 * Range checks of {@link DiscordProperties} setters: a value that cannot work fails binding with an
 * {@link InvalidDiscordPropertyException} naming the property and what is allowed.
 */
final class DiscordPropertyChecks {

	/** Name of the constant some Discord enums use for values the library does not know. */
	private static final String UNKNOWN = "UNKNOWN";

	private DiscordPropertyChecks() {
	}

	static int atLeast(String property, int value, int min) {
		if (value < min) {
			throw new InvalidDiscordPropertyException(property, value, "must be at least " + min);
		}
		return value;
	}

	static int between(String property, int value, int min, int max) {
		if (value < min || value > max) {
			throw new InvalidDiscordPropertyException(property, value,
					"must be between " + min + " and " + max + " (inclusive)");
		}
		return value;
	}

	static Duration positive(String property, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new InvalidDiscordPropertyException(property, value,
					"must be a positive duration, such as '10s' or '2m'");
		}
		return value;
	}

	static DataSize positive(String property, DataSize value) {
		if (value == null || value.toBytes() <= 0) {
			throw new InvalidDiscordPropertyException(property, value,
					"must be a positive size, such as '16MB' or '1048576' (bytes)");
		}
		return value;
	}

	/**
	 * Reject {@code null} and the {@code UNKNOWN} constant of enums that model values Discord may add later.
	 */
	static <E extends Enum<E>> E known(String property, E value, Class<E> type) {
		if (value == null || UNKNOWN.equals(value.name())) {
			throw new InvalidDiscordPropertyException(property, value, "must be one of " + allowed(type));
		}
		return value;
	}

	/**
	 * Return the constants a property of an enum type accepts, {@code UNKNOWN} excepted.
	 * @param type the enum
	 * @return e.g. {@code PLAYING, STREAMING, LISTENING}
	 */
	static String allowed(Class<?> type) {
		return Arrays.stream(type.getEnumConstants())
			.map((constant) -> ((Enum<?>) constant).name())
			.filter((name) -> !UNKNOWN.equals(name))
			.collect(Collectors.joining(", "));
	}

}
