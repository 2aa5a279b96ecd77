package dev.serenity.simulator.http;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Discord's validation of message {@code components}: where each type may be placed, the limits of each field, unique
 * {@code custom_id}s and the totals, reported as 50035 with Discord's field paths and error codes. Valid components
 * are stored as sent, with the numeric {@code id}s Discord assigns to those without one.
 */
final class ComponentPayloads {

	static final int MAX_ACTION_ROWS = 5;

	static final int MAX_TOTAL_COMPONENTS = 40;

	static final int MAX_TEXT_DISPLAY_TOTAL = 4000;

	private static final List<Integer> CLASSIC_TOP = List.of(1);

	private static final List<Integer> V2_TOP = List.of(1, 9, 10, 12, 13, 14, 17);

	private static final List<Integer> CONTAINER_CHILDREN = List.of(1, 9, 10, 12, 13, 14);

	private static final List<Integer> ROW_CHILDREN = List.of(2, 3, 5, 6, 7, 8);

	private static final List<Integer> ACCESSORIES = List.of(2, 11);

	private static final List<Integer> SECTION_CHILDREN = List.of(10);

	private static final Set<Integer> SELECTS = Set.of(3, 5, 6, 7, 8);

	private final Set<String> customIds = new HashSet<>();

	private final Set<Integer> ids = new HashSet<>();

	private int total;

	private int textCharacters;

	private ComponentPayloads() {
	}

	/**
	 * Check the {@code components} of a message and return them as stored.
	 * @param components the field, or {@code null}
	 * @param componentsV2 whether the message has {@code IS_COMPONENTS_V2}
	 * @return the components with ids assigned; empty for {@code null}
	 * @throws HttpError 50035 naming the field at fault
	 */
	static ArrayNode check(JsonNode components, boolean componentsV2) {
		if (components == null || components.isNull()) {
			return WorldJson.array();
		}
		if (!components.isArray()) {
			throw HttpError.invalidField("components", "BASE_TYPE_ARRAY", "Must be an array.");
		}
		int max = componentsV2 ? MAX_TOTAL_COMPONENTS : MAX_ACTION_ROWS;
		if (components.size() > max) {
			throw HttpError.invalidField("components", "BASE_TYPE_MAX_LENGTH",
					"Must be " + max + " or fewer in length.");
		}
		ComponentPayloads check = new ComponentPayloads();
		for (int i = 0; i < components.size(); i++) {
			check.component("components." + i, components.get(i), componentsV2 ? V2_TOP : CLASSIC_TOP);
		}
		if (check.total > MAX_TOTAL_COMPONENTS) {
			throw HttpError.invalidField("components", "BASE_TYPE_MAX_LENGTH",
					"Must be " + MAX_TOTAL_COMPONENTS + " or fewer in length.");
		}
		if (check.textCharacters > MAX_TEXT_DISPLAY_TOTAL) {
			throw HttpError.invalidField("components", "BASE_TYPE_MAX_LENGTH",
					"Must be " + MAX_TEXT_DISPLAY_TOTAL + " or fewer in length.");
		}
		ArrayNode stored = (ArrayNode) components.deepCopy();
		int[] next = { 1 };
		stored.forEach((component) -> check.assignIds((ObjectNode) component, next));
		return stored;
	}

	private void component(String path, JsonNode component, List<Integer> allowed) {
		if (component == null || !component.isObject()) {
			throw HttpError.invalidField(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
		}
		int type = component.path("type").asInt(0);
		if (!allowed.contains(type)) {
			String choices = allowed.toString().replace("[", "(").replace("]", (allowed.size() == 1) ? ",)" : ")");
			throw HttpError.invalidField(path, "UNION_TYPE_CHOICES",
					"Value of field \"type\" must be one of " + choices + ".");
		}
		this.total++;
		JsonNode id = component.get("id");
		if (id != null && !id.isNull()) {
			if (!id.isInt() || id.asInt() < 0) {
				throw HttpError.invalidField(path + ".id", "NUMBER_TYPE_COERCE", "Value \"" + id.asString()
						+ "\" is not int.");
			}
			this.ids.add(id.asInt());
		}
		switch (type) {
			case 1 -> row(path, component);
			case 2 -> button(path, component);
			case 3 -> stringSelect(path, component);
			case 5, 6, 7, 8 -> entitySelect(path, component);
			case 9 -> {
				children(path + ".components", component.get("components"), 1, 3, SECTION_CHILDREN);
				JsonNode accessory = component.get("accessory");
				if (accessory == null || accessory.isNull()) {
					throw required(path + ".accessory");
				}
				component(path + ".accessory", accessory, ACCESSORIES);
			}
			case 10 -> this.textCharacters += text(path + ".content", component, "content", 1, 4000, true);
			case 11 -> {
				media(path + ".media", component.get("media"));
				text(path + ".description", component, "description", 0, 1024, false);
			}
			case 12 -> {
				JsonNode items = component.get("items");
				length(path + ".items", items, 1, 10);
				for (int i = 0; i < items.size(); i++) {
					media(path + ".items." + i + ".media", items.get(i).get("media"));
					text(path + ".items." + i + ".description", items.get(i), "description", 0, 1024, false);
				}
			}
			case 13 -> media(path + ".file", component.get("file"));
			case 14 -> {
				JsonNode spacing = component.get("spacing");
				if (spacing != null && !spacing.isNull() && spacing.asInt(0) != 1 && spacing.asInt(0) != 2) {
					throw HttpError.invalidField(path + ".spacing", "BASE_TYPE_CHOICES",
							"Value must be one of (1, 2).");
				}
			}
			case 17 -> {
				children(path + ".components", component.get("components"), 1, MAX_TOTAL_COMPONENTS,
						CONTAINER_CHILDREN);
				JsonNode color = component.get("accent_color");
				if (color != null && !color.isNull() && (color.asInt(-1) < 0 || color.asInt() > 0xFFFFFF)) {
					throw HttpError.invalidField(path + ".accent_color", "NUMBER_TYPE_MAX",
							"Int should be less than or equal to 16777215.");
				}
			}
			default -> {
			}
		}
	}

	private void children(String path, JsonNode children, int min, int max, List<Integer> allowed) {
		length(path, children, min, max);
		for (int i = 0; i < children.size(); i++) {
			component(path + "." + i, children.get(i), allowed);
		}
	}

	private void row(String path, JsonNode row) {
		JsonNode children = row.get("components");
		length(path + ".components", children, 1, 5);
		for (int i = 0; i < children.size(); i++) {
			JsonNode child = children.get(i);
			if (children.size() > 1 && SELECTS.contains(child.path("type").asInt(0))) {
				throw HttpError.invalidField(path + ".components." + i, "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
						"The specified component exceeds the maximum width");
			}
			component(path + ".components." + i, child, ROW_CHILDREN);
		}
	}

	private void button(String path, JsonNode button) {
		int style = button.path("style").asInt(0);
		if (style < 1 || style > 6) {
			throw HttpError.invalidField(path + ".style", "BASE_TYPE_CHOICES",
					"Value must be one of (1, 2, 3, 4, 5, 6).");
		}
		text(path + ".label", button, "label", 0, 80, false);
		if (style == 5) {
			text(path + ".url", button, "url", 1, 512, true);
		}
		else if (style == 6) {
			if (!button.hasNonNull("sku_id")) {
				throw required(path + ".sku_id");
			}
		}
		else {
			customId(path, button);
		}
	}

	private void stringSelect(String path, JsonNode select) {
		customId(path, select);
		text(path + ".placeholder", select, "placeholder", 0, 150, false);
		JsonNode options = select.get("options");
		length(path + ".options", options, 1, 25);
		for (int i = 0; i < options.size(); i++) {
			String at = path + ".options." + i;
			text(at + ".label", options.get(i), "label", 1, 100, true);
			text(at + ".value", options.get(i), "value", 1, 100, true);
			text(at + ".description", options.get(i), "description", 0, 100, false);
		}
		values(path, select);
	}

	private void entitySelect(String path, JsonNode select) {
		customId(path, select);
		text(path + ".placeholder", select, "placeholder", 0, 150, false);
		values(path, select);
		JsonNode defaults = select.path("default_values");
		if (defaults.size() > select.path("max_values").asInt(1)) {
			throw HttpError.invalidField(path + ".default_values", "BASE_TYPE_BAD_LENGTH",
					"Must be between " + select.path("min_values").asInt(1) + " and "
							+ select.path("max_values").asInt(1) + " in length.");
		}
	}

	private static void values(String path, JsonNode select) {
		number(path + ".min_values", select.get("min_values"), 0, 25);
		number(path + ".max_values", select.get("max_values"), 1, 25);
	}

	private static void number(String path, JsonNode value, int min, int max) {
		if (value == null || value.isNull()) {
			return;
		}
		if (value.asInt() < min) {
			throw HttpError.invalidField(path, "NUMBER_TYPE_MIN",
					"Int should be greater than or equal to " + min + ".");
		}
		if (value.asInt() > max) {
			throw HttpError.invalidField(path, "NUMBER_TYPE_MAX", "Int should be less than or equal to " + max + ".");
		}
	}

	private void customId(String path, JsonNode component) {
		text(path + ".custom_id", component, "custom_id", 1, 100, true);
		if (!this.customIds.add(component.get("custom_id").asString())) {
			throw HttpError.invalidField(path + ".custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED",
					"Component custom id was already specified");
		}
	}

	private static void media(String path, JsonNode media) {
		if (media == null || !media.isObject() || !media.hasNonNull("url") || media.get("url").asString().isBlank()) {
			throw required(path + ".url");
		}
	}

	private static void length(String path, JsonNode array, int min, int max) {
		if (array == null || array.isNull()) {
			throw required(path);
		}
		if (!array.isArray()) {
			throw HttpError.invalidField(path, "BASE_TYPE_ARRAY", "Must be an array.");
		}
		if (array.size() < min || array.size() > max) {
			throw HttpError.invalidField(path, "BASE_TYPE_BAD_LENGTH",
					"Must be between " + min + " and " + max + " in length.");
		}
	}

	private static int text(String path, JsonNode parent, String field, int min, int max, boolean required) {
		JsonNode value = parent.get(field);
		if (value == null || value.isNull()) {
			if (required) {
				throw required(path);
			}
			return 0;
		}
		int length = value.asString().length();
		if (length < min || length > max) {
			throw HttpError.invalidField(path, (min > 0) ? "BASE_TYPE_BAD_LENGTH" : "BASE_TYPE_MAX_LENGTH",
					(min > 0) ? "Must be between " + min + " and " + max + " in length."
							: "Must be " + max + " or fewer in length.");
		}
		return length;
	}

	private static HttpError required(String path) {
		return HttpError.invalidField(path, "BASE_TYPE_REQUIRED", "This field is required");
	}

	/** Give components without an id the next free one, depth first, as Discord does. */
	private void assignIds(ObjectNode component, int[] next) {
		if (!component.hasNonNull("id")) {
			while (this.ids.contains(next[0])) {
				next[0]++;
			}
			this.ids.add(next[0]);
			component.put("id", next[0]);
		}
		for (String field : List.of("components", "accessory", "component")) {
			JsonNode child = component.get(field);
			if (child != null && child.isArray()) {
				child.forEach((nested) -> assignIds((ObjectNode) nested, next));
			}
			else if (child != null && child.isObject()) {
				assignIds((ObjectNode) child, next);
			}
		}
	}

}
