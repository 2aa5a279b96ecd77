package dev.serenity.rest.api.component;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.serenity.model.ComponentType;

/**
 * A gallery of 1 to {@value ComponentRules#MAX_GALLERY_ITEMS} images and videos (Components V2).
 *
 * @param id the optional numeric id, or {@code null}
 * @param items the items
 */
public record MediaGallery(Integer id, List<Item> items) implements MessageComponent.ContainerChild {

	/**
	 * Create a gallery.
	 */
	public MediaGallery {
		items = Json.copy(items);
	}

	/**
	 * Return a gallery.
	 * @param items the items
	 * @return the component
	 */
	public static MediaGallery of(Item... items) {
		return new MediaGallery(null, Arrays.asList(items));
	}

	@Override
	public ComponentType type() {
		return ComponentType.MEDIA_GALLERY;
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = Json.start(type(), this.id);
		json.put("items", this.items.stream().map(Item::toJson).toList());
		return json;
	}

	/**
	 * An item of a gallery.
	 *
	 * @param media the image or video
	 * @param description the alt text, at most {@value ComponentRules#MAX_MEDIA_DESCRIPTION} characters, or
	 * {@code null}
	 * @param spoiler whether it is blurred
	 */
	public record Item(MediaItem media, String description, boolean spoiler) {

		/**
		 * Return an item.
		 * @param media the image or video
		 * @return the item
		 */
		public static Item of(MediaItem media) {
			return new Item(media, null, false);
		}

		Map<String, Object> toJson() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("media", (this.media != null) ? this.media.toJson() : null);
			Json.put(json, "description", this.description);
			if (this.spoiler) {
				json.put("spoiler", true);
			}
			return json;
		}

	}

}
