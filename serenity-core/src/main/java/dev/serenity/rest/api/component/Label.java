package dev.serenity.rest.api.component;

import java.util.Map;

import dev.serenity.model.ComponentType;

/**
 * A label and description around one input of a modal: a text input or a select.
 *
 * @param id the optional numeric id, or {@code null}
 * @param label the label, at most {@value ComponentRules#MAX_LABEL} characters
 * @param description the description, at most {@value ComponentRules#MAX_LABEL_DESCRIPTION} characters, or
 * {@code null}
 * @param component the input
 */
public record Label(Integer id, String label, String description, LabelChild component)
		implements MessageComponent.TopLevel {

	/**
	 * Return a label without description.
	 * @param label the label
	 * @param component the input
	 * @return the component
	 */
	public static Label of(String label, LabelChild component) {
		return new Label(null, label, null, component);
	}

	@Override
	public ComponentType type() {
		return ComponentType.LABEL;
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = Json.start(type(), this.id);
		json.put("label", this.label);
		Json.put(json, "description", this.description);
		json.put("component", (this.component != null) ? this.component.toJson() : null);
		return json;
	}

}
