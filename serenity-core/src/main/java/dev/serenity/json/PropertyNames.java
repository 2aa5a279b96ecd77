package dev.serenity.json;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;

/**
 * The JSON property names of a record (its components in snake_case), for the streaming readers. Reading a name
 * normally means hashing it into Jackson's symbol table; here the reader predicts the next name (the one that
 * followed the previous name last time: Discord sends a type's properties in a stable order) and only compares the
 * bytes, falling back to a lookup when the prediction misses. Predictions are shared by all threads; a stale one
 * costs only the fallback.
 */
final class PropertyNames {

	/** Returned at the end of the object. */
	static final int END = -2;

	/** Returned for a name the record does not have; {@link JsonParser#currentName()} tells it. */
	static final int UNKNOWN = -1;

	/** What to pass as {@code previous} for the first property. */
	static final int START = -1;

	private final SerializedString[] names;

	private final Map<String, Integer> indexes = new HashMap<>();

	/** The predicted index after each index, at {@code previous + 1}; {@code [0]} predicts the first. */
	private final int[] predictions;

	private PropertyNames(String[] names) {
		this.names = new SerializedString[names.length];
		this.predictions = new int[names.length + 1];
		for (int i = 0; i < names.length; i++) {
			this.names[i] = new SerializedString(names[i]);
			this.indexes.put(names[i], i);
			this.predictions[i] = (i + 1 < names.length) ? i + 1 : 0;
		}
		this.predictions[names.length] = 0;
	}

	/**
	 * Return the names of a record's components, in snake_case as {@link DiscordJson#mapper()} names them.
	 * @param record the record class
	 * @return the names
	 */
	static PropertyNames of(Class<? extends Record> record) {
		RecordComponent[] components = record.getRecordComponents();
		String[] names = new String[components.length];
		for (int i = 0; i < components.length; i++) {
			names[i] = snakeCase(components[i].getName());
		}
		return new PropertyNames(names);
	}

	private static String snakeCase(String name) {
		StringBuilder snake = new StringBuilder(name.length() + 4);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c)) {
				snake.append('_').append(Character.toLowerCase(c));
			}
			else {
				snake.append(c);
			}
		}
		return snake.toString().toLowerCase(Locale.ROOT);
	}

	/**
	 * Return a name.
	 * @param index its index, as {@link #next} returned it
	 * @return the name
	 */
	String name(int index) {
		return this.names[index].getValue();
	}

	/**
	 * Move to the next property of the object being read.
	 * @param parser the parser, inside the object
	 * @param previous the index of the previous known property, or {@link #START}
	 * @return the property's index, {@link #UNKNOWN} for a name not in this table, or {@link #END} at the object's
	 * end; the parser stands on the property's name (or on the object's end)
	 */
	int next(JsonParser parser, int previous) {
		int predicted = this.predictions[previous + 1];
		if (parser.nextName(this.names[predicted])) {
			return predicted;
		}
		JsonToken token = parser.currentToken();
		if (token != JsonToken.PROPERTY_NAME) {
			if (token == JsonToken.END_OBJECT) {
				return END;
			}
			throw new tools.jackson.core.exc.StreamReadException(parser,
					"Unexpected " + token + " in an object at " + JsonErrors.field(parser));
		}
		Integer index = this.indexes.get(parser.currentName());
		if (index == null) {
			return UNKNOWN;
		}
		this.predictions[previous + 1] = index;
		return index;
	}

	/**
	 * Start reading an object's properties.
	 * @param parser the parser, on the object's start
	 * @return a cursor over its property names
	 */
	Cursor cursor(JsonParser parser) {
		return new Cursor(parser);
	}

	/**
	 * Walks the properties of one object.
	 */
	final class Cursor {

		private final JsonParser parser;

		private int previous = START;

		private Cursor(JsonParser parser) {
			this.parser = parser;
		}

		/**
		 * Move to the next property and then to its value.
		 * @return the property's name, or {@code null} at the object's end
		 */
		String next() {
			int index = PropertyNames.this.next(this.parser, this.previous);
			if (index == END) {
				return null;
			}
			String name;
			if (index >= 0) {
				this.previous = index;
				name = name(index);
			}
			else {
				name = this.parser.currentName();
			}
			this.parser.nextToken();
			return name;
		}

	}

}
