package dev.serenity.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A message or modal component of any {@linkplain ComponentType type}: layout (action rows, sections, containers,
 * labels, separators), content (text, thumbnails, galleries, files) and interactive components (buttons, selects,
 * text inputs, file uploads, radio groups, checkboxes). Fields that do not apply to a type are {@code null}; lists are
 * never {@code null}. In a modal submission the same record holds the submitted values.
 *
 * @param type the component type
 * @param id the component's numeric id within the message
 * @param customId the developer-defined id of an interactive component
 * @param style the style of a button (1 to 6) or text input (1 short, 2 paragraph)
 * @param label the text of a button, or the label of a label component or option
 * @param emoji the emoji of a button
 * @param url the URL of a link button
 * @param skuId the SKU of a premium button
 * @param disabled whether the component is disabled
 * @param components the children of an action row, section or container
 * @param options the options of a string select, radio group or checkbox group
 * @param placeholder the placeholder text
 * @param minValues the minimum number of choices
 * @param maxValues the maximum number of choices
 * @param minLength the minimum text length
 * @param maxLength the maximum text length
 * @param required whether a value is required in a modal
 * @param value the text of a text input; in a submission also a radio group's choice or a checkbox's state
 * @param values the choices, in a modal submission
 * @param channelTypes the channel types a channel select offers
 * @param defaultValues the preselected users, roles or channels of an auto-populated select
 * @param accessory the thumbnail or button beside a section
 * @param component the component inside a label
 * @param content the Markdown of a text display
 * @param description the description of a thumbnail or label
 * @param media the image of a thumbnail
 * @param items the items of a media gallery
 * @param file the file of a file component
 * @param name the file name of a file component
 * @param size the size in bytes of a file component
 * @param spoiler whether the media is blurred
 * @param divider whether a separator shows a line
 * @param spacing the size of a separator, 1 or 2
 * @param accentColor the accent colour of a container, as RGB
 * @param fileTypes the file types a file upload accepts
 * @param isDefault whether a checkbox starts checked (JSON {@code default})
 */
// Written without its empty lists: a component sent back to Discord (a modal, an edited message) carries only the
// fields of its kind.
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Component(ComponentType type, Integer id, String customId, Integer style, String label, Emoji emoji,
		String url, Snowflake skuId, Boolean disabled, List<Component> components, List<SelectOption> options,
		String placeholder, Integer minValues, Integer maxValues, Integer minLength, Integer maxLength,
		Boolean required, String value, List<String> values, List<ChannelType> channelTypes,
		List<SelectDefaultValue> defaultValues, Component accessory, Component component, String content,
		String description, UnfurledMediaItem media, List<MediaGalleryItem> items, UnfurledMediaItem file, String name,
		Long size, Boolean spoiler, Boolean divider, Integer spacing, Integer accentColor, List<String> fileTypes,
		@JsonProperty("default") Boolean isDefault) {

	/**
	 * Create a component.
	 */
	public Component {
		components = Copies.list(components);
		options = Copies.list(options);
		values = Copies.list(values);
		channelTypes = Copies.list(channelTypes);
		defaultValues = Copies.list(defaultValues);
		items = Copies.list(items);
		fileTypes = Copies.list(fileTypes);
	}

	/**
	 * An option of a string select, radio group or checkbox group.
	 *
	 * @param label the text shown
	 * @param value the value submitted
	 * @param description the extra text shown
	 * @param emoji the emoji
	 * @param isDefault whether it is selected by default (JSON {@code default})
	 */
	public record SelectOption(String label, String value, String description, Emoji emoji,
			@JsonProperty("default") Boolean isDefault) {
	}

	/**
	 * A preselected entry of an auto-populated select.
	 *
	 * @param id the user, role or channel
	 * @param type {@code "user"}, {@code "role"} or {@code "channel"}
	 */
	public record SelectDefaultValue(Snowflake id, String type) {
	}

	/**
	 * A media item of a thumbnail, gallery or file: a URL or an {@code attachment://} reference.
	 *
	 * @param url the URL
	 * @param proxyUrl the proxied URL
	 * @param height the height
	 * @param width the width
	 * @param contentType the media type
	 * @param attachmentId the attachment it refers to
	 */
	public record UnfurledMediaItem(String url, String proxyUrl, Integer height, Integer width, String contentType,
			Snowflake attachmentId) {
	}

	/**
	 * An item of a media gallery.
	 *
	 * @param media the image or video
	 * @param description the alt text
	 * @param spoiler whether it is blurred
	 */
	public record MediaGalleryItem(UnfurledMediaItem media, String description, Boolean spoiler) {
	}

}
