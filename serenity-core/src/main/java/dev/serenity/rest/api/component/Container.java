package dev.serenity.rest.api.component;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.serenity.model.ComponentType;

/**
 * A box around other components with an optional accent colour (Components V2).
 *
 * @param id the optional numeric id, or {@code null}
 * @param components the components inside
 * @param accentColor the RGB colour of the left border, 0 to {@value ComponentRules#MAX_COLOR}, or {@code null}
 * @param spoiler whether the content is blurred
 */
public record Container(Integer id, List<ContainerChild> components, Integer accentColor, boolean spoiler)
		implements MessageComponent.TopLevel {

	/**
	 * Create a container.
	 */
	public Container {
		components = Json.copy(components);
	}

	/**
	 * Return a container without accent colour.
	 * @param components the components inside
	 * @return the component
	 */
	public static Container of(ContainerChild... components) {
		return new Container(null, Arrays.asList(components), null, false);
	}

	/**
	 * Return a copy with an accent colour.
	 * @param rgb the colour
	 * @return the component
	 */
	public Container withAccentColor(int rgb) {
		return new Container(this.id, this.components, rgb, this.spoiler);
	}

	@Override
	public ComponentType type() {
		return ComponentType.CONTAINER;
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = Json.start(type(), this.id);
		json.put("components", Json.all(this.components));
		Json.put(json, "accent_color", this.accentColor);
		if (this.spoiler) {
			json.put("spoiler", true);
		}
		return json;
	}

}
