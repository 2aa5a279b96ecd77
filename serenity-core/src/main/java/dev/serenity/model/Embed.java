package dev.serenity.model;

import java.time.Instant;
import java.util.List;

/**
 * Rich content in a message: a link preview or an embed a bot built.
 *
 * @param title the title
 * @param type the type: {@code "rich"} for bot embeds; {@code "image"}, {@code "video"}, {@code "link"} and others
 * for previews
 * @param description the text
 * @param url the URL of the title
 * @param timestamp the timestamp shown in the footer
 * @param color the colour of the left border, as RGB
 * @param footer the footer
 * @param image the large image
 * @param thumbnail the small image
 * @param video the video
 * @param provider the site the preview comes from
 * @param author the author line
 * @param fields the fields, never {@code null}
 * @param flags the embed flags
 */
public record Embed(String title, String type, String description, String url, Instant timestamp, Integer color,
		Footer footer, Media image, Media thumbnail, Media video, Provider provider, Author author, List<Field> fields,
		Integer flags) {

	/**
	 * Create an embed.
	 */
	public Embed {
		fields = Copies.list(fields);
	}

	/**
	 * An embed's footer.
	 *
	 * @param text the text
	 * @param iconUrl the icon's URL
	 * @param proxyIconUrl the icon's proxied URL
	 */
	public record Footer(String text, String iconUrl, String proxyIconUrl) {
	}

	/**
	 * An embed's image, thumbnail or video.
	 *
	 * @param url the source URL
	 * @param proxyUrl the proxied URL
	 * @param height the height
	 * @param width the width
	 * @param contentType the media type
	 * @param description the alt text
	 * @param flags the media flags
	 */
	public record Media(String url, String proxyUrl, Integer height, Integer width, String contentType,
			String description, Integer flags) {
	}

	/**
	 * The site an embed comes from.
	 *
	 * @param name the site's name
	 * @param url the site's URL
	 */
	public record Provider(String name, String url) {
	}

	/**
	 * An embed's author line.
	 *
	 * @param name the name
	 * @param url the URL of the name
	 * @param iconUrl the icon's URL
	 * @param proxyIconUrl the icon's proxied URL
	 */
	public record Author(String name, String url, String iconUrl, String proxyIconUrl) {
	}

	/**
	 * A name and value in an embed.
	 *
	 * @param name the name
	 * @param value the value
	 * @param inline whether it is shown beside other inline fields
	 */
	public record Field(String name, String value, Boolean inline) {
	}

}
