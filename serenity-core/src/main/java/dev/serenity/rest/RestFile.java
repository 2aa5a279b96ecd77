package dev.serenity.rest;

import java.util.Arrays;
import java.util.Objects;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * A file to upload with a request, sent as multipart part {@code files[n]} with its file name.
 *
 * @param filename the file name Discord shows, e.g. {@code report.png}
 * @param content the bytes (not copied: do not change them while the request runs)
 * @param contentType the media type, e.g. {@code image/png}; {@code application/octet-stream} when {@code null}
 */
public record RestFile(String filename, byte[] content, String contentType) {

	/** Media type of files created without one. */
	public static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

	/**
	 * Create a file.
	 * @throws IllegalArgumentException when the file name is blank or has control characters, or the content is
	 * {@code null}
	 */
	public RestFile {
		if (filename == null || filename.isBlank()) {
			throw new IllegalArgumentException("'filename' must not be blank");
		}
		if (filename.chars().anyMatch(Character::isISOControl) || filename.contains("/") || filename.contains("\\")) {
			throw new IllegalArgumentException("'filename' must be a plain file name without control characters or "
					+ "slashes, but was '" + filename + "'");
		}
		Objects.requireNonNull(content, "'content' must not be null");
		contentType = (contentType != null && !contentType.isBlank()) ? contentType : DEFAULT_CONTENT_TYPE;
		try {
			MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException ex) {
			throw new IllegalArgumentException("'contentType' must be a media type such as 'image/png' but was '"
					+ contentType + "'");
		}
	}

	/**
	 * Create a file of type {@value #DEFAULT_CONTENT_TYPE}.
	 * @param filename the file name
	 * @param content the bytes
	 * @return the file
	 */
	public static RestFile of(String filename, byte[] content) {
		return new RestFile(filename, content, null);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RestFile file && file.filename.equals(this.filename)
				&& Arrays.equals(file.content, this.content) && file.contentType.equals(this.contentType);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.filename, Arrays.hashCode(this.content), this.contentType);
	}

	@Override
	public String toString() {
		return "RestFile[" + this.filename + ", " + this.contentType + ", " + this.content.length + " bytes]";
	}

}
