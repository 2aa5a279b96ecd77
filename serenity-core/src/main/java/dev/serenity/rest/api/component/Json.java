package dev.serenity.rest.api.component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.serenity.model.ComponentType;
import dev.serenity.rest.api.ReactionEmoji;

/** JSON helpers of the component records. */
final class Json {

	private Json() {
	}

	static Map<String, Object> start(ComponentType type, Integer id) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", type.value());
		if (id != null) {
			json.put("id", id);
		}
		return json;
	}

	static void put(Map<String, Object> json, String name, Object value) {
		if (value != null) {
			json.put(name, value);
		}
	}

	static List<Map<String, Object>> all(List<? extends MessageComponent> components) {
		return components.stream().map(MessageComponent::toJson).toList();
	}

	static Map<String, Object> emoji(ReactionEmoji emoji) {
		if (emoji == null) {
			return null;
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", emoji.name());
		if (emoji.id() != null) {
			json.put("id", Long.toString(emoji.id().value()));
		}
		return json;
	}

	/** A read-only copy that keeps {@code null} elements for {@link ComponentRules} to report by path. */
	static <T> List<T> copy(List<T> values) {
		return (values != null) ? Collections.unmodifiableList(new ArrayList<>(values)) : List.of();
	}

}
