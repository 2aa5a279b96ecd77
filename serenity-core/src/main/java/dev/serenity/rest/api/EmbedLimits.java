package dev.serenity.rest.api;

import java.util.List;

import dev.serenity.model.Embed;

/**
 * Discord's limits on the embeds of one message, checked before sending: each text field's length, at most
 * {@value #MAX_FIELDS} fields per embed, and at most {@value #MAX_TOTAL_CHARACTERS} characters across every title,
 * description, field name and value, footer text and author name of all embeds. Failures name the field, such as
 * {@code embeds[1].fields[3].value}.
 */
public final class EmbedLimits {

	/** Most characters of a title. */
	public static final int MAX_TITLE = 256;

	/** Most characters of a description. */
	public static final int MAX_DESCRIPTION = 4096;

	/** Most fields of one embed. */
	public static final int MAX_FIELDS = 25;

	/** Most characters of a field's name. */
	public static final int MAX_FIELD_NAME = 256;

	/** Most characters of a field's value. */
	public static final int MAX_FIELD_VALUE = 1024;

	/** Most characters of a footer's text. */
	public static final int MAX_FOOTER_TEXT = 2048;

	/** Most characters of an author's name. */
	public static final int MAX_AUTHOR_NAME = 256;

	/** Most characters across all embeds of a message. */
	public static final int MAX_TOTAL_CHARACTERS = 6000;

	private EmbedLimits() {
	}

	/**
	 * Check the embeds of one message.
	 * @param field the request field, e.g. {@code embeds}
	 * @param embeds the embeds, not {@code null}
	 * @throws IllegalArgumentException naming the field at fault
	 */
	public static void check(String field, List<Embed> embeds) {
		int total = 0;
		for (int i = 0; i < embeds.size(); i++) {
			Embed embed = embeds.get(i);
			String at = field + "[" + i + "]";
			total += length(at + ".title", embed.title(), MAX_TITLE);
			total += length(at + ".description", embed.description(), MAX_DESCRIPTION);
			if (embed.footer() != null) {
				total += length(at + ".footer.text", embed.footer().text(), MAX_FOOTER_TEXT);
			}
			if (embed.author() != null) {
				total += length(at + ".author.name", embed.author().name(), MAX_AUTHOR_NAME);
			}
			List<Embed.Field> fields = (embed.fields() != null) ? embed.fields() : List.of();
			if (fields.size() > MAX_FIELDS) {
				throw new IllegalArgumentException("'" + at + ".fields' may hold at most " + MAX_FIELDS
						+ " fields but has " + fields.size());
			}
			for (int j = 0; j < fields.size(); j++) {
				Embed.Field embedField = fields.get(j);
				total += length(at + ".fields[" + j + "].name", embedField.name(), MAX_FIELD_NAME);
				total += length(at + ".fields[" + j + "].value", embedField.value(), MAX_FIELD_VALUE);
			}
		}
		if (total > MAX_TOTAL_CHARACTERS) {
			throw new IllegalArgumentException("'" + field + "' must have at most " + MAX_TOTAL_CHARACTERS
					+ " characters in all titles, descriptions, field names and values, footer texts and author "
					+ "names together but has " + total);
		}
	}

	private static int length(String field, String text, int max) {
		if (text == null) {
			return 0;
		}
		int length = text.codePointCount(0, text.length());
		if (length > max) {
			throw new IllegalArgumentException("'" + field + "' must have at most " + max + " characters but has "
					+ length);
		}
		return length;
	}

}
