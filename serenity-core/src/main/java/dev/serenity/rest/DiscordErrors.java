package dev.serenity.rest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.serenity.rest.DiscordRestException.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Turns an error answer into a {@link DiscordRestException}: Discord's {@code {code, message, errors?}}, or a clear
 * description of a body that is not.
 */
final class DiscordErrors {

	/** Deepest nesting of {@code errors} that is flattened. */
	private static final int MAX_DEPTH = 32;

	/** Characters of a non-JSON body quoted in the message. */
	private static final int MAX_EXCERPT = 200;

	private DiscordErrors() {
	}

	/**
	 * Parse an error answer.
	 * @param route the request's route
	 * @param status the HTTP status
	 * @param contentType the {@code Content-Type} of the answer, or {@code null}
	 * @param body the body, possibly empty
	 * @param retryAfter the wait a 429 asked for, or {@code null}
	 * @param mapper the mapper
	 * @return the exception
	 */
	static DiscordRestException parse(Route route, int status, String contentType, byte[] body, Duration retryAfter,
			ObjectMapper mapper) {
		JsonNode json = readObject(body, mapper);
		if (json == null) {
			return new DiscordRestException(route, status, 0, describe(status, contentType, body), Map.of(), retryAfter,
					false, describe(status, contentType, body));
		}
		JsonNode codeNode = json.get("code");
		int code = (codeNode != null && codeNode.canConvertToInt()) ? codeNode.intValue() : 0;
		JsonNode messageNode = json.get("message");
		String message = (messageNode != null && messageNode.isString()) ? messageNode.stringValue() : "";
		Map<String, List<FieldError>> errors = new LinkedHashMap<>();
		JsonNode errorsNode = json.get("errors");
		if (errorsNode != null) {
			flatten(errorsNode, "", errors, 0);
		}
		return new DiscordRestException(route, status, code, message, errors, retryAfter, true, null);
	}

	/**
	 * Read a body as a JSON object.
	 * @param body the body
	 * @param mapper the mapper
	 * @return the object, or {@code null} when the body is empty or not a JSON object
	 */
	static JsonNode readObject(byte[] body, ObjectMapper mapper) {
		if (body == null || body.length == 0) {
			return null;
		}
		try {
			JsonNode node = mapper.readTree(body);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/**
	 * Flatten Discord's nested {@code errors}: every {@code _errors} array is listed under the path of the object
	 * that holds it.
	 */
	static void flatten(JsonNode node, String path, Map<String, List<FieldError>> out, int depth) {
		if (!node.isObject() || depth > MAX_DEPTH) {
			return;
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			String key = entry.getKey();
			JsonNode value = entry.getValue();
			if (key.equals("_errors") && value.isArray()) {
				List<FieldError> list = out.computeIfAbsent(path, (ignored) -> new ArrayList<>());
				for (JsonNode error : value) {
					list.add(new FieldError(text(error, "code"), text(error, "message")));
				}
			}
			else {
				flatten(value, path.isEmpty() ? key : path + "." + key, out, depth + 1);
			}
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isValueNode()) ? value.asString() : "";
	}

	private static String describe(int status, String contentType, byte[] body) {
		StringBuilder text = new StringBuilder();
		if (body == null || body.length == 0) {
			text.append("an empty body");
		}
		else {
			text.append("a body that is not Discord's JSON (").append((contentType != null) ? contentType : "no type")
				.append(", ").append(body.length).append(" bytes)");
		}
		if (status == 403 || status == 429) {
			text.append("; probably Cloudflare blocking this IP after too many invalid requests (Discord allows "
					+ "10,000 answers with 401, 403 or 429 per 10 minutes): stop sending for a while");
		}
		else if (status >= 500) {
			text.append("; Discord or a proxy in front of it failed: back off and try later");
		}
		String excerpt = excerpt(body);
		if (!excerpt.isEmpty()) {
			text.append(". Body starts with: ").append(excerpt);
		}
		return text.toString();
	}

	private static String excerpt(byte[] body) {
		if (body == null || body.length == 0) {
			return "";
		}
		String text = new String(body, 0, Math.min(body.length, 4 * MAX_EXCERPT), StandardCharsets.UTF_8)
			.replaceAll("<[^>]*>", " ")
			.replaceAll("[\\p{Cntrl}\\s]+", " ")
			.trim();
		return (text.length() > MAX_EXCERPT) ? text.substring(0, MAX_EXCERPT) + "..." : text;
	}

}
