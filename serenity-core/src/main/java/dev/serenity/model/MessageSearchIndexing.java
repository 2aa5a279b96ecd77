package dev.serenity.model;

/**
 * The answer of a guild message search while Discord is still indexing the guild (HTTP 202, code 110000): try again
 * after {@code retryAfter} seconds.
 *
 * @param message the text, e.g. "Index not yet available. Try again later"
 * @param code 110000
 * @param documentsIndexed the messages indexed so far
 * @param retryAfter the seconds to wait before searching again
 */
public record MessageSearchIndexing(String message, Integer code, Integer documentsIndexed, Double retryAfter) {

	/** The code of this answer. */
	public static final int INDEX_NOT_READY = 110000;

}
