package dev.serenity.rest.api.component;

import java.util.Map;

import dev.serenity.model.ComponentType;

/**
 * Vertical space between components, with or without a line (Components V2).
 *
 * @param id the optional numeric id, or {@code null}
 * @param divider whether a line is shown
 * @param spacing {@link #SMALL} or {@link #LARGE}
 */
public record Separator(Integer id, boolean divider, int spacing) implements MessageComponent.ContainerChild {

	/** Small padding. */
	public static final int SMALL = 1;

	/** Large padding. */
	public static final int LARGE = 2;

	/** Default of {@code divider}, as Discord's. */
	public static final boolean DEFAULT_DIVIDER = true;

	/** Default of {@code spacing}, as Discord's. */
	public static final int DEFAULT_SPACING = SMALL;

	/**
	 * Return a separator with Discord's defaults (a line, small padding).
	 * @return the component
	 */
	public static Separator of() {
		return new Separator(null, DEFAULT_DIVIDER, DEFAULT_SPACING);
	}

	@Override
	public ComponentType type() {
		return ComponentType.SEPARATOR;
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = Json.start(type(), this.id);
		json.put("divider", this.divider);
		json.put("spacing", this.spacing);
		return json;
	}

}
