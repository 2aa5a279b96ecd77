package dev.serenity.simulator.world;

/**
 * A file attached to a message. The simulator serves its bytes at {@link #url()}.
 *
 * @param id the attachment's snowflake
 * @param filename the file name
 * @param description the alt text, or {@code null}
 * @param contentType the media type, or {@code null}
 * @param size the size in bytes
 * @param url where the simulator serves the file
 * @param spoiler whether it is marked as a spoiler
 */
public record SimAttachment(long id, String filename, String description, String contentType, long size,
		String url, boolean spoiler) {

	/** The {@code IS_SPOILER} attachment flag. */
	public static final int IS_SPOILER = 1 << 3;

	/**
	 * Return the attachment with changed metadata, as a message edit may change it.
	 * @param description the new alt text, or {@code null}
	 * @param spoiler whether it is a spoiler
	 * @return the changed attachment
	 */
	public SimAttachment withMetadata(String description, boolean spoiler) {
		return new SimAttachment(this.id, this.filename, description, this.contentType, this.size, this.url, spoiler);
	}

}
