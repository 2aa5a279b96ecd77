package dev.serenity.rest.api.component;

import java.util.Map;

import dev.serenity.model.ComponentType;

/**
 * Markdown text (Components V2). The text displays of a message have at most
 * {@value ComponentRules#MAX_TEXT_DISPLAY_TOTAL} characters together.
 *
 * @param id the optional numeric id, or {@code null}
 * @param content the Markdown
 */
public record TextDisplay(Integer id, String content) implements MessageComponent.ContainerChild {

	/**
	 * Return a text display.
	 * @param content the Markdown
	 * @return the component
	 */
	public static TextDisplay of(String content) {
		return new TextDisplay(null, content);
	}

	@Override
	public ComponentType type() {
		return ComponentType.TEXT_DISPLAY;
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = Json.start(type(), this.id);
		json.put("content", this.content);
		return json;
	}

}
