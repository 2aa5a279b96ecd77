package dev.serenity.rest.api.component;

import java.util.Map;

/**
 * The media of a {@link Thumbnail}, {@link MediaGallery} item or {@link FileDisplay}: an {@code http(s)} URL or an
 * {@code attachment://filename} reference to a file uploaded with the message.
 *
 * @param url the URL
 */
public record MediaItem(String url) {

	/** The scheme of references to uploaded files. */
	public static final String ATTACHMENT_SCHEME = "attachment://";

	/**
	 * Return a media item for a URL.
	 * @param url the URL
	 * @return the item
	 */
	public static MediaItem of(String url) {
		return new MediaItem(url);
	}

	/**
	 * Return a media item for a file uploaded with the message.
	 * @param filename the file's name
	 * @return the item
	 */
	public static MediaItem attachment(String filename) {
		return new MediaItem(ATTACHMENT_SCHEME + filename);
	}

	/**
	 * Return whether the item refers to an uploaded file.
	 * @return whether the URL starts with {@value #ATTACHMENT_SCHEME}
	 */
	public boolean isAttachment() {
		return this.url != null && this.url.startsWith(ATTACHMENT_SCHEME);
	}

	Map<String, Object> toJson() {
		return Map.of("url", this.url);
	}

}
