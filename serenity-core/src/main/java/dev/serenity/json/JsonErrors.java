package dev.serenity.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;

/**
 * Helpers for error messages: name the offending field and never quote a huge input in full.
 */
final class JsonErrors {

	private static final int MAX_QUOTED_INPUT = 40;

	private JsonErrors() {
	}

	/**
	 * Return where the parser stands, as a JSON pointer such as {@code '/d/author/id'}.
	 * @param parser the parser
	 * @return the quoted location, or {@code 'the root value'}
	 */
	static String field(JsonParser parser) {
		if (parser == null) {
			return "'?'";
		}
		JsonPointer pointer = parser.streamReadContext().pathAsPointer();
		String path = pointer.toString();
		return path.isEmpty() ? "the root value" : "'" + path + "'";
	}

	/**
	 * Quote an input, cut to a readable length.
	 * @param text the input
	 * @return the quoted text
	 */
	static String quote(String text) {
		if (text.length() <= MAX_QUOTED_INPUT) {
			return "'" + text + "'";
		}
		return "'" + text.substring(0, MAX_QUOTED_INPUT) + "...' (" + text.length() + " characters)";
	}

}
