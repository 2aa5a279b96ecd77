package dev.serenity.rest.api.component;

import java.util.List;
import java.util.Map;

import dev.serenity.model.ComponentType;

/**
 * One to {@value ComponentRules#MAX_SECTION_TEXTS} text displays with a thumbnail or button beside them
 * (Components V2).
 *
 * @param id the optional numeric id, or {@code null}
 * @param components the text displays
 * @param accessory the thumbnail or button
 */
public record Section(Integer id, List<TextDisplay> components, Accessory accessory)
		implements MessageComponent.ContainerChild {

	/**
	 * Create a section.
	 */
	public Section {
		components = Json.copy(components);
	}

	/**
	 * Return a section of one text.
	 * @param text the Markdown
	 * @param accessory the thumbnail or button
	 * @return the component
	 */
	public static Section of(String text, Accessory accessory) {
		return new Section(null, List.of(TextDisplay.of(text)), accessory);
	}

	@Override
	public ComponentType type() {
		return ComponentType.SECTION;
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = Json.start(type(), this.id);
		json.put("components", Json.all(this.components));
		json.put("accessory", (this.accessory != null) ? this.accessory.toJson() : null);
		return json;
	}

}
