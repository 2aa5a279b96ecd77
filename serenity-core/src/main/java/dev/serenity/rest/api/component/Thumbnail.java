package dev.serenity.rest.api.component;

import java.util.Map;

import dev.serenity.model.ComponentType;

/**
 * A small image beside the text of a {@link Section} (Components V2).
 *
 * @param id the optional numeric id, or {@code null}
 * @param media the image
 * @param description the alt text, at most {@value ComponentRules#MAX_MEDIA_DESCRIPTION} characters, or {@code null}
 * @param spoiler whether it is blurred
 */
public record Thumbnail(Integer id, MediaItem media, String description, boolean spoiler)
		implements MessageComponent.Accessory {

	/**
	 * Return a thumbnail.
	 * @param media the image
	 * @return the component
	 */
	public static Thumbnail of(MediaItem media) {
		return new Thumbnail(null, media, null, false);
	}

	@Override
	public ComponentType type() {
		return ComponentType.THUMBNAIL;
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = Json.start(type(), this.id);
		json.put("media", (this.media != null) ? this.media.toJson() : null);
		Json.put(json, "description", this.description);
		if (this.spoiler) {
			json.put("spoiler", true);
		}
		return json;
	}

}
