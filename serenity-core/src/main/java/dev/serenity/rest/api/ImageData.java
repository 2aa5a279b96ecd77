package dev.serenity.rest.api;

import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * An image to upload in an avatar, banner, icon or cover field: Discord takes it as a data URI
 * ({@code data:image/png;base64,...}).
 *
 * @param content the image's bytes, not empty, at most {@value #MAX_BYTES}
 * @param contentType {@code image/png}, {@code image/jpeg}, {@code image/gif} or {@code image/webp}
 */
public record ImageData(byte[] content, String contentType) {

	/** Largest image Discord accepts in these fields. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/** The image types Discord accepts. */
	public static final Set<String> CONTENT_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

	/**
	 * Create image data.
	 * @throws IllegalArgumentException naming the field when the bytes are missing, empty or too large, or the type
	 * is not an image type Discord takes
	 */
	public ImageData {
		if (content == null || content.length == 0) {
			throw new IllegalArgumentException("'content' must not be empty");
		}
		if (content.length > MAX_BYTES) {
			throw new IllegalArgumentException("'content' must have at most " + MAX_BYTES + " bytes but has "
					+ content.length);
		}
		String type = (contentType != null) ? contentType.toLowerCase(Locale.ROOT) : null;
		if (!CONTENT_TYPES.contains(type)) {
			throw new IllegalArgumentException("'contentType' must be one of " + CONTENT_TYPES.stream().sorted().toList()
					+ " but was " + contentType);
		}
		content = content.clone();
		contentType = type;
	}

	/**
	 * Create PNG image data.
	 * @param content the bytes
	 * @return the image
	 */
	public static ImageData png(byte[] content) {
		return new ImageData(content, "image/png");
	}

	@Override
	public byte[] content() {
		return this.content.clone();
	}

	/**
	 * Return the data URI Discord takes.
	 * @return {@code data:<type>;base64,<bytes>}
	 */
	public String toDataUri() {
		return "data:" + this.contentType + ";base64," + Base64.getEncoder().encodeToString(this.content);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ImageData image && image.contentType.equals(this.contentType)
				&& Arrays.equals(image.content, this.content);
	}

	@Override
	public int hashCode() {
		return 31 * this.contentType.hashCode() + Arrays.hashCode(this.content);
	}

	@Override
	public String toString() {
		return "ImageData[" + this.contentType + ", " + this.content.length + " bytes]";
	}

}
