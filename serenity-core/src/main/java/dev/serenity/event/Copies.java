package dev.serenity.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Immutable copies for the compact constructors of the event records: an absent list becomes empty, and {@code null}
 * elements (never meaningful in Discord's arrays) are dropped.
 */
final class Copies {

	private Copies() {
	}

	static <T> List<T> list(List<T> list) {
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

}
