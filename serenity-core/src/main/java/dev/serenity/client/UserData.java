package dev.serenity.client;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Data listeners share, typed by key class (serenity's {@code TypeMap}): {@code data.get(Counter.class)}.
 */
public final class UserData {

	private final Map<Class<?>, Object> values = new ConcurrentHashMap<>();

	/**
	 * Store a value under its type.
	 * @param type the key
	 * @param value the value
	 * @param <T> the value's type
	 * @return this
	 */
	public <T> UserData put(Class<T> type, T value) {
		this.values.put(type, type.cast(value));
		return this;
	}

	/**
	 * Return the value stored under a type.
	 * @param type the key
	 * @param <T> the value's type
	 * @return the value, if present
	 */
	public <T> Optional<T> get(Class<T> type) {
		return Optional.ofNullable(type.cast(this.values.get(type)));
	}

	/**
	 * Return the value stored under a type, which must be present.
	 * @param type the key
	 * @param <T> the value's type
	 * @return the value
	 * @throws IllegalStateException naming the type when absent
	 */
	public <T> T require(Class<T> type) {
		return get(type).orElseThrow(() -> new IllegalStateException("No user data of type " + type.getName()
				+ "; add it with DiscordClient.builder(...).userData(" + type.getSimpleName() + ".class, value)"));
	}

}
