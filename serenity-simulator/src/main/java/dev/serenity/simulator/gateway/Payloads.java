package dev.serenity.simulator.gateway;

import tools.jackson.databind.JsonNode;

/**
 * Field checks for client payloads; each failure names the field, for the close reason and the log.
 */
final class Payloads {

	private Payloads() {
	}

	/**
	 * Read a snowflake sent as a string (or, leniently, a number).
	 * @param node the parent object
	 * @param field the field name
	 * @return the id
	 * @throws InvalidPayloadException when absent or not a snowflake
	 */
	static long snowflake(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value != null && value.isString() && value.stringValue().matches("\\d{1,20}")) {
			try {
				return Long.parseUnsignedLong(value.stringValue());
			}
			catch (NumberFormatException ex) {
				throw new InvalidPayloadException("'" + field + "' is beyond 64 bits");
			}
		}
		if (value != null && value.isIntegralNumber() && value.canConvertToLong() && value.longValue() >= 0) {
			return value.longValue();
		}
		throw new InvalidPayloadException("'" + field + "' must be a snowflake string");
	}

	/**
	 * Read a snowflake from an array element.
	 * @param array the array
	 * @param index the element
	 * @return the id
	 */
	static long snowflake(JsonNode array, int index) {
		tools.jackson.databind.node.ObjectNode holder = tools.jackson.databind.node.JsonNodeFactory.instance
			.objectNode();
		holder.set("[" + index + "]", array.get(index));
		return snowflake(holder, "[" + index + "]");
	}

	static String string(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isString()) {
			throw new InvalidPayloadException("'" + field + "' must be a string");
		}
		return value.stringValue();
	}

	static boolean bool(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isBoolean()) {
			throw new InvalidPayloadException("'" + field + "' must be a boolean");
		}
		return value.booleanValue();
	}

	static boolean optionalBool(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && !value.isNull() && bool(node, field);
	}

	static long integer(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
			throw new InvalidPayloadException("'" + field + "' must be an integer");
		}
		return value.longValue();
	}

	static JsonNode object(JsonNode node, String field) {
		JsonNode value = (field != null) ? node.get(field) : node;
		if (value == null || !value.isObject()) {
			throw new InvalidPayloadException("'" + ((field != null) ? field : "d") + "' must be an object");
		}
		return value;
	}

	/**
	 * A client payload that does not fit its opcode; the connection is closed with 4001.
	 */
	static final class InvalidPayloadException extends RuntimeException {

		InvalidPayloadException(String message) {
			super(message, null, false, false);
		}

	}

}
