package dev.serenity.rest.api.component;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.serenity.model.ComponentType;

/**
 * A row of up to {@value ComponentRules#MAX_ROW_BUTTONS} buttons, or one select menu (or, in a legacy modal, one
 * text input).
 *
 * @param id the optional numeric id, or {@code null}
 * @param components the buttons or the select
 */
public record ActionRow(Integer id, List<RowChild> components) implements MessageComponent.ContainerChild {

	/**
	 * Create a row.
	 */
	public ActionRow {
		components = Json.copy(components);
	}

	/**
	 * Return a row of buttons or one select.
	 * @param components the components
	 * @return the row
	 */
	public static ActionRow of(RowChild... components) {
		return new ActionRow(null, Arrays.asList(components));
	}

	/**
	 * Return a row of components.
	 * @param components the components
	 * @return the row
	 */
	public static ActionRow of(List<? extends RowChild> components) {
		return new ActionRow(null, List.copyOf(components));
	}

	@Override
	public ComponentType type() {
		return ComponentType.ACTION_ROW;
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = Json.start(type(), this.id);
		json.put("components", Json.all(this.components));
		return json;
	}

}
