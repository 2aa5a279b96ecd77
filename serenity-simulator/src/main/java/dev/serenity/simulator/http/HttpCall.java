package dev.serenity.simulator.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One HTTP request as a route handler sees it.
 */
public final class HttpCall {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String method;

	private final String path;

	private final Map<String, String> pathVariables;

	private final Map<String, List<String>> query;

	private final HttpHeaders headers;

	private final byte[] body;

	private Multipart multipart;

	/**
	 * Create a request.
	 * @param method the HTTP method
	 * @param path the path below the API prefix
	 * @param pathVariables receives the values of the route's {@code {name}} segments
	 * @param query the query parameters
	 * @param headers the request headers
	 * @param body the raw body
	 */
	public HttpCall(String method, String path, Map<String, String> pathVariables, Map<String, List<String>> query,
			HttpHeaders headers, byte[] body) {
		this.method = method;
		this.path = path;
		this.pathVariables = pathVariables;
		this.query = query;
		this.headers = headers;
		this.body = body;
	}

	public String method() {
		return this.method;
	}

	public String path() {
		return this.path;
	}

	public Map<String, String> pathVariables() {
		return this.pathVariables;
	}

	public Map<String, List<String>> query() {
		return this.query;
	}

	public HttpHeaders headers() {
		return this.headers;
	}

	public byte[] body() {
		return this.body;
	}

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
	 * Return the body as JSON, whatever the content type (for the control API).
	 * @return the parsed body; an empty object for an empty body
	 * @throws HttpError 400 with code 50109 for invalid JSON
	 */
	public JsonNode json() {
		if (this.body.length == 0) {
			return JSON.createObjectNode();
		}
		return parse(new String(this.body, StandardCharsets.UTF_8));
	}

	/**
	 * Return the body as Discord reads a JSON body: {@code Content-Type: application/json} is required.
	 * @return the parsed body; an empty object for an empty body
	 * @throws HttpError 50035 for another content type, 50109 for invalid JSON
	 */
	public JsonNode requireJson() {
		if (this.body.length == 0) {
			return JSON.createObjectNode();
		}
		if (!"application/json".equals(mediaType())) {
			throw HttpError.contentTypeInvalid("'application/json'");
		}
		return json();
	}

	/**
	 * Return the body of a route that takes JSON or {@code multipart/form-data} (with {@code payload_json} and
	 * {@code files[n]}).
	 * @return the body
	 * @throws HttpError 50035 for another content type, 50109 for invalid JSON
	 */
	public Multipart jsonOrMultipart() {
		if (isMultipart()) {
			return multipart();
		}
		if (this.body.length > 0 && !"application/json".equals(mediaType())) {
			throw HttpError.contentTypeInvalid("'application/json', 'multipart/form-data'");
		}
		return new Multipart(json(), List.of());
	}

	/**
	 * Return whether the body is {@code multipart/form-data}.
	 * @return whether it is
	 */
	public boolean isMultipart() {
		return "multipart/form-data".equals(mediaType());
	}

	/**
	 * Return the multipart body, parsed once.
	 * @return the JSON payload and the files
	 * @throws HttpError 50035 for a body that is not valid multipart, 50109 for invalid {@code payload_json}
	 */
	public synchronized Multipart multipart() {
		if (this.multipart == null) {
			this.multipart = Multipart.parse(this.method, this.headers, this.body);
		}
		return this.multipart;
	}

	/**
	 * Return the media type of the body, without parameters, in lower case.
	 * @return e.g. {@code application/json}, or {@code null}
	 */
	public String mediaType() {
		String type = this.headers.get(HttpHeaderNames.CONTENT_TYPE);
		if (type == null) {
			return null;
		}
		int semicolon = type.indexOf(';');
		return ((semicolon >= 0) ? type.substring(0, semicolon) : type).trim().toLowerCase(Locale.ROOT);
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

	/**
	 * Return {@code X-Audit-Log-Reason}, percent-decoded as UTF-8 (a {@code +} stays a {@code +}).
	 * @return the reason, or {@code null}
	 */
	public String auditLogReason() {
		String raw = this.headers.get("X-Audit-Log-Reason");
		return (raw != null) ? percentDecode(raw) : null;
	}

	static String percentDecode(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int i = 0;
		while (i < text.length()) {
			if (text.charAt(i) == '%' && i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0
					&& Character.digit(text.charAt(i + 2), 16) >= 0) {
				out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
				i += 3;
			}
			else {
				int codePoint = text.codePointAt(i);
				out.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
				i += Character.charCount(codePoint);
			}
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	static JsonNode parse(String text) {
		try {
			return JSON.readTree(text);
		}
		catch (JacksonException ex) {
			throw new HttpError(400, 50109, "The request body contains invalid JSON.");
		}
	}

}
