package dev.serenity.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.netty.handler.codec.http.HttpHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One HTTP request as a route handler sees it.
 *
 * @param method the HTTP method
 * @param path the path below the API prefix
 * @param pathVariables values of the route's {@code {name}} segments
 * @param query the query parameters
 * @param headers the request headers
 * @param body the raw body
 */
public record HttpCall(String method, String path, Map<String, String> pathVariables, Map<String, List<String>> query,
		HttpHeaders headers, byte[] body) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Return a path variable as a snowflake.
	 * @param name the variable
	 * @return the id
	 * @throws HttpError 404 when it is not a snowflake, as Discord answers
	 */
	public long id(String name) {
		String value = this.pathVariables.get(name);
		try {
			return Long.parseUnsignedLong(value);
		}
		catch (NumberFormatException ex) {
			throw HttpError.notFound();
		}
	}

	/**
	 * Return the body as JSON.
	 * @return the parsed body; an empty object for an empty body
	 * @throws HttpError 400 with code 50109 for invalid JSON
	 */
	public JsonNode json() {
		if (this.body.length == 0) {
			return JSON.createObjectNode();
		}
		try {
			return JSON.readTree(new String(this.body, StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			throw new HttpError(400, 50109, "The request body contains invalid JSON.");
		}
	}

	/**
	 * Return a query parameter.
	 * @param name the parameter
	 * @return its first value, or {@code null}
	 */
	public String queryParam(String name) {
		List<String> values = this.query.get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

}
