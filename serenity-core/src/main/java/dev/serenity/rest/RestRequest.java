package dev.serenity.rest;

import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.http.HttpMethod;
import tools.jackson.core.type.TypeReference;

/**
 * One REST request: a {@link Route}, an optional JSON body, optional files (sent as multipart with the body in
 * {@code payload_json}), an optional audit-log reason, query parameters, and the type to read the answer as.
 * Immutable: each {@code with...} method returns a new request. Every value is checked here, so bad input fails
 * before anything is sent, with a message naming the field.
 *
 * <pre>{@code
 * Route route = Route.post("/channels/{channel.id}/messages", channelId);
 * RestRequest<Message> request = RestRequest.of(route, Message.class)
 *     .withBody(Map.of("content", "Hello"))
 *     .withFile(RestFile.of("hello.txt", bytes));
 * }</pre>
 *
 * @param <T> the type of the answer; {@link Void} for answers without a body (204)
 */
public final class RestRequest<T> {

	/** Most characters an audit-log reason may have. */
	public static final int MAX_AUDIT_LOG_REASON_LENGTH = 512;

	/** Most files one request may upload. */
	public static final int MAX_FILES = 10;

	private final Route route;

	private final Type responseType;

	private final Object body;

	private final List<RestFile> files;

	private final String auditLogReason;

	private final Map<String, String> query;

	private RestRequest(Route route, Type responseType, Object body, List<RestFile> files, String auditLogReason,
			Map<String, String> query) {
		this.route = route;
		this.responseType = responseType;
		this.body = body;
		this.files = files;
		this.auditLogReason = auditLogReason;
		this.query = query;
	}

	/**
	 * Start a request whose answer is read as a class.
	 * @param route the route
	 * @param responseType the class of the answer, {@link Void} to ignore the body
	 * @param <T> the answer's type
	 * @return the request
	 */
	public static <T> RestRequest<T> of(Route route, Class<T> responseType) {
		Objects.requireNonNull(responseType, "'responseType' must not be null");
		return create(route, responseType);
	}

	/**
	 * Start a request whose answer is read as a generic type, e.g. {@code new TypeReference<List<Message>>() { }}.
	 * @param route the route
	 * @param responseType the type of the answer
	 * @param <T> the answer's type
	 * @return the request
	 */
	public static <T> RestRequest<T> of(Route route, TypeReference<T> responseType) {
		Objects.requireNonNull(responseType, "'responseType' must not be null");
		return create(route, responseType.getType());
	}

	/**
	 * Start a request whose answer has no body (or one to ignore).
	 * @param route the route
	 * @return the request
	 */
	public static RestRequest<Void> of(Route route) {
		return create(route, Void.class);
	}

	private static <T> RestRequest<T> create(Route route, Type responseType) {
		Objects.requireNonNull(route, "'route' must not be null");
		return new RestRequest<>(route, responseType, null, List.of(), null, Map.of());
	}

	/**
	 * Return a copy with a JSON body, written by the client's mapper (records, maps, {@code JsonNode}s).
	 * @param body the body, or {@code null} for none
	 * @return the new request
	 * @throws IllegalArgumentException for a GET request
	 */
	public RestRequest<T> withBody(Object body) {
		if (body != null && this.route.method().equals(HttpMethod.GET)) {
			throw new IllegalArgumentException("'body' is not allowed on GET " + this.route.template());
		}
		return new RestRequest<>(this.route, this.responseType, body, this.files, this.auditLogReason, this.query);
	}

	/**
	 * Return a copy that also uploads a file, as part {@code files[n]} where {@code n} counts from 0 in the order
	 * files were added (the {@code id} of the matching {@code attachments} entry of the body, if any).
	 * @param file the file
	 * @return the new request
	 * @throws IllegalArgumentException for a GET request or beyond {@value #MAX_FILES} files
	 */
	public RestRequest<T> withFile(RestFile file) {
		Objects.requireNonNull(file, "'file' must not be null");
		if (this.route.method().equals(HttpMethod.GET)) {
			throw new IllegalArgumentException("'files' are not allowed on GET " + this.route.template());
		}
		if (this.files.size() >= MAX_FILES) {
			throw new IllegalArgumentException("'files' may hold at most " + MAX_FILES + " files");
		}
		List<RestFile> files = new ArrayList<>(this.files);
		files.add(file);
		return new RestRequest<>(this.route, this.responseType, this.body, List.copyOf(files), this.auditLogReason,
				this.query);
	}

	/**
	 * Return a copy with an {@code X-Audit-Log-Reason}, shown in the guild's audit log (sent URL-encoded).
	 * @param reason 1 to {@value #MAX_AUDIT_LOG_REASON_LENGTH} characters, or {@code null} for none
	 * @return the new request
	 * @throws IllegalArgumentException when the reason is blank or too long
	 */
	public RestRequest<T> withAuditLogReason(String reason) {
		if (reason != null) {
			if (reason.isBlank()) {
				throw new IllegalArgumentException("'auditLogReason' must not be blank (leave it out instead)");
			}
			int length = reason.codePointCount(0, reason.length());
			if (length > MAX_AUDIT_LOG_REASON_LENGTH) {
				throw new IllegalArgumentException("'auditLogReason' must have at most " + MAX_AUDIT_LOG_REASON_LENGTH
						+ " characters but has " + length);
			}
		}
		return new RestRequest<>(this.route, this.responseType, this.body, this.files, reason, this.query);
	}

	/**
	 * Return a copy with a query parameter (replacing one of the same name).
	 * @param name the parameter, e.g. {@code limit}
	 * @param value its value (a number, boolean, snowflake or string)
	 * @return the new request
	 * @throws IllegalArgumentException when the name is blank or the value {@code null}
	 */
	public RestRequest<T> withQuery(String name, Object value) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("Query parameter names must not be blank");
		}
		if (value == null) {
			throw new IllegalArgumentException("Query parameter '" + name + "' must not be null");
		}
		Map<String, String> query = new LinkedHashMap<>(this.query);
		query.put(name, value.toString());
		return new RestRequest<>(this.route, this.responseType, this.body, this.files, this.auditLogReason,
				Collections.unmodifiableMap(query));
	}

	public Route route() {
		return this.route;
	}

	/**
	 * Return the type the answer is read as.
	 * @return the type; {@link Void} when the body is ignored
	 */
	public Type responseType() {
		return this.responseType;
	}

	/**
	 * Return the JSON body.
	 * @return the body, or {@code null}
	 */
	public Object body() {
		return this.body;
	}

	public List<RestFile> files() {
		return this.files;
	}

	/**
	 * Return whether the request is sent as {@code multipart/form-data}.
	 * @return whether it has files
	 */
	public boolean multipart() {
		return !this.files.isEmpty();
	}

	/**
	 * Return the audit-log reason as given.
	 * @return the reason, or {@code null}
	 */
	public String auditLogReason() {
		return this.auditLogReason;
	}

	/**
	 * Return the audit-log reason as the header carries it: URL-encoded UTF-8, spaces as {@code %20}.
	 * @return the encoded reason, or {@code null}
	 */
	public String encodedAuditLogReason() {
		return (this.auditLogReason != null)
				? URLEncoder.encode(this.auditLogReason, StandardCharsets.UTF_8).replace("+", "%20") : null;
	}

	public Map<String, String> query() {
		return this.query;
	}

	@Override
	public String toString() {
		return "RestRequest[" + this.route + ", body=" + (this.body != null) + ", files=" + this.files.size()
				+ ", auditLogReason=" + (this.auditLogReason != null) + "]";
	}

}
