package dev.serenity.rest.api.component;

import java.util.Map;

import dev.serenity.model.ComponentType;

/**
 * A file uploaded with the message, shown in place (Components V2); only {@code attachment://} references.
 *
 * @param id the optional numeric id, or {@code null}
 * @param file the uploaded file, as {@link MediaItem#attachment(String)}
 * @param spoiler whether it is blurred
 */
public record FileDisplay(Integer id, MediaItem file, boolean spoiler) implements MessageComponent.ContainerChild {

	/**
	 * Return a file component for an uploaded file.
	 * @param filename the file's name
	 * @return the component
	 */
	public static FileDisplay of(String filename) {
		return new FileDisplay(null, MediaItem.attachment(filename), false);
	}

	@Override
	public ComponentType type() {
		return ComponentType.FILE;
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = Json.start(type(), this.id);
		json.put("file", (this.file != null) ? this.file.toJson() : null);
		if (this.spoiler) {
			json.put("spoiler", true);
		}
		return json;
	}

}
