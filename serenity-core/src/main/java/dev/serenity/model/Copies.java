package dev.serenity.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable copies for the compact constructors of the model's and events' records: an absent list or map becomes
 * empty, and {@code null} elements (never meaningful in Discord's arrays) are dropped.
 */
public final class Copies {

	private Copies() {
	}

	/**
	 * Copy a list.
	 * @param list the list, or {@code null}
	 * @param <T> the element type
	 * @return an unmodifiable copy without {@code null} elements
	 */
	public static <T> List<T> list(List<T> list) {
		if (list == null || list.isEmpty()) {
			return List.of();
		}
		List<T> copy = new ArrayList<>(list.size());
		for (T element : list) {
			if (element != null) {
				copy.add(element);
			}
		}
		return Collections.unmodifiableList(copy);
	}

	/**
	 * Copy a map.
	 * @param map the map, or {@code null}
	 * @param <K> the key type
	 * @param <V> the value type
	 * @return an unmodifiable copy without {@code null} keys or values
	 */
	public static <K, V> Map<K, V> map(Map<K, V> map) {
		if (map == null || map.isEmpty()) {
			return Map.of();
		}
		Map<K, V> copy = new LinkedHashMap<>(map.size() * 2);
		map.forEach((key, value) -> {
			if (key != null && value != null) {
				copy.put(key, value);
			}
		});
		return Collections.unmodifiableMap(copy);
	}

}
