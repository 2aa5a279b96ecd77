package dev.serenity.model;

/**
 * A file attached to a message.
 *
 * @param id the attachment's id
 * @param filename the file name
 * @param title the title
 * @param description the alt text
 * @param contentType the media type
 * @param size the size in bytes
 * @param url the source URL
 * @param proxyUrl the proxied URL
 * @param height the image height
 * @param width the image width
 * @param ephemeral whether it belongs to an ephemeral message and will be removed
 * @param durationSecs the length of a voice message
 * @param waveform the base64 waveform of a voice message
 * @param flags the attachment flags
 */
public record Attachment(Snowflake id, String filename, String title, String description, String contentType,
		Long size, String url, String proxyUrl, Integer height, Integer width, Boolean ephemeral, Double durationSecs,
		String waveform, Integer flags) {
}
