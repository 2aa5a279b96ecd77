package dev.serenity.rest;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Discord answered a REST request with an error status (4xx, or 5xx after retries). It carries the HTTP status,
 * Discord's JSON {@code code} and {@code message}, and for 50035 ("Invalid Form Body") the field errors flattened
 * to paths such as {@code embeds.0.title}.
 *
 * <pre>{@code
 * catch (DiscordRestException ex) {
 *     if (ex.is(JsonErrorCode.MISSING_PERMISSIONS)) { ... }
 *     ex.fieldErrors().get("content");   // [FieldError[code=BASE_TYPE_MAX_LENGTH, message=...]]
 * }
 * }</pre>
 *
 * <p>An answer that is not Discord's JSON (for example Cloudflare's HTML page when the IP is banned) becomes one too,
 * with {@link #jsonBody()} {@code false}, code 0 and a message that says what the body was.
 */
public final class DiscordRestException extends RestException {

	/** Most field errors the exception message lists; {@link #fieldErrors()} has them all. */
	static final int MAX_LISTED_FIELD_ERRORS = 10;

	private final int status;

	private final int code;

	private final String discordMessage;

	private final Map<String, List<FieldError>> fieldErrors;

	private final Duration retryAfter;

	private final boolean jsonBody;

	DiscordRestException(Route route, int status, int code, String discordMessage,
			Map<String, List<FieldError>> fieldErrors, Duration retryAfter, boolean jsonBody, String detail) {
		super(route.method().name(), route.template(),
				message(route, status, code, discordMessage, fieldErrors, retryAfter, detail), null);
		this.status = status;
		this.code = code;
		this.discordMessage = discordMessage;
		this.fieldErrors = copy(fieldErrors);
		this.retryAfter = retryAfter;
		this.jsonBody = jsonBody;
	}

	private static Map<String, List<FieldError>> copy(Map<String, List<FieldError>> errors) {
		Map<String, List<FieldError>> copy = new LinkedHashMap<>();
		errors.forEach((path, list) -> copy.put(path, List.copyOf(list)));
		return Collections.unmodifiableMap(copy);
	}

	private static String message(Route route, int status, int code, String discordMessage,
			Map<String, List<FieldError>> errors, Duration retryAfter, String detail) {
		StringBuilder text = new StringBuilder(route.toString()).append(" answered ").append(status);
		if (detail != null) {
			return text.append(": ").append(detail).toString();
		}
		text.append(": ").append(discordMessage.isEmpty() ? "(no message)" : discordMessage).append(" (code ")
			.append(code).append(')');
		if (!errors.isEmpty()) {
			text.append("; ").append(errors.entrySet()
				.stream()
				.limit(MAX_LISTED_FIELD_ERRORS)
				.map((entry) -> (entry.getKey().isEmpty() ? "(body)" : entry.getKey()) + ": " + entry.getValue()
					.stream()
					.map((error) -> "[" + error.code() + "] " + error.message())
					.collect(Collectors.joining(", ")))
				.collect(Collectors.joining("; ")));
			if (errors.size() > MAX_LISTED_FIELD_ERRORS) {
				text.append("; and ").append(errors.size() - MAX_LISTED_FIELD_ERRORS).append(" more fields");
			}
		}
		if (retryAfter != null) {
			text.append("; retry after ").append(retryAfter.toMillis()).append(" ms");
		}
		return text.toString();
	}

	/**
	 * Return the HTTP status.
	 * @return e.g. 403
	 */
	public int status() {
		return this.status;
	}

	/**
	 * Return Discord's JSON error code.
	 * @return the code, 0 when the answer had none
	 */
	public int code() {
		return this.code;
	}

	/**
	 * Return the code as a constant.
	 * @return the constant, or empty for codes without one
	 */
	public Optional<JsonErrorCode> errorCode() {
		return JsonErrorCode.of(this.code);
	}

	/**
	 * Return whether Discord answered with a code.
	 * @param errorCode the code
	 * @return whether {@link #code()} is that code
	 */
	public boolean is(JsonErrorCode errorCode) {
		return errorCode.code() == this.code;
	}

	/**
	 * Return Discord's message.
	 * @return the {@code message} of the answer, or a description of a body that was not Discord's JSON
	 */
	public String discordMessage() {
		return this.discordMessage;
	}

	/**
	 * Return the field errors of a 50035 answer, flattened: the key is the path of the field, with array indexes
	 * as numbers ({@code embeds.0.title}), or an empty string for errors about the body as a whole.
	 * @return the errors per field, in Discord's order; empty when there are none
	 */
	public Map<String, List<FieldError>> fieldErrors() {
		return this.fieldErrors;
	}

	/**
	 * Return how long to wait before trying again, for a 429.
	 * @return the wait, if the answer said
	 */
	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(this.retryAfter);
	}

	/**
	 * Return whether the body was Discord's JSON error object.
	 * @return {@code false} for an HTML page, plain text or an empty body
	 */
	public boolean jsonBody() {
		return this.jsonBody;
	}

	/**
	 * One error of a field.
	 *
	 * @param code Discord's code of the error, e.g. {@code BASE_TYPE_REQUIRED}
	 * @param message its message
	 */
	public record FieldError(String code, String message) {
	}

}
