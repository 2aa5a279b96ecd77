package dev.serenity.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HTTP answer before it is written: status, body, content type and extra headers.
 *
 * @param status the HTTP status
 * @param contentType the body's media type, or {@code null} without a body
 * @param body the body bytes (empty for none)
 * @param headers extra headers, in order
 */
public record HttpAnswer(int status, String contentType, byte[] body, Map<String, String> headers) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public HttpAnswer {
		headers = new LinkedHashMap<>(headers);
	}

	/**
	 * Create a JSON answer.
	 * @param status the status
	 * @param body the body, or {@code null} for none
	 * @return the answer
	 */
	public static HttpAnswer json(int status, JsonNode body) {
		return (body != null) ? new HttpAnswer(status, "application/json", JSON.writeValueAsBytes(body), Map.of())
				: new HttpAnswer(status, null, new byte[0], Map.of());
	}

	/**
	 * Create a plain answer.
	 * @param status the status
	 * @param contentType the media type
	 * @param text the body
	 * @return the answer
	 */
	public static HttpAnswer text(int status, String contentType, String text) {
		return new HttpAnswer(status, contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
	}

	/**
	 * Return the answer with more headers.
	 * @param extra headers to add (replacing ones of the same name)
	 * @return a new answer
	 */
	public HttpAnswer withHeaders(Map<String, String> extra) {
		Map<String, String> all = new LinkedHashMap<>(this.headers);
		all.putAll(extra);
		return new HttpAnswer(this.status, this.contentType, this.body, all);
	}

	/**
	 * Return a header of the answer.
	 * @param name the header, as it was added
	 * @return its value, or {@code null}
	 */
	public String header(String name) {
		return this.headers.get(name);
	}

}
