package dev.serenity.rest.api;

import java.util.Map;

/**
 * Puts {@link Patch} fields into PATCH bodies.
 */
final class Patches {

	private Patches() {
	}

	/** Put a present patch (a cleared one as {@code null}); leave an absent one out. */
	static void put(Map<String, Object> json, String field, Patch<?> patch) {
		if (patch != null && patch.present()) {
			json.put(field, patch.value());
		}
	}

}
