package dev.serenity.simulator.http;

import dev.serenity.simulator.world.WorldJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An error answer in Discord's shape: {@code {"message": ..., "code": ...}} plus optional nested {@code errors}.
 */
public final class HttpError extends RuntimeException {

	private final int status;

	private final int code;

	private final ObjectNode errors;

	/**
	 * Create an error without field errors.
	 * @param status the HTTP status
	 * @param code Discord's JSON error code
	 * @param message the message
	 */
	public HttpError(int status, int code, String message) {
		this(status, code, message, null);
	}

	/**
	 * Return a body that must be a JSON object.
	 * @param body the parsed body
	 * @return the body
	 * @throws HttpError 50109 when it is not an object
	 */
	static JsonNode requireObject(JsonNode body) {
		if (!body.isObject()) {
			throw new HttpError(400, 50109, "The request body contains invalid JSON.");
		}
		return body;
	}

	/**
	 * Create an error.
	 * @param status the HTTP status
	 * @param code Discord's JSON error code
	 * @param message the message
	 * @param errors the nested field errors, or {@code null}
	 */
	public HttpError(int status, int code, String message, ObjectNode errors) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
		this.errors = errors;
	}

	public static HttpError unauthorized() {
		return new HttpError(401, 0, "401: Unauthorized");
	}

	public static HttpError notFound() {
		return new HttpError(404, 0, "404: Not Found");
	}

	public static HttpError methodNotAllowed() {
		return new HttpError(405, 0, "405: Method Not Allowed");
	}

	/**
	 * Create a 50035 "Invalid Form Body" error for one field.
	 * @param field the field path, with array indexes as segments, e.g. {@code embeds.0.title}
	 * @param errorCode the error's code, e.g. {@code BASE_TYPE_MAX_LENGTH}
	 * @param message the error's message
	 * @return the error
	 */
	public static HttpError invalidField(String field, String errorCode, String message) {
		return invalidForm(field, errorCode, message);
	}

	/**
	 * Create a 50035 "Invalid Form Body" error for a field or for the whole body.
	 * @param field the field path, or {@code null} for an error of the whole body
	 * @param errorCode the error's code
	 * @param message the error's message
	 * @return the error
	 */
	public static HttpError invalidForm(String field, String errorCode, String message) {
		ObjectNode errors = WorldJson.object();
		ObjectNode node = errors;
		if (field != null) {
			for (String part : field.split("\\.")) {
				node = node.putObject(part);
			}
		}
		ObjectNode entry = node.putArray("_errors").addObject();
		entry.put("code", errorCode);
		entry.put("message", message);
		return new HttpError(400, 50035, "Invalid Form Body", errors);
	}

	/**
	 * Create the 50035 Discord answers a body of the wrong content type with.
	 * @param expected the accepted types, quoted, e.g. {@code 'application/json'}
	 * @return the error
	 */
	public static HttpError contentTypeInvalid(String expected) {
		return invalidForm(null, "CONTENT_TYPE_INVALID",
				"Expected \"Content-Type\" header to be one of {" + expected + "}.");
	}

	public int code() {
		return this.code;
	}

	public int status() {
		return this.status;
	}

	/**
	 * Render the body.
	 * @return the JSON error body
	 */
	public ObjectNode body() {
		ObjectNode body = WorldJson.object();
		body.put("message", getMessage());
		body.put("code", this.code);
		if (this.errors != null) {
			body.set("errors", this.errors);
		}
		return body;
	}

}
