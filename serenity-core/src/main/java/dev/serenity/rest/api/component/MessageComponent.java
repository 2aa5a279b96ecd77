package dev.serenity.rest.api.component;

import java.util.Map;

import dev.serenity.model.ComponentType;

/**
 * A component sent in a message or modal. The nested interfaces say where a component may be placed, so most
 * layout mistakes do not compile; {@link ComponentRules} checks the rest (lengths, counts, unique ids) with the path
 * of the field at fault.
 */
public sealed interface MessageComponent permits MessageComponent.TopLevel, MessageComponent.RowChild,
		MessageComponent.Accessory, MessageComponent.LabelChild {

	/**
	 * Return the component's type.
	 * @return the type
	 */
	ComponentType type();

	/**
	 * Return the optional numeric id, unique within the message.
	 * @return the id, or {@code null} to let Discord number the component
	 */
	Integer id();

	/**
	 * Return the component as Discord's JSON.
	 * @return the JSON, as an ordered map
	 */
	Map<String, Object> toJson();

	/** A component allowed at the top of a message or modal. */
	sealed interface TopLevel extends MessageComponent
			permits ContainerChild, Container, Label {

	}

	/** A component allowed inside a {@link Container}. */
	sealed interface ContainerChild extends TopLevel
			permits ActionRow, Section, TextDisplay, MediaGallery, FileDisplay, Separator {

	}

	/** A component allowed inside an {@link ActionRow}. */
	sealed interface RowChild extends MessageComponent permits Button, StringSelect, EntitySelect, TextInput {

	}

	/** A component allowed as the accessory of a {@link Section}. */
	sealed interface Accessory extends MessageComponent permits Button, Thumbnail {

	}

	/** A component allowed inside a {@link Label} (in modals). */
	sealed interface LabelChild extends MessageComponent permits StringSelect, EntitySelect, TextInput {

	}

}
