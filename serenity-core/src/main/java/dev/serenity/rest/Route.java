package dev.serenity.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriUtils;

/**
 * A REST route with its path values: the method, a template in the form of Discord's documentation, such as
 * {@code /channels/{channel.id}/messages/{message.id}}, and one value per {@code {variable}}, in order.
 *
 * <pre>{@code
 * Route route = Route.post("/channels/{channel.id}/messages", channelId);
 * }</pre>
 *
 * <p>The <em>major parameter</em> decides the rate-limit bucket together with the route: the id after
 * {@code /channels}, {@code /guilds} or {@code /webhooks} at the start of the path, and for webhooks also the token
 * after the id; an interaction callback's id and token (each interaction has its own bucket); otherwise a
 * {@code guild.id} anywhere in the path (guild application commands). Metrics, events and exceptions name the template, never the values, and {@link #toString()} shows
 * only method and template, so webhook and interaction tokens never print.
 */
public final class Route {

	private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

	private static final Set<String> MAJOR_RESOURCES = Set.of("channels", "guilds", "webhooks");

	private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.DELETE,
			HttpMethod.HEAD, HttpMethod.OPTIONS);

	private final HttpMethod method;

	private final String template;

	private final List<String> names;

	private final List<String> values;

	private final String path;

	private final String majorParameter;

	private Route(HttpMethod method, String template, Object[] values) {
		if (method == null) {
			throw new IllegalArgumentException("'method' must not be null");
		}
		this.method = method;
		this.template = checkTemplate(template);
		this.names = variables(template);
		if (values == null || values.length != this.names.size()) {
			throw new IllegalArgumentException("Route " + method.name() + " " + template + " needs "
					+ this.names.size() + " path values " + this.names + " but got "
					+ ((values != null) ? values.length : 0));
		}
		List<String> texts = new ArrayList<>(values.length);
		for (int i = 0; i < values.length; i++) {
			texts.add(text(this.names.get(i), values[i]));
		}
		this.values = List.copyOf(texts);
		this.path = expand();
		this.majorParameter = major();
	}

	/**
	 * Create a route.
	 * @param method the HTTP method
	 * @param template the path template, starting with {@code /}, with {@code {name}} variables
	 * @param values one value per variable, in order: snowflakes, numbers or strings
	 * @return the route
	 * @throws IllegalArgumentException naming the variable when a value is missing, blank or negative
	 */
	public static Route of(HttpMethod method, String template, Object... values) {
		return new Route(method, template, values);
	}

	/** Create a {@code GET} route; see {@link #of(HttpMethod, String, Object...)}. */
	public static Route get(String template, Object... values) {
		return of(HttpMethod.GET, template, values);
	}

	/** Create a {@code POST} route; see {@link #of(HttpMethod, String, Object...)}. */
	public static Route post(String template, Object... values) {
		return of(HttpMethod.POST, template, values);
	}

	/** Create a {@code PUT} route; see {@link #of(HttpMethod, String, Object...)}. */
	public static Route put(String template, Object... values) {
		return of(HttpMethod.PUT, template, values);
	}

	/** Create a {@code PATCH} route; see {@link #of(HttpMethod, String, Object...)}. */
	public static Route patch(String template, Object... values) {
		return of(HttpMethod.PATCH, template, values);
	}

	/** Create a {@code DELETE} route; see {@link #of(HttpMethod, String, Object...)}. */
	public static Route delete(String template, Object... values) {
		return of(HttpMethod.DELETE, template, values);
	}

	public HttpMethod method() {
		return this.method;
	}

	/**
	 * Return the template, safe for logs and metric tags.
	 * @return e.g. {@code /channels/{channel.id}/messages}
	 */
	public String template() {
		return this.template;
	}

	/**
	 * Return the variable names of the template.
	 * @return e.g. {@code [channel.id]}
	 */
	public List<String> variables() {
		return this.names;
	}

	/**
	 * Return the path values.
	 * @return the values as text, one per variable
	 */
	public List<String> values() {
		return this.values;
	}

	/**
	 * Return the path with its values, each percent-encoded as a path segment.
	 * @return e.g. {@code /channels/1234/messages}
	 */
	public String path() {
		return this.path;
	}

	/**
	 * Return what identifies the route for rate limits until Discord names its bucket: method and template.
	 * @return e.g. {@code POST /channels/{channel.id}/messages}
	 */
	public String key() {
		return this.method.name() + " " + this.template;
	}

	/**
	 * Return the major parameter: the top-level resource the route's limits are counted for.
	 * @return {@code channels/<id>}, {@code guilds/<id>}, {@code webhooks/<id>} or {@code webhooks/<id>/#<hash of
	 * the token>}, or an empty string when the route has none
	 */
	public String majorParameter() {
		return this.majorParameter;
	}

	/**
	 * Return whether the route answers an interaction ({@code /interactions/{interaction.id}/{interaction.token}/...}
	 * or {@code /webhooks/{application.id}/{interaction.token}...}): such routes are exempt from the global limit.
	 * @return whether the template has an {@code interaction.token} variable
	 */
	public boolean interaction() {
		return this.names.contains("interaction.token");
	}

	/**
	 * Return whether the route is authorized by a token in its path (a webhook's or an interaction's) rather than by
	 * the bot token.
	 * @return whether the template has a {@code webhook.token} or {@code interaction.token} variable
	 */
	public boolean tokenInPath() {
		return this.names.contains("webhook.token") || this.names.contains("interaction.token");
	}

	/**
	 * Return whether sending the request twice has the same effect as once (GET, PUT, DELETE), so that it may be
	 * retried after a failure that may have reached Discord.
	 * @return whether the method is idempotent
	 */
	public boolean idempotent() {
		return IDEMPOTENT.contains(this.method);
	}

	private static String checkTemplate(String template) {
		if (template == null || template.isBlank()) {
			throw new IllegalArgumentException("'template' must not be blank");
		}
		if (!template.startsWith("/") || template.contains("?") || template.contains("#")
				|| template.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException("'template' must be a path starting with '/' without query, fragment "
					+ "or spaces, but was '" + template + "'");
		}
		String rest = VARIABLE.matcher(template).replaceAll("");
		if (rest.contains("{") || rest.contains("}")) {
			throw new IllegalArgumentException("'template' has a malformed variable: '" + template
					+ "' (use {name}, e.g. {channel.id})");
		}
		return template;
	}

	private static List<String> variables(String template) {
		List<String> names = new ArrayList<>();
		Matcher matcher = VARIABLE.matcher(template);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return List.copyOf(names);
	}

	private static String text(String name, Object value) {
		if (value == null) {
			throw new IllegalArgumentException("'" + name + "' must not be null");
		}
		if (value instanceof Number number && number.toString().startsWith("-")) {
			throw new IllegalArgumentException("'" + name + "' must not be negative but was " + number);
		}
		String text = value.toString();
		if (text.isBlank()) {
			throw new IllegalArgumentException("'" + name + "' must not be blank");
		}
		return text;
	}

	private String expand() {
		StringBuilder path = new StringBuilder();
		Matcher matcher = VARIABLE.matcher(this.template);
		int index = 0;
		while (matcher.find()) {
			String encoded = UriUtils.encodePathSegment(this.values.get(index++), StandardCharsets.UTF_8);
			matcher.appendReplacement(path, Matcher.quoteReplacement(encoded));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	private String major() {
		String[] segments = this.template.substring(1).split("/");
		if (segments.length >= 3 && segments[0].equals("interactions") && isVariable(segments[1])
				&& isVariable(segments[2])) {
			return "interactions/" + this.values.get(0) + "/#" + hash(this.values.get(1));
		}
		if (segments.length < 2 || !MAJOR_RESOURCES.contains(segments[0]) || !isVariable(segments[1])) {
			int guild = this.names.indexOf("guild.id");
			return (guild >= 0) ? "guilds/" + this.values.get(guild) : "";
		}
		String major = segments[0] + "/" + this.values.get(0);
		if (segments[0].equals("webhooks") && segments.length > 2 && isVariable(segments[2])) {
			major += "/#" + hash(this.values.get(1));
		}
		return major;
	}

	private static boolean isVariable(String segment) {
		return VARIABLE.matcher(segment).matches();
	}

	/** FNV-1a, 64 bits: tokens must not appear in bucket keys, but the same token must give the same key. */
	private static String hash(String token) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : token.getBytes(StandardCharsets.UTF_8)) {
			hash ^= (b & 0xff);
			hash *= 0x100000001b3L;
		}
		return Long.toHexString(hash);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Route route && route.method.equals(this.method) && route.template.equals(this.template)
				&& route.values.equals(this.values);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.method, this.template, this.values);
	}

	/**
	 * Return method and template, never the values.
	 * @return e.g. {@code POST /channels/{channel.id}/messages}
	 */
	@Override
	public String toString() {
		return key();
	}

}
