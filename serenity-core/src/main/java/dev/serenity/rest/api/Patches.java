package dev.serenity.rest.api;

import java.util.Map;

/**
 * Puts {@link Patch} fields into PATCH bodies, and the checks every PATCH body shares.
 */
final class Patches {

	private Patches() {
	}

	/** The patch, or the absent patch for {@code null}. */
	static <T> Patch<T> orAbsent(Patch<T> patch) {
		return (patch != null) ? patch : Patch.absent();
	}

	/** Put a present patch (a cleared one as {@code null}); leave an absent one out. */
	static void put(Map<String, Object> json, String field, Patch<?> patch) {
		if (patch != null && patch.present()) {
			json.put(field, patch.value());
		}
	}

	/**
	 * Fail when no patch is present: the edit would change nothing.
	 * @param field the field the message names first
	 * @param patches every patch of the edit
	 */
	static void requireChange(String field, Patch<?>... patches) {
		for (Patch<?> patch : patches) {
			if (patch.present()) {
				return;
			}
		}
		throw new IllegalArgumentException("'" + field + "' (or another field) must be set: the edit changes nothing");
	}

}
